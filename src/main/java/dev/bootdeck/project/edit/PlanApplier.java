package dev.bootdeck.project.edit;

import dev.bootdeck.project.ProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link EditPlan} to disk, all files or none. First every file must still be in the state the plan
 * expects (otherwise nothing is written and the message names the file). New contents go to a temporary file in the
 * same directory and replace the target by an atomic rename; a file to delete is first renamed aside. If any step
 * fails, the steps already taken are reversed and the old bytes restored.
 */
public final class PlanApplier {
    private static final Logger LOG = LoggerFactory.getLogger(PlanApplier.class);

    private PlanApplier() {
    }

    /** What is at {@code dir/path} now. */
    public static FileState read(Path dir, String path) throws ProjectException {
        Path p = dir.resolve(path);
        try {
            if (Files.isSymbolicLink(p)) {
                return new FileState.Symlink(Files.readSymbolicLink(p).toString().replace('\\', '/'));
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return FileState.absent();
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new ProjectException(path + " is not a regular file");
            }
            return new FileState.Regular(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Checks that every file is as the plan expects, then writes all changes or none. */
    public static void apply(Path dir, EditPlan plan) throws ProjectException {
        for (FileChange c : plan.changes()) {
            if (!read(dir, c.path()).equals(c.before())) {
                throw new ProjectException(c.path() + " changed on disk since the plan was made; nothing was "
                        + "written. Reload the project and try again");
            }
        }
        List<Runnable> undo = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        try {
            for (FileChange c : plan.changes()) {
                step(dir, c, undo, backups);
            }
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException r) {
                    LOG.error("could not restore a file while rolling back '{}'", plan.title(), r);
                }
            }
            throw new ProjectException("Could not apply '" + plan.title() + "': " + e.getMessage()
                    + "; every file was restored", e);
        }
        for (Path b : backups) {
            try {
                Files.deleteIfExists(b);
            } catch (IOException e) {
                LOG.warn("cannot delete backup {}: {}", b, e.toString());
            }
        }
    }

    private static void step(Path dir, FileChange c, List<Runnable> undo, List<Path> backups) throws IOException {
        Path target = dir.resolve(c.path());
        Path parent = target.getParent();
        List<Path> madeDirs = new ArrayList<>();
        for (Path d = parent; d != null && !Files.exists(d); d = d.getParent()) {
            madeDirs.add(0, d);
        }
        for (Path d : madeDirs) {
            Files.createDirectory(d);
        }
        undo.add(() -> {
            for (int i = madeDirs.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(madeDirs.get(i));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        Path backup = null;
        if (!(c.before() instanceof FileState.Absent)) {
            backup = parent.resolve("." + target.getFileName() + ".bootdeck-old");
            Files.deleteIfExists(backup);
            Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
            backups.add(backup);
            Path b = backup;
            undo.add(() -> move(b, target));
        }
        if (c.after() instanceof FileState.Regular r) {
            // the original was moved aside: it still holds the permissions the new bytes must keep
            AtomicWrite.write(target, r.bytes(), backup != null && !Files.isSymbolicLink(backup) ? backup : target);
            undo.add(() -> delete(target));
        } else if (c.after() instanceof FileState.Symlink s) {
            Path tmp = parent.resolve("." + target.getFileName() + ".bootdeck-link");
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, Path.of(s.target()));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            undo.add(() -> delete(target));
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
