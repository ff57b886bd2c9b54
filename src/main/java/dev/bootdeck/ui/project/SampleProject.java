package dev.bootdeck.ui.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample project bundled in the jar ({@code /dev/bootdeck/demo/project/}), shown on first run so the Project
 * tab has something real to show. Each opening gets a fresh copy in a new temporary directory: the sample is there
 * to be tried out, and edits to it never touch anything of the user's. The copies made by a run are removed when
 * the JVM exits (the tab labels them as throw-away).
 */
public final class SampleProject {
    static final String RESOURCE_DIR = "/dev/bootdeck/demo/project/";
    private static final String ANCHOR = RESOURCE_DIR + "Containerfile";

    private static final Logger LOG = LoggerFactory.getLogger(SampleProject.class);
    private static final List<Path> COPIES = new ArrayList<>();
    private static boolean hookInstalled;

    private final Path parent;

    /** Copies go into new directories under {@code parent} (the system's temporary directory in the app). */
    public SampleProject(Path parent) {
        this.parent = parent;
    }

    /** Copies the sample into a new directory and returns it. */
    public Path copy() throws IOException {
        Files.createDirectories(parent);
        Path target = Files.createTempDirectory(parent, "bootdeck-sample-");
        removeAtExit(target);
        copyTo(target);
        return target;
    }

    private static synchronized void removeAtExit(Path copy) {
        COPIES.add(copy);
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(SampleProject::removeCopies, "bootdeck-sample-cleanup"));
        }
    }

    private static synchronized void removeCopies() {
        for (Path copy : COPIES) {
            try (Stream<Path> s = Files.walk(copy)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("sample copy {} not removed: {}", copy, e.toString());
            }
        }
    }

    /** Copies every file of the sample into {@code target}, keeping its layout. */
    static void copyTo(Path target) throws IOException {
        URL anchor = SampleProject.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new IOException("Resource not found: " + ANCHOR);
        }
        URI uri;
        try {
            uri = anchor.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("Bad resource location " + anchor, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(fs.getPath(ANCHOR).getParent(), target);
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } else {
            copyTree(Path.of(uri).getParent(), target);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            // Relative names go through strings: the source may live in the jar's file system.
            Path dest = target.resolve(source.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            Files.copy(f, dest);
        }
    }
}
