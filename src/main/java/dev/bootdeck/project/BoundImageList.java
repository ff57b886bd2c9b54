package dev.bootdeck.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The list of images a project binds, one per line: what an admin mirrors for a disconnected install. Used by
 * {@code bootdeck images} and by the GUI's export.
 */
public final class BoundImageList {
    private BoundImageList() {
    }

    /** The images, sorted and without duplicates, as bootc reads them from the image the project builds. */
    public static List<String> of(Project project) {
        return project.boundImages();
    }

    /** The file content: one image per line, each ending in {@code \n}. */
    public static String render(Project project) {
        StringBuilder b = new StringBuilder();
        of(project).forEach(i -> b.append(i).append('\n'));
        return b.toString();
    }

    /** Writes the list to {@code file} atomically (a temporary file beside it, then a rename). */
    public static void export(Project project, Path file) throws ProjectException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, render(project), StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
