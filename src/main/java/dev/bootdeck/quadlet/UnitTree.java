package dev.bootdeck.quadlet;

import java.io.IOException;
import java.util.List;

/**
 * The few file-system questions podman's generator asks about its unit directories, so the same loading code runs
 * on real directories ({@link DiskUnitTree}) and on files held in memory ({@link MemoryUnitTree}). Paths are
 * strings with {@code /} separators, as the caller names them; they appear in findings.
 */
public interface UnitTree {
    /** True if the path exists and is a directory (following symlinks). */
    boolean isDirectory(String path);

    /** Entry names of a directory, sorted by name as Go's {@code os.ReadDir}; empty if it does not exist. */
    List<String> list(String dir) throws IOException;

    /** The bytes of a file. */
    byte[] read(String path) throws IOException;

    /** The canonical form of a directory path (symlinks resolved), used to visit every directory once. */
    String canonical(String path);

    /** Joins a directory and a name. */
    default String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
