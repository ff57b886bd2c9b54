package dev.bootdeck.quadlet;

import java.util.List;
import java.util.Objects;

/**
 * A Quadlet unit as podman's generator has it after loading: the parsed main file merged with its drop-ins.
 *
 * @param path     the unit file's path as the tree names it
 * @param fileName its base name (podman's {@code Filename}), e.g. {@code web@.container}
 * @param type     its Quadlet type
 * @param unit     the main file merged with its drop-ins, in merge order
 * @param dropins  paths of the drop-ins merged, in merge order
 * @param document the main file's lossless document (for editing)
 */
public record LoadedUnit(String path, String fileName, QuadletType type, UnitFile unit, List<String> dropins,
        UnitDocument document) {
    public LoadedUnit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        dropins = List.copyOf(dropins);
        Objects.requireNonNull(document, "document");
    }
}
