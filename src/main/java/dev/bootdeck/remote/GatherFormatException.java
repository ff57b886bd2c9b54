package dev.bootdeck.remote;

/** The inspection script's output does not have the shape the script prints: a line number and what was wrong. */
public final class GatherFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GatherFormatException(String message) {
        super(message);
    }
}
