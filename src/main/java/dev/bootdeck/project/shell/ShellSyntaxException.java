package dev.bootdeck.project.shell;

/** A shell script that cannot be read (unterminated quote, unbalanced loop); carries the offset it stopped at. */
public final class ShellSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    public ShellSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
