package dev.bootdeck.bootc;

/**
 * A bound-image file that the {@code tini} INI parser bootc uses rejects as a whole. The {@link #tiniMessage()} is
 * tini 1.3.0's own wording ({@code Incorrect syntax at line N}); bootc adds the context {@code Parse to ini}.
 */
public final class TiniParseException extends InputParseException {
    private static final long serialVersionUID = 1L;

    private final String tiniMessage;

    public TiniParseException(String source, String tiniMessage, int line) {
        super(source, tiniMessage, line, 0, null, null);
        this.tiniMessage = tiniMessage;
    }

    /** The message exactly as tini's {@code ParseError} displays it, e.g. {@code Incorrect syntax at line 3}. */
    public String tiniMessage() {
        return tiniMessage;
    }
}
