package org.kvmforum.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are, relative to the repository root bench/run starts from. */
record BenchPaths(Path root, Path jar, Path testClasses, Path work, Path logs) {
    static BenchPaths fromRoot(Path root) throws IOException {
        Path target = root.resolve("target");
        Path work = target.resolve("bench");
        Path jar = target.resolve("kvm-forum-bot.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (bench/run does)");
        }
        Files.createDirectories(work.resolve("logs"));
        return new BenchPaths(root, jar, target.resolve("test-classes"), work, work.resolve("logs"));
    }
}
