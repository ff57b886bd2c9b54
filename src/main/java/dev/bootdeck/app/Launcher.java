package dev.bootdeck.app;

import dev.bootdeck.cli.BootdeckCommand;

/**
 * The jar's main class. It is deliberately not a JavaFX {@code Application}: started from a plain class path, the
 * JavaFX launcher refuses an Application main class. No arguments (or only GUI options) open the window; anything
 * else goes to the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(BootdeckCommand.runWithStandardStreams(args));
    }
}
