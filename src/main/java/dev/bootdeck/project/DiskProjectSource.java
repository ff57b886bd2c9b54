package dev.bootdeck.project;

import dev.bootdeck.project.build.ContextEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A project directory on disk, listed once; file contents are read when asked for. */
public final class DiskProjectSource implements ProjectSource {
    private final Path directory;
    private final List<ContextEntry> entries;

    public DiskProjectSource(Path directory) throws ProjectException {
        this.directory = directory;
        this.entries = ProjectScanner.scan(directory).stream().sorted(Comparator.comparing(ContextEntry::path))
                .toList();
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public List<ContextEntry> entries() {
        return entries;
    }

    @Override
    public Optional<byte[]> read(String path) throws ProjectException {
        Path p = directory.resolve(path);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
