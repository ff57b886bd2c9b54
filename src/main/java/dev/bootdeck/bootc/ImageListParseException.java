package dev.bootdeck.bootc;

/**
 * The output of {@code podman image list --format=json} (or {@code bootc image cmd list --format=json}) could not be
 * read: malformed or truncated JSON, not a list of images, or an entry without a usable {@code Id} or {@code Names}.
 */
public final class ImageListParseException extends InputParseException {
    private static final long serialVersionUID = 1L;

    public ImageListParseException(String source, String problem, int line, int column, String path,
                                   Throwable cause) {
        super(source, problem, line, column, path, cause);
    }
}
