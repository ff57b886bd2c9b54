package dev.bootdeck.bootc;

/**
 * The output of {@code bootc status --format=json} could not be read: malformed or truncated JSON, JSON that is not a
 * bootc status document, or a known field with the wrong type. The message names the source, the line and column of
 * the problem and its JSON path.
 */
public final class StatusParseException extends InputParseException {
    private static final long serialVersionUID = 1L;

    public StatusParseException(String source, String problem, int line, int column, String path, Throwable cause) {
        super(source, problem, line, column, path, cause);
    }
}
