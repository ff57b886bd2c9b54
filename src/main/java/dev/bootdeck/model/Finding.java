package dev.bootdeck.model;

import java.util.Objects;

/**
 * One problem found in a file, shared by every checker (podman's Quadlet rules, bootc's bound-image rules, lint).
 *
 * @param rule     stable rule id, e.g. {@code podman/unsupported-key} or {@code bootc/not-a-symlink}
 * @param severity how bad it is
 * @param file     the file it concerns, as the caller names it (a project-relative path, or a path in an image root)
 * @param line     1-based line number, or 0 when the finding concerns the whole file
 * @param message  a sentence for a human, naming what is wrong
 */
public record Finding(String rule, Severity severity, String file, int line, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** {@code path:line: severity: RULE: message}, the format of {@code bootdeck lint}. */
    public String format() {
        return file + ":" + line + ": " + severity.word() + ": " + rule + ": " + message;
    }
}
