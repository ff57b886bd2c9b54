package dev.bootdeck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Configures SLF4J's simple logger before the first logger exists. The window logs to a file under the XDG state
 * directory; the command line logs only errors to standard error so its output stays parseable.
 * {@code BOOTDECK_LOG_LEVEL} overrides the level (trace, debug, info, warn, error, off).
 */
final class Logging {
    private Logging() {
    }

    static Path stateDir(Map<String, String> env, String home) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(home, ".local", "state");
        return base.resolve("bootdeck");
    }

    static void forGui(Map<String, String> env, String home) {
        String level = env.getOrDefault("BOOTDECK_LOG_LEVEL", "info");
        set("org.slf4j.simpleLogger.defaultLogLevel", level);
        set("org.slf4j.simpleLogger.showDateTime", "true");
        set("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        try {
            Path dir = stateDir(env, home);
            Files.createDirectories(dir);
            set("org.slf4j.simpleLogger.logFile", dir.resolve("bootdeck.log").toString());
        } catch (Exception e) {
            set("org.slf4j.simpleLogger.logFile", "System.err");
        }
    }

    static void forCli(Map<String, String> env) {
        set("org.slf4j.simpleLogger.defaultLogLevel", env.getOrDefault("BOOTDECK_LOG_LEVEL", "error"));
        set("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static void set(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
