package dev.bootdeck.quadlet;

/**
 * An edit of a {@link UnitDocument} that cannot be written so that podman reads back what was asked, e.g. a value
 * ending in a backslash (podman would take it as a continuation) or a new line that an open continuation above it
 * would swallow. The message says what and where, for the user.
 */
public final class UnitEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnitEditException(String message) {
        super(message);
    }
}
