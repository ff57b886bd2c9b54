package dev.bootdeck.quadlet;

/**
 * The one error {@link UnitFileParser} throws: podman would refuse the whole file. Carries podman's own text and
 * the physical line it names.
 */
public final class UnitParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String podmanMessage;

    public UnitParseException(String file, int line, String podmanMessage) {
        super("error loading \"" + file + "\", " + podmanMessage);
        this.file = file;
        this.line = line;
        this.podmanMessage = podmanMessage;
    }

    public String file() {
        return file;
    }

    /** 1-based physical line podman stopped at. */
    public int line() {
        return line;
    }

    /** Podman's message without the {@code error loading} prefix, e.g. {@code invalid group name: }. */
    public String podmanMessage() {
        return podmanMessage;
    }
}
