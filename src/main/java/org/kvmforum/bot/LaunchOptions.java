package org.kvmforum.bot;

import java.nio.file.Path;

/**
 * The command line.
 *
 * @param console     run the local console even when a token is set
 * @param json        console in JSON mode: one command per input line, one JSON body per output line
 * @param content     the content directory, overriding the config; null for the config's, else the built-in one
 * @param config      the config file; null means {@code config/bot.json} when it exists
 * @param dumpContent print the content model as JSON and exit
 * @param renderProgram write the latest event's program as a PNG to this file and exit, or null
 * @param help        print usage and exit
 * @param version     print the version and exit
 */
record LaunchOptions(boolean console, boolean json, Path content, Path config, boolean dumpContent,
                     Path renderProgram, boolean help, boolean version) {

    static final String USAGE = String.join("\n",
            "Usage: java -jar kvm-forum-bot.jar [options]",
            "  (no options)      connect to Discord when DISCORD_TOKEN or DISCORD_TOKEN_FILE is set,",
            "                    else open the local console",
            "  --console         open the local console even when a token is set",
            "  --json            console for scripts: a command per input line, Discord's JSON per output line",
            "  --content DIR     read the posts from DIR (default: content.directory in the config, else the",
            "                    content built into the jar)",
            "  --config FILE     read settings from FILE (default: config/bot.json when present)",
            "  --dump-content    print the content model as JSON and exit",
            "  --render-program FILE  write the latest event's program as a PNG picture to FILE and exit",
            "  --version         print the version and exit",
            "  --help            print this and exit");

    static LaunchOptions parse(String[] args) throws UsageException {
        boolean console = false;
        boolean json = false;
        boolean dump = false;
        boolean help = false;
        boolean version = false;
        Path content = null;
        Path config = null;
        Path render = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--console" -> console = true;
                case "--json" -> {
                    json = true;
                    console = true;
                }
                case "--dump-content" -> dump = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--content", "--config", "--render-program" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException(arg + " needs a path");
                    }
                    Path path;
                    try {
                        path = Path.of(args[++i]);
                    } catch (java.nio.file.InvalidPathException e) {
                        throw new UsageException(arg + ": not a path: " + e.getReason());
                    }
                    switch (arg) {
                        case "--content" -> content = path;
                        case "--config" -> config = path;
                        default -> render = path;
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new LaunchOptions(console, json, content, config, dump, render, help, version);
    }

    /** A command line that cannot be run. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
