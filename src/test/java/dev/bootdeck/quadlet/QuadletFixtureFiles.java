package dev.bootdeck.quadlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.bootdeck.testsupport.Fixtures;

/** Test helper: every file under the shared {@code quadlet} fixtures, walked recursively, in a stable order. */
final class QuadletFixtureFiles {
    private QuadletFixtureFiles() {
    }

    /** All regular files (units, drop-ins, nested test_subdir files, README and the TSV). */
    static List<Path> all() {
        try (Stream<Path> s = Files.walk(Fixtures.quadlet())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only Quadlet unit and drop-in files (what the README counts as the 318 copied files plus bogus.container). */
    static List<Path> units() {
        return all().stream().filter(p -> {
            String n = p.getFileName().toString();
            return !n.equals("README.txt") && !n.equals("expectations.tsv");
        }).toList();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path p) {
        return Fixtures.quadlet().relativize(p).toString().replace('\\', '/');
    }
}
