package dev.bootdeck.bootc;

import dev.bootdeck.model.BootEntry;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.Deployment;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.ImageRef;
import dev.bootdeck.model.StoredImage;
import dev.bootdeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded mutation fuzzing of every bootc-side parser: at least 10,000 mutated fixtures per parser and run, asserting
 * that nothing but the documented parse exception (or a result that can be used without exceptions) ever comes out.
 * A failure names the base seed and the case seed; {@code -Dbootdeck.fuzz.seed=N} replays a run.
 */
class ParserFuzzTest {

    private static final int CASES = 10_000;

    @FunctionalInterface
    interface Case {
        /** Runs one input; returns true when the parser accepted it. Documented exceptions are caught inside. */
        boolean run(String input) throws Exception;
    }

    /** Runs the cases and fails with the seed of the first undocumented outcome. Returns how many were accepted. */
    private static int fuzz(String name, SeededMutator mutator, Case c) {
        long base = SeededMutator.baseSeed();
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = base * 31 + i;
            String input = mutator.mutate(seed);
            try {
                if (c.run(input)) {
                    accepted++;
                }
            } catch (Throwable t) {
                AssertionError e = new AssertionError(name + " fuzz case failed: base seed " + base + ", case " + i
                        + ", case seed " + seed + " (replay: -Dbootdeck.fuzz.seed=" + base + "), " + t
                        + "\ninput: " + SeededMutator.escape(input), t);
                throw e;
            }
        }
        return accepted;
    }

    private static List<String> texts(Path dir, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(suffix)).sorted()::iterator) {
                out.add(Files.readString(p));
            }
        }
        return out;
    }

    private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true",
            "false", "0", "-1", "4294967296", "1.5", "1e999", "123456789012345678901234567890", "\"x\"", "\\",
            "\"\\u0000\"", "\"\\ud800\"", "{\"ostreeRemote\":1}", "\"booted\":", "\"image\":", "\"ostree\":",
            "\"deploySerial\":", "\"signature\":", "\"status\":", "\"otherDeployments\":", "\"Names\":", "\"Id\":",
            "[[[[", "{\"a\":", " ", "\n", "\u00e9", "\uFEFF", "/*", "'");

    @Test
    @Timeout(120)
    void statusJson() throws IOException {
        List<String> corpus = new ArrayList<>(texts(Fixtures.root().resolve("bootc-status"), ".json"));
        corpus.add(BootcStatusParserTest.CANONICAL_1_16);
        BootcStatusParser parser = new BootcStatusParser();
        int accepted = fuzz("bootc status", new SeededMutator(corpus, JSON_TOKENS), input -> {
            BootcHost h;
            try {
                h = parser.parse(input, "fuzz");
            } catch (StatusParseException e) {
                assertThat(e.getMessage()).startsWith("fuzz: ");
                return false;
            }
            // every derived fact must be usable on whatever parsed
            h.isBootcHost();
            h.nextBoot();
            h.availableUpdate();
            h.hostImageNames();
            h.rollbackQueued();
            for (Deployment d : h.deployments()) {
                BootEntry e = d.entry();
                e.deploymentRoot();
                e.updateAvailable();
                if (e.ostree() != null) {
                    e.ostree().deploymentRootGlob();
                    e.ostree().originFile();
                }
                if (e.composefs() != null) {
                    e.composefs().bootTypeKind();
                    e.composefs().bootloaderKind();
                }
                if (e.image() != null) {
                    e.image().timestampInstant();
                }
            }
            return true;
        });
        assertThat(accepted).as("some mutations must still parse").isGreaterThan(CASES / 100);
        assertThat(accepted).as("some mutations must be rejected").isLessThan(CASES);
    }

    private static final List<String> INI_TOKENS = List.of("[", "]", "[[", "]]", "=", "#", ";", "\n", "\r\n", "\r",
            "\\", "\\\n", "%", "%%", "%n", "\"", "'", " ", "\t", "\u00a0", "\u3000", "\u001c", "\uFEFF", "Image",
            "Image=", "[Image]", "[Container]", "AuthFile=/x", "quay.io/a/b:1", "=x", "[]", "\u0000");

    @Test
    @Timeout(120)
    void tiniReaderAndBootcFileRules() throws IOException {
        List<String> corpus = new ArrayList<>(texts(Fixtures.boundImages().resolve("root/usr/share"), ""));
        corpus.addAll(texts(Fixtures.quadlet(), ".container"));
        corpus.addAll(texts(Fixtures.quadlet(), ".image"));
        String[] names = {"a.image", "a.container", "a.txt"};
        int[] n = {0};
        int accepted = fuzz("tini", new SeededMutator(corpus, INI_TOKENS), input -> {
            int lines = TiniIni.rustLines(input).size();
            boolean ok;
            try {
                TiniDocument d = TiniIni.parse(input, "fuzz");
                assertThat(d.lines()).hasSize(lines);
                ok = true;
            } catch (TiniParseException e) {
                assertThat(e.line()).isBetween(1, lines);
                assertThat(e.tiniMessage()).endsWith(" at line " + e.line());
                ok = false;
            }
            BoundImageFileReader.Reading r = BoundImageFileReader.read(names[n[0]++ % 3], input, "/f");
            if (r.ok()) {
                assertThat(r.image()).isNotNull();
                ImageReferenceChecks.check(r.image(), "/f", r.imageLine());
            } else {
                assertThat(r.failure().message()).startsWith("Querying bound images: ");
            }
            return ok;
        });
        assertThat(accepted).isGreaterThan(CASES / 100).isLessThan(CASES);
    }

    private static final List<String> REF_TOKENS = List.of("/", ":", "@", "sha256:", "sha512:", ".", "-", "_", "__",
            "docker://", "oci:", "docker:", "containers-storage:", "localhost", "localhost:5000/", "[::1]", "[", "]",
            "A", "0", "latest", "%", "%%", " ", "\"", "0123456789abcdef", "f".repeat(64), "..", "//", "\u00e9", "\n");

    @Test
    @Timeout(120)
    void imageReferences() {
        List<String> corpus = List.of("quay.io/curl/curl:latest", "quay.io/curl/curl-base:latest",
                "registry.access.redhat.com/ubi9/podman:latest", "docker.io/library/nginx:1.27", "nginx",
                "library/fedora:40", "localhost/app", "localhost:5000/a/b:c", "quay.io/a/b@sha256:" + "a".repeat(64),
                "quay.io/a/b:1@sha256:" + "b".repeat(64), "docker://quay.io/x/y:z", "oci:/var/mnt/osupdate:latest",
                "sha256:" + "c".repeat(64), "d".repeat(64), "base.image", "[2001:db8::1]:5000/repo:v1",
                "a.b.c/d-e__f.g/h---i:TAG_1.0-rc");
        int accepted = fuzz("image reference", new SeededMutator(corpus, REF_TOKENS), input -> {
            List<Finding> findings = ImageReferenceChecks.check(input, "/f", 1);
            assertThat(findings).allSatisfy(f -> assertThat(f.rule()).startsWith("image/"));
            ImageRef ref;
            try {
                ref = ImageReferenceParser.parse(input, "fuzz");
            } catch (ImageReferenceException e) {
                assertThat(e.getMessage()).startsWith("fuzz: ");
                return false;
            }
            ref.fullyQualified();
            ref.floatingTag();
            ref.pinnedByDigest();
            ref.looksLikeQuadletUnit();
            ref.survivesBootcGc();
            ref.storedName().ifPresent(s -> {
                try {
                    // whatever podman would store must itself be a valid, fully qualified reference
                    assertThat(ImageReferenceParser.parse(s, "stored").fullyQualified()).isTrue();
                } catch (ImageReferenceException e) {
                    fail("stored name " + s + " does not parse: " + e.getMessage());
                }
            });
            return true;
        });
        assertThat(accepted).isGreaterThan(CASES / 100).isLessThan(CASES);
    }

    @Test
    @Timeout(120)
    void podmanImageList() {
        List<String> corpus = List.of(PodmanImageListParserTest.sample(), "[]",
                "[{\"Id\":\"" + "1".repeat(64) + "\",\"Names\":[\"quay.io/a/b:1\"],\"Size\":1}]");
        int accepted = fuzz("podman image list", new SeededMutator(corpus, JSON_TOKENS), input -> {
            List<StoredImage> images;
            try {
                images = PodmanImageListParser.parse(input, "fuzz");
            } catch (ImageListParseException e) {
                assertThat(e.getMessage()).startsWith("fuzz: ");
                return false;
            }
            // the planner must cope with whatever names came in
            List<String> boundNames = new ArrayList<>();
            for (StoredImage i : images) {
                i.shortId();
                boundNames.addAll(i.names());
            }
            for (String name : boundNames) {
                BootcGcPlanner.presence(name, images, false);
                BootcGcPlanner.repositoryOf(name);
            }
            BootcGcPlanner.plan(List.of(new BootcGcPlanner.DeploymentInput("booted",
                    boundNames.isEmpty() ? null : boundNames.get(0), null, false)), images);
            return true;
        });
        assertThat(accepted).isGreaterThan(CASES / 100).isLessThan(CASES);
    }
}
