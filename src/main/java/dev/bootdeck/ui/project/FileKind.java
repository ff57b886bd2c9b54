package dev.bootdeck.ui.project;

import dev.bootdeck.quadlet.QuadletType;
import java.util.Locale;
import java.util.Optional;

/** What an open file is, which decides its highlighting and whether it gets the Quadlet form. */
public enum FileKind {
    CONTAINERFILE,
    QUADLET,
    OTHER;

    /** The kind of a project-relative path, given the project's Containerfile path. */
    static FileKind of(String path, String containerfilePath) {
        if (path.equals(containerfilePath)) {
            return CONTAINERFILE;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("containerfile") || lower.equals("dockerfile") || lower.startsWith("containerfile.")
                || lower.startsWith("dockerfile.") || lower.endsWith(".containerfile")
                || lower.endsWith(".dockerfile")) {
            return CONTAINERFILE;
        }
        // Units and their drop-ins (x.container.d/10-y.conf) are read as unit files.
        if (QuadletType.ofFileName(name).isPresent() || (lower.endsWith(".conf") && path.contains(".d/"))) {
            return QUADLET;
        }
        return OTHER;
    }

    /** The Quadlet type of a unit file name (drop-ins and other files have none). */
    static Optional<QuadletType> quadletType(String path) {
        return QuadletType.ofFileName(path.substring(path.lastIndexOf('/') + 1));
    }
}
