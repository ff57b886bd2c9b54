package dev.bootdeck.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens a project directory. The Containerfile is found the way {@code podman build} finds it: {@code Containerfile},
 * else {@code Dockerfile}. Variants such as {@code Containerfile.fedora} are only used when named explicitly (as with
 * {@code podman build -f}); when a directory has only variants the error lists them.
 */
public final class ProjectLoader {
    public static final List<String> DEFAULT_NAMES = List.of("Containerfile", "Dockerfile");

    private ProjectLoader() {
    }

    public static Project load(Path dir) throws ProjectException {
        return load(dir, null);
    }

    /** Opens {@code dir} with the Containerfile {@code containerfile} (project-relative), or the default when null. */
    public static Project load(Path dir, String containerfile) throws ProjectException {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.exists(d)) {
            throw new ProjectException("No such directory: " + dir);
        }
        if (!Files.isDirectory(d)) {
            throw new ProjectException("Not a directory: " + dir);
        }
        String name = containerfile != null ? containerfile : findContainerfile(d);
        if (!Files.isRegularFile(d.resolve(name))) {
            throw new ProjectException("No " + name + " in " + dir);
        }
        return ProjectAnalyzer.analyze(new DiskProjectSource(d), name);
    }

    /** The Containerfile podman build would use in {@code dir}. */
    static String findContainerfile(Path dir) throws ProjectException {
        for (String n : DEFAULT_NAMES) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return n;
            }
        }
        List<String> variants = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Containerfile.") || n.startsWith("Dockerfile.")
                            || n.endsWith(".containerfile") || n.endsWith(".dockerfile"))
                    .sorted().forEach(variants::add);
        } catch (java.io.IOException e) {
            throw new ProjectException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        String hint = variants.isEmpty() ? "" : " (found " + String.join(", ", variants)
                + "; name one explicitly)";
        throw new ProjectException("No Containerfile or Dockerfile in " + dir + hint);
    }
}
