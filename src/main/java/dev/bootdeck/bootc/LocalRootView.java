package dev.bootdeck.bootc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RootView} over a local directory that stands for a root. Symlinks are never followed here (every access
 * uses {@code NOFOLLOW_LINKS} on paths whose directories were resolved inside the root), so an absolute link such as
 * {@code /usr/share/containers/systemd/x.image} can never reach this machine's own files.
 */
public final class LocalRootView implements RootView {

    /** Larger files are not read (bound-image files are a few hundred bytes). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;

    public LocalRootView(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public String label() {
        return root.toString();
    }

    private Path local(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("in-root paths are absolute: " + path);
        }
        Path p = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("in-root paths must be resolved: " + path);
            }
            p = p.resolve(part);
        }
        return p;
    }

    @Override
    public Optional<RootEntryKind> kind(String path) throws RootAccessException {
        try {
            BasicFileAttributes a = Files.readAttributes(local(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                return Optional.of(RootEntryKind.SYMLINK);
            }
            if (a.isDirectory()) {
                return Optional.of(RootEntryKind.DIRECTORY);
            }
            if (a.isRegularFile()) {
                return Optional.of(RootEntryKind.FILE);
            }
            return Optional.of(RootEntryKind.OTHER);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public String readLink(String path) throws RootAccessException {
        try {
            return Files.readSymbolicLink(local(path)).toString();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public List<Name> list(String directory) throws RootAccessException {
        List<Name> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(local(directory))) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                // the JDK decodes file names as UTF-8 and puts U+FFFD where the bytes were not valid UTF-8
                out.add(new Name(name, name.indexOf('\uFFFD') < 0));
            }
        } catch (IOException e) {
            throw translate(e);
        }
        return out;
    }

    @Override
    public byte[] read(String path) throws RootAccessException {
        Path p = local(path);
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                throw new RootAccessException("file larger than " + MAX_FILE_BYTES + " bytes, not read");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    static RootAccessException translate(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RootAccessException(RustIoErrors.NOT_FOUND, e);
        }
        if (e instanceof AccessDeniedException) {
            return new RootAccessException(RustIoErrors.PERMISSION_DENIED, e);
        }
        if (e instanceof NotDirectoryException) {
            return new RootAccessException(RustIoErrors.NOT_A_DIRECTORY, e);
        }
        if (e instanceof FileSystemLoopException) {
            return new RootAccessException(RustIoErrors.TOO_MANY_LINKS, e);
        }
        if (e.getMessage() != null && e.getMessage().endsWith("Is a directory")) {
            return new RootAccessException(RustIoErrors.IS_A_DIRECTORY, e);
        }
        return new RootAccessException(String.valueOf(e.getMessage()), e);
    }
}
