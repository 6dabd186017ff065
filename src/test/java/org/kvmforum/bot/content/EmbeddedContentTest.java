package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content as the jar holds it: read in place through a zip file system, by the one loader. */
class EmbeddedContentTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void contentInsideAJarLoadsAsFromTheDirectory(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("bot.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            List<Path> files;
            try (var listing = Files.list(CONTENT)) {
                files = listing.sorted().toList();
            }
            for (Path source : files) {
                zip.putNextEntry(new ZipEntry(EmbeddedContent.FOLDER + "/" + source.getFileName()));
                zip.write(Files.readAllBytes(source));
                zip.closeEntry();
            }
        }
        try (FileSystem zipped = FileSystems.newFileSystem(jar)) {
            Path inside = zipped.getPath("/" + EmbeddedContent.FOLDER);

            assertEquals(ContentDump.toJson(ContentLoader.load(CONTENT)), ContentDump.toJson(ContentLoader.load(inside)));
            assertEquals("the jar", EmbeddedContent.describe(inside));
        }
        assertEquals(CONTENT.toAbsolutePath().toString(), EmbeddedContent.describe(CONTENT));
    }

    @Test
    void runFromTheBuildTheBuiltInContentIsTheClassesDirectorysCopy() throws Exception {
        Path builtIn = EmbeddedContent.directory();
        assertEquals(ContentDump.toJson(ContentLoader.load(CONTENT)), ContentDump.toJson(ContentLoader.load(builtIn)));
    }
}
