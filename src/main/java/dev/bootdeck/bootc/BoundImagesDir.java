package dev.bootdeck.bootc;

import java.util.Comparator;
import java.util.List;

/**
 * The gathered state of {@code usr/lib/bootc/bound-images.d} in one root: missing (bootc then binds nothing), not
 * readable as a directory (bootc fails), or its entries.
 *
 * @param root           a label for the root, used in findings
 * @param present        whether the directory exists
 * @param directoryError why an existing directory could not be listed (Rust io::Error words), else {@code null}
 * @param entries        the entries, sorted by name (bootc reads them in directory order, which is arbitrary)
 */
public record BoundImagesDir(String root, boolean present, String directoryError, List<BoundImageDirEntry> entries) {

    public BoundImagesDir {
        entries = entries.stream().sorted(Comparator.comparing(BoundImageDirEntry::name)).toList();
    }

    public static BoundImagesDir missing(String root) {
        return new BoundImagesDir(root, false, null, List.of());
    }

    public static BoundImagesDir unreadable(String root, String error) {
        return new BoundImagesDir(root, true, error, List.of());
    }

    public static BoundImagesDir of(String root, List<BoundImageDirEntry> entries) {
        return new BoundImagesDir(root, true, null, entries);
    }
}
