package dev.bootdeck.model;

import java.util.Objects;

/**
 * One logically bound image that bootc reads successfully from {@code usr/lib/bootc/bound-images.d} of a root.
 *
 * @param name         the entry's name in {@code bound-images.d}, e.g. {@code curl.container}
 * @param kind         decided by that name's extension
 * @param linkTarget   the symlink's target as written, e.g. {@code /usr/share/containers/systemd/curl.container}
 * @param resolvedPath where the target resolves inside the root (absolute, relative to the root)
 * @param image        the image bootc pulls: the {@code Image=} value exactly as bootc reads it ({@code %%} -> {@code %})
 * @param line         the line of the {@code Image=} assignment bootc used (the last one)
 */
public record BoundImage(String name, BoundImageKind kind, String linkTarget, String resolvedPath, String image,
                         int line) {
    public BoundImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resolvedPath, "resolvedPath");
        Objects.requireNonNull(image, "image");
    }
}
