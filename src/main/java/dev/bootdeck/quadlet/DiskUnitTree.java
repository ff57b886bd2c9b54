package dev.bootdeck.quadlet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Unit directories on this machine's disk (symlinks followed, as podman does). */
public final class DiskUnitTree implements UnitTree {

    @Override
    public boolean isDirectory(String path) {
        return Files.isDirectory(Path.of(path));
    }

    @Override
    public List<String> list(String dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    @Override
    public byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    @Override
    public String canonical(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return Path.of(path).toAbsolutePath().normalize().toString();
        }
    }
}
