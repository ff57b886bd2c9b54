package dev.bootdeck.bootc;

/**
 * A file-system operation inside a root tree failed. The message is worded like the Rust {@code io::Error} bootc
 * would print for the same failure (e.g. {@code Permission denied (os error 13)}), so that findings can quote it.
 */
public final class RootAccessException extends Exception {
    private static final long serialVersionUID = 1L;

    public RootAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public RootAccessException(String message) {
        super(message);
    }
}
