package dev.bootdeck.bootc;

import java.util.Objects;

/**
 * Bad input from a host or a file that a bootc-side parser rejects: it always says what was wrong, in which input
 * (host, command or file) and, where it can, where (line and column, JSON path). The message is meant for a human and
 * carries no stack trace; the technical cause (if any) is kept for the log.
 */
public class InputParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;
    private final int line;
    private final int column;
    private final String path;

    /**
     * @param source  what was being read, e.g. {@code host1: bootc status} or a file name
     * @param problem what was wrong, one sentence without location
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param path    a path inside the document (JSON path such as {@code $.status.booted}), or {@code null}
     * @param cause   the underlying exception, or {@code null}
     */
    public InputParseException(String source, String problem, int line, int column, String path, Throwable cause) {
        super(compose(source, problem, line, column, path), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = path;
    }

    private static String compose(String source, String problem, int line, int column, String path) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(problem);
        if (line > 0) {
            sb.append(" at line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (path != null) {
            sb.append(line > 0 ? " (" : " (at ").append(path).append(')');
        }
        return sb.toString();
    }

    /** What was being read (host and command, or file). */
    public String source() {
        return source;
    }

    /** What was wrong, without location. */
    public String problem() {
        return problem;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The path inside the document, or {@code null}. */
    public String path() {
        return path;
    }
}
