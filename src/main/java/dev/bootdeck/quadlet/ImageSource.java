package dev.bootdeck.quadlet;

import java.util.Objects;

/**
 * The image podman uses for a unit, and where it came from. For a {@code .container} (or a {@code .volume} with
 * {@code Driver=image}) this is the {@code Image=} value after drop-ins ({@code Lookup}: last assignment, one pair
 * of quotes stripped) and after resolving a {@code foo.image}/{@code foo.build} reference; for a {@code .image} it
 * is the image it pulls.
 *
 * @param image         the image reference podman passes to {@code podman run}/{@code pull}; empty when a
 *                      referenced {@code .image} failed to convert (podman then passes an empty name)
 * @param declared      the value of the {@code Image=} key as podman's {@code Lookup} returns it
 * @param file          the file where that {@code Image=} line is (the unit or one of its drop-ins)
 * @param line          its 1-based line
 * @param referencedUnit the {@code .image}/{@code .build} file name it refers to, or null for a plain reference
 * @param resolvedFile  for a reference: the file whose {@code ImageTag=}/{@code Image=} gave the name, else null
 * @param resolvedLine  for a reference: that line, else 0
 */
public record ImageSource(String image, String declared, String file, int line, String referencedUnit,
        String resolvedFile, int resolvedLine) {
    public ImageSource {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(file, "file");
    }

    /** True when {@code Image=} names another Quadlet unit rather than an image. */
    public boolean isReference() {
        return referencedUnit != null;
    }
}
