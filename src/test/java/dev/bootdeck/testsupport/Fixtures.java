package dev.bootdeck.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures (real data nobody here wrote) live beside the repository root: {@code ../shared/fixtures}.
 * Surefire passes the location as {@code bootdeck.fixtures}; a test run from an IDE falls back to the relative path.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        String prop = System.getProperty("bootdeck.fixtures");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared", "fixtures");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("Fixtures not found at " + p.toAbsolutePath()
                    + " (expected ../shared/fixtures beside the repository root)");
        }
        return p.normalize();
    }

    public static Path bootcStatus(String name) {
        return root().resolve("bootc-status").resolve(name);
    }

    public static Path quadlet() {
        return root().resolve("quadlet");
    }

    public static Path boundImages() {
        return root().resolve("bound-images");
    }
}
