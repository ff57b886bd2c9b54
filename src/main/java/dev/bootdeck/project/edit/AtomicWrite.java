package dev.bootdeck.project.edit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a whole file so that readers see the old or the new bytes, never half: a temporary file beside it, then a
 * rename. The temporary file first gets the permissions of the file it replaces (a fresh temporary file is private,
 * and a Quadlet file only its owner can read would quietly break the image build), or {@code rw-r--r--} for a new
 * file, as a usual umask gives.
 */
public final class AtomicWrite {
    static final Set<PosixFilePermission> NEW_FILE = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private AtomicWrite() {
    }

    /** Replaces (or creates) {@code file} with {@code bytes}, keeping its permissions. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, file);
    }

    /**
     * Replaces (or creates) {@code file} with {@code bytes}; the permissions come from {@code permissionsOf} when it
     * exists (the original, when the caller has moved it aside), else are those of a new file.
     */
    static void write(Path file, byte[] bytes, Path permissionsOf) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".bootdeck-new");
        try {
            Files.write(tmp, bytes);
            PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (view != null) {
                view.setPermissions(Files.exists(permissionsOf, LinkOption.NOFOLLOW_LINKS)
                        ? Files.getPosixFilePermissions(permissionsOf, LinkOption.NOFOLLOW_LINKS) : NEW_FILE);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
