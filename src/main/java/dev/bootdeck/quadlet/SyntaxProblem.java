package dev.bootdeck.quadlet;

/**
 * A line podman's parser would reject, kept by the lossless {@link UnitDocument} instead of failing.
 *
 * @param line    1-based physical line podman names (for a continuation, the line where it ended)
 * @param message podman's own error text
 */
public record SyntaxProblem(int line, String message) {
}
