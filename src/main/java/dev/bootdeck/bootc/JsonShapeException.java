package dev.bootdeck.bootc;

/**
 * Internal signal of a JSON parser: a value in an otherwise well-formed document has the wrong shape. The public parser
 * turns it into its own exception with line and column.
 */
final class JsonShapeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient JsonPath path;

    JsonShapeException(JsonPath path, String problem) {
        super(problem);
        this.path = path;
    }

    JsonPath path() {
        return path;
    }

    String problem() {
        return getMessage();
    }
}
