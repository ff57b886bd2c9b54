package dev.bootdeck.project;

import dev.bootdeck.bootc.FlattenedLinks;
import dev.bootdeck.project.build.ContextEntry;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a project directory without following symbolic links: every file, directory and symlink with its target,
 * by project-relative path. Version-control directories are skipped. A small regular file inside a directory named
 * {@code bound-images.d} that holds nothing but a path is listed as a flattened symlink (bootc's
 * {@link FlattenedLinks#targetIn} decides), because that is how a checkout without symlink support stores one.
 */
final class ProjectScanner {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectScanner.class);
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn");

    private ProjectScanner() {
    }

    static List<ContextEntry> scan(Path dir) throws ProjectException {
        List<ContextEntry> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (SKIPPED_DIRS.contains(d.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    out.add(new ContextEntry(rel(dir, d), ContextEntry.Type.DIRECTORY, ""));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    String rel = rel(dir, f);
                    if (attrs.isSymbolicLink()) {
                        out.add(new ContextEntry(rel, ContextEntry.Type.SYMLINK,
                                Files.readSymbolicLink(f).toString().replace('\\', '/')));
                    } else if (attrs.isRegularFile()) {
                        out.add(flattenedOrFile(f, rel, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    LOG.warn("cannot read {}: {}", f, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ProjectException("Cannot list the project directory " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static ContextEntry flattenedOrFile(Path f, String rel, BasicFileAttributes attrs) throws IOException {
        Path parent = f.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(
                "bound-images.d") && attrs.size() <= 4096) {
            var target = FlattenedLinks.targetIn(Files.readAllBytes(f));
            if (target.isPresent()) {
                return new ContextEntry(rel, ContextEntry.Type.FLATTENED_SYMLINK, target.get());
            }
        }
        return new ContextEntry(rel, ContextEntry.Type.FILE, "");
    }

    private static String rel(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }
}
