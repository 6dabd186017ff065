package org.kvmforum.bot.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the content when its directory changes ({@code reload.watchContent}), so an operator can fix a post
 * without a restart. One saved file is several events (truncate, write, rename, an editor's swap file), so the
 * watcher waits until the directory has been quiet for a moment and then reloads once. Every event counts, not
 * only {@code *.md} and {@code *.json}: a Kubernetes ConfigMap updates by swapping a hidden symlink. A reload
 * goes through {@link LibraryHolder#reload()}, so bad content is refused whole and the old content kept; the
 * outcome is logged, the error with its file and line.
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(500);
    static final String THREAD_NAME = "content-watcher";

    private final LibraryHolder holder;
    private final long quietNanos;
    private final WatchService watchService;
    private final Thread thread;
    private final AtomicInteger reloads = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile boolean closed;

    private ContentWatcher(LibraryHolder holder, Duration quietPeriod) throws IOException {
        this.holder = holder;
        this.quietNanos = quietPeriod.toNanos();
        this.watchService = holder.contentDirectory().getFileSystem().newWatchService();
        try {
            holder.contentDirectory().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            watchService.close();
            throw e;
        }
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    /**
     * Starts watching the holder's content directory.
     *
     * @param quietPeriod how long the directory must stay unchanged before a reload
     * @throws IOException when the directory cannot be watched
     */
    public static ContentWatcher start(LibraryHolder holder, Duration quietPeriod) throws IOException {
        ContentWatcher watcher = new ContentWatcher(holder, quietPeriod);
        watcher.thread.start();
        log.info("watching {} for changes to the content", holder.contentDirectory());
        return watcher;
    }

    /** Reloads that succeeded so far. */
    public int reloads() {
        return reloads.get();
    }

    /** Reloads refused for bad content so far (the old content stayed). */
    public int refusals() {
        return refusals.get();
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey first = watchService.take();
                if (!drain(first)) {
                    log.warn("{} can no longer be watched (removed?); changes are not picked up, /reload still works",
                            holder.contentDirectory());
                    return;
                }
                if (awaitQuiet()) {
                    reload();
                } else {
                    return;
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close(): the normal way out
        } catch (RuntimeException e) {
            log.error("the content watcher stopped; changes are not picked up, /reload still works", e);
        }
    }

    /** Waits until no event came for the quiet period; false when the directory went away meanwhile. */
    private boolean awaitQuiet() throws InterruptedException {
        while (true) {
            WatchKey more = watchService.poll(quietNanos, TimeUnit.NANOSECONDS);
            if (more == null) {
                return true;
            }
            if (!drain(more)) {
                return false;
            }
        }
    }

    /** Takes the key's events (their content does not matter) and rearms it; false when it is no longer valid. */
    private static boolean drain(WatchKey key) {
        key.pollEvents();
        return key.reset();
    }

    private void reload() {
        if (closed) {
            return;
        }
        try {
            ContentModel model = holder.reload().model();
            reloads.incrementAndGet();
            log.info("content changed on disk and was reloaded: {} event(s), {} sessions, {} people",
                    model.events().size(), model.sessions().size(), model.people().size());
        } catch (ContentException e) {
            refusals.incrementAndGet();
            log.warn("content changed on disk but was refused, the old content is still served: {}", e.getMessage());
        }
    }

    /** Stops watching; waits briefly for a reload in progress to finish. */
    @Override
    public void close() {
        closed = true;
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("closing the watch service: {}", e.toString());
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("the content watcher did not stop within 5 s");
        }
    }
}
