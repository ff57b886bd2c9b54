package dev.bootdeck.project;

import dev.bootdeck.project.build.ContextEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a project as the analysis sees them: the listing and the bytes of any file. On disk
 * ({@link DiskProjectSource}), or on disk with planned changes laid over it ({@link OverlayProjectSource}) so that
 * an edit can be checked before anything is written.
 */
public interface ProjectSource {
    /** The project directory (for messages and for writing). */
    Path directory();

    /** Every file, directory and symlink, by project-relative path, sorted. */
    List<ContextEntry> entries();

    /** The bytes of the regular file at project-relative {@code path}, if it exists and can be read. */
    Optional<byte[]> read(String path) throws ProjectException;
}
