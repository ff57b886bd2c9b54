package dev.bootdeck.model;

import java.util.Optional;

/**
 * The two kinds of file bootc accepts in {@code bound-images.d}, decided by the extension of the link's own name (not
 * its target's), and the INI section bootc reads the {@code Image} key from.
 */
public enum BoundImageKind {
    /** A Quadlet {@code .image} file: bootc reads {@code [Image] Image=}. */
    IMAGE("image", "Image"),
    /** A Quadlet {@code .container} file: bootc reads {@code [Container] Image=}. */
    CONTAINER("container", "Container");

    private final String extension;
    private final String section;

    BoundImageKind(String extension, String section) {
        this.extension = extension;
        this.section = section;
    }

    /** The extension without dot: {@code image} or {@code container}. */
    public String extension() {
        return extension;
    }

    /** The case-sensitive INI section bootc reads: {@code Image} or {@code Container}. */
    public String section() {
        return section;
    }

    /**
     * The kind for a file name, following Rust's {@code Path::extension} as bootc does: the text after the last dot,
     * except that a name starting with its only dot (".image") has no extension. Case-sensitive.
     */
    public static Optional<BoundImageKind> fromFileName(String name) {
        return extensionOf(name).flatMap(ext -> {
            for (BoundImageKind k : values()) {
                if (k.extension.equals(ext)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        });
    }

    /** Rust {@code Path::extension} of a plain file name (no directory part). */
    public static Optional<String> extensionOf(String name) {
        if (name == null || name.equals("..")) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1));
    }
}
