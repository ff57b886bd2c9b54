package dev.bootdeck.ui.project;

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
 * rename. The temporary file gets the old file's permissions first (a fresh temporary file is private, and a
 * Quadlet file that only root can read would quietly break the image build).
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".bootdeck-tmp");
        try {
            Files.write(tmp, bytes);
            copyPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms;
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            perms = Files.getPosixFilePermissions(from);
        } else {
            // A new file: what the user's umask would typically give a text file.
            perms = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        }
        view.setPermissions(perms);
    }
}
