package dev.bootdeck.project;

import java.util.List;
import java.util.Optional;

/**
 * A Quadlet file of the project (a unit such as {@code web.container}, or a drop-in {@code .conf}) with where it
 * lands in the image and what binds it.
 *
 * @param path       project-relative path
 * @param unitType   {@code container}, {@code image}, ... for units; empty for drop-ins
 * @param imagePaths every place the image holds it (usually one; none when no {@code COPY} brings it in)
 * @param bindings   the entries of {@code /usr/lib/bootc/bound-images.d} that lead to it
 */
public record QuadletFile(String path, Optional<String> unitType, List<String> imagePaths, List<Binding> bindings) {
    public QuadletFile {
        imagePaths = List.copyOf(imagePaths);
        bindings = List.copyOf(bindings);
    }

    public boolean isDropIn() {
        return unitType.isEmpty();
    }

    public boolean bound() {
        return !bindings.isEmpty();
    }

    public boolean copied() {
        return !imagePaths.isEmpty();
    }

    /** The file name, e.g. {@code curl.container}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
