package dev.bootdeck.bootc;

/**
 * An image reference podman would reject. The problem uses the words of the docker/distribution reference library
 * where it has some ({@code invalid reference format}, {@code repository name must be lowercase}, ...).
 */
public final class ImageReferenceException extends InputParseException {
    private static final long serialVersionUID = 1L;

    public ImageReferenceException(String source, String problem) {
        super(source, problem, 0, 0, null, null);
    }
}
