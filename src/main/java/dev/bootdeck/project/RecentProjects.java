package dev.bootdeck.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The projects opened lately, most recent first, kept in a small text file (one absolute directory per line). The
 * default file is {@code $XDG_CONFIG_HOME/bootdeck/recent-projects} ({@code ~/.config/...} without the variable).
 */
public final class RecentProjects {
    public static final int MAX = 10;
    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    /** The default location for this user. */
    public static Path defaultFile(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("bootdeck").resolve("recent-projects");
    }

    /** The remembered directories, most recent first; an unreadable or missing file gives an empty list. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).distinct().limit(MAX).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code dir} first (once), keeps at most {@link #MAX}, and writes the file atomically. */
    public List<Path> remember(Path dir) throws ProjectException {
        List<Path> out = new ArrayList<>();
        Path abs = dir.toAbsolutePath().normalize();
        out.add(abs);
        list().stream().filter(p -> !p.equals(abs)).limit(MAX - 1).forEach(out::add);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".recent-projects", ".tmp");
            try {
                StringBuilder b = new StringBuilder();
                out.forEach(p -> b.append(p).append('\n'));
                Files.writeString(tmp, b.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot remember recent projects in " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
