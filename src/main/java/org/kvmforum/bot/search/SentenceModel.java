package org.kvmforum.bot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sentence-embedding model: text in, a unit vector out, so that the dot product of two vectors is their
 * cosine similarity. The real one is all-MiniLM-L6-v2 (quantised), shipped in the jar and run in-process by
 * ONNX Runtime; nothing is downloaded. Loading it takes about a second and some 100 MB of native memory, so a
 * process loads it once ({@link #shared()}), the first time a question needs it, and every content generation
 * shares it.
 *
 * <p>Where it cannot load (a platform whose native code the jar leaves out, a broken jar), one log line says so
 * and {@link #available()} is false: callers then answer by lexical retrieval alone.
 *
 * <p>Texts of the post are embedded once per process whatever the number of reloads: vectors are remembered by
 * text, so a reload of the same post costs nothing and an edited one only its changed sentences.
 */
public final class SentenceModel {
    private static final Logger LOG = LoggerFactory.getLogger(SentenceModel.class);

    /** More than every sentence of a few posts; each vector is 384 floats (1.5 KB). */
    private static final int REMEMBERED_TEXTS = 20_000;

    private final EmbeddingModel model;
    private final Cache<String, float[]> byText = Caffeine.newBuilder().maximumSize(REMEMBERED_TEXTS).build();

    private SentenceModel(EmbeddingModel model) {
        this.model = model;
    }

    /** The process's model, loaded on first call; unavailable (never null) when it cannot load. */
    public static SentenceModel shared() {
        return Shared.INSTANCE;
    }

    /** Loads a model through the factory; a model that fails to load gives an unavailable one and one log line. */
    public static SentenceModel load(Supplier<? extends EmbeddingModel> factory) {
        try {
            return new SentenceModel(factory.get());
        } catch (RuntimeException | LinkageError e) {
            // Not an error of the bot's: it still answers, from words alone. One line, no stack trace.
            LOG.warn("The sentence-embedding model could not load ({}); questions are answered by word "
                    + "matching alone.", describe(e));
            return new SentenceModel(null);
        }
    }

    /** A model that is never there: for lexical-only indexes (and tests of that path). */
    public static SentenceModel none() {
        return new SentenceModel(null);
    }

    public boolean available() {
        return model != null;
    }

    /**
     * The text's unit vector, remembered for the life of the process. Only for the posts' own texts, whose
     * number is bounded; questions go through {@link #embedOnce} and are cached per content generation.
     *
     * @throws IllegalStateException when the model is not {@link #available()}
     */
    public float[] embed(String text) {
        return byText.get(text, this::embedOnce);
    }

    /** The text's unit vector, computed now (a few milliseconds). */
    public float[] embedOnce(String text) {
        if (model == null) {
            throw new IllegalStateException("the sentence-embedding model is not loaded");
        }
        return unit(model.embed(text).content().vector());
    }

    /** Cosine similarity of two unit vectors. */
    public static float cosine(float[] a, float[] b) {
        float dot = 0f;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    /** Lazy holder: the class, and so the model, loads on the first call to {@link #shared()}. */
    private static final class Shared {
        static final SentenceModel INSTANCE = load(() -> {
            // The jar ships the tokenizer's CPU library only: say so, so that DJL neither probes for CUDA (and
            // warns when a driver is half there) nor tries to download another build of it.
            defaultProperty("RUST_FLAVOR", "cpu");
            defaultProperty("ai.djl.offline", "true");
            // Runnable::run: the few texts embedded at once are embedded on the caller's thread; no pool starts.
            return new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        });

        private static void defaultProperty(String key, String value) {
            if (System.getProperty(key) == null && System.getenv(key) == null) {
                System.setProperty(key, value);
            }
        }
    }
}
