package dev.bootdeck.app;

import dev.bootdeck.cli.BootdeckCommand;
import java.util.List;
import java.util.Optional;

/**
 * The jar's main class. It is deliberately not a JavaFX {@code Application}: started from a plain class path, the
 * JavaFX launcher refuses an Application main class. No arguments (or only window options) open the window;
 * anything else goes to the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<GuiOptions> gui = GuiOptions.parse(List.of(args));
        if (gui.isPresent()) {
            Logging.forGui(System.getenv(), System.getProperty("user.home"));
            System.exit(BootdeckApplication.launchWindow(gui.get(), args));
        }
        Logging.forCli(System.getenv());
        System.exit(BootdeckCommand.runWithStandardStreams(args));
    }
}
