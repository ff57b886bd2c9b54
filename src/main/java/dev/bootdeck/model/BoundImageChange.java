package dev.bootdeck.model;

import java.util.Objects;

/**
 * How one bound image differs between the booted deployment and the one that boots next.
 *
 * @param kind   added, removed or image changed
 * @param link   the entry name in {@code bound-images.d}
 * @param before the image in the booted deployment, null when added
 * @param after  the image in the next-boot deployment, null when removed
 * @param presentAfter whether the next-boot image is in bootc's storage (null: unknown, or removed)
 */
public record BoundImageChange(Kind kind, String link, String before, String after, Boolean presentAfter) {
    public enum Kind { ADDED, REMOVED, IMAGE_CHANGED }

    public BoundImageChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
    }
}
