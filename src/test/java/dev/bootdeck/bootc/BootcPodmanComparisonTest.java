package dev.bootdeck.bootc;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.quadlet.QuadletValidator;
import dev.bootdeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Where bootc reads a bound file differently from podman, on in-memory roots and on the fixture root. */
class BootcPodmanComparisonTest {

    private static final String Q = "/usr/share/containers/systemd/";
    private static final String D = "/usr/lib/bootc/bound-images.d/";

    /** A root with the given Quadlet files (name, content pairs) under /usr/share/containers/systemd. */
    private static SnapshotRootView.Builder root(String... files) {
        SnapshotRootView.Builder b = SnapshotRootView.builder("root").directory("/usr/lib/bootc/bound-images.d");
        for (int i = 0; i < files.length; i += 2) {
            b.file(files[i].startsWith("/") ? files[i] : Q + files[i], files[i + 1]);
        }
        return b;
    }

    private static List<Finding> compare(SnapshotRootView.Builder b, String... bound) {
        for (String name : bound) {
            b.symlink(D + name, Q + name);
        }
        return BootcPodmanComparison.compareRoot(b.build(), FlattenedLinks.STRICT).findings();
    }

    private static List<Finding> only(List<Finding> all, String rulePrefix) {
        return all.stream().filter(f -> f.rule().startsWith(rulePrefix)).toList();
    }

    @Test
    void theFixtureRootReadsTheSameInBothViews() {
        BootcPodmanComparison.RootComparison c = BootcPodmanComparison.compareRoot(
                new LocalRootView(Fixtures.boundImages().resolve("root")), FlattenedLinks.ACCEPT_WITH_WARNING);
        assertThat(c.bootc().imageNames()).containsExactly("quay.io/curl/curl-base:latest",
                "quay.io/curl/curl:latest", "registry.access.redhat.com/ubi9/podman:latest");
        assertThat(c.podman().units()).extracting(u -> u.unit().fileName()).containsExactlyInAnyOrder(
                "curl-base.image", "curl.container", "podman.image", "jboss-webserver-5.image");
        assertThat(c.podman().unit("curl.container").orElseThrow().image().orElseThrow().image())
                .isEqualTo("quay.io/curl/curl:latest");
        assertThat(c.findings()).extracting(Finding::rule).containsOnly(BootcRules.FLATTENED_SYMLINK,
                ImageReferenceChecks.FLOATING_TAG);
    }

    @Test
    void quotesKept() {
        List<Finding> f = compare(root("q.image", "[Image]\nImage=\"quay.io/a/b:1\"\n"), "q.image");
        assertThat(only(f, "bootc/")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(BootcRules.QUOTES_KEPT);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.file()).isEqualTo(Q + "q.image");
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).startsWith("bootc pulls \"\"quay.io/a/b:1\"\" but podman uses \"quay.io/a/b:1\": "
                    + "podman removes the surrounding quotes");
        });
        assertThat(only(f, "image/")).extracting(Finding::rule).containsExactly(ImageReferenceChecks.INVALID);
    }

    @Test
    void inlineComments() {
        List<Finding> f = compare(root("c.image", "[Image]\nImage=quay.io/a/b:1 # production\n",
                "s.container", "[Container]\n\nImage=quay.io/a/s:2;v2\n"), "c.image", "s.container");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::file, Finding::line).containsExactly(
                tuple(BootcRules.INLINE_COMMENT, Q + "c.image", 2),
                tuple(BootcRules.INLINE_COMMENT, Q + "s.container", 3));
        assertThat(f.get(0).message()).contains("but podman uses \"quay.io/a/b:1 # production\"");
    }

    @Test
    void continuationThatBreaksBootcsParser() {
        List<Finding> f = compare(root("x.container",
                "[Container]\nImage=quay.io/x/x:1\nExec=/bin/sh -c \\\n    \"sleep infinity\"\n"), "x.container");
        assertThat(f).extracting(Finding::rule, Finding::line).containsExactly(
                tuple(BootcRules.INI_PARSE_ERROR, 4), tuple(BootcRules.CONTINUATION, 3));
        assertThat(f.get(0).message()).startsWith("Querying bound images: Parse to ini: Incorrect syntax at line 4")
                .endsWith("; podman uses \"quay.io/x/x:1\" (" + Q + "x.container:2)");
        assertThat(f.get(1).message()).isEqualTo("podman joins line(s) 4 into this line (a \\ continuation); "
                + "bootc's INI parser has no continuation lines and rejects line 4, so bootc fails on the whole file");
    }

    @Test
    void continuationOfTheImageLine() {
        List<Finding> f = compare(root("y.image", "[Image]\nImage=quay.io/y/y:1 \\\n  --tls-verify=false\n"),
                "y.image");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple(BootcRules.CONTINUATION, 2));
        assertThat(only(f, "bootc/").get(0).message()).startsWith("bootc pulls \"quay.io/y/y:1 \\\" but podman uses "
                + "\"quay.io/y/y:1 --tls-verify=false\": podman joins line(s) 3 into this Image= line");
    }

    @Test
    void imageLineThatIsAContinuationForPodman() {
        List<Finding> f = compare(root("z.container",
                "[Container]\nPodmanArgs=--label a=b \\\nImage=quay.io/z/z:1\n"), "z.container");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::severity, Finding::line).containsExactly(
                tuple(BootcRules.PODMAN_NO_IMAGE, Severity.WARNING, 3), tuple(BootcRules.CONTINUATION, Severity.ERROR, 3));
        assertThat(only(f, "bootc/").get(0).message()).startsWith("bootc pulls \"quay.io/z/z:1\", but podman uses no "
                + "image from this unit (converting \"z.container\": no Image or Rootfs key specified)");
    }

    @Test
    void unitReference() {
        List<Finding> f = compare(root("app.container", "[Container]\nImage=base.image\n",
                "base.image", "[Image]\nImage=quay.io/base/base:3\n"), "app.container");
        assertThat(only(f, "bootc/")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(BootcRules.UNIT_REFERENCE);
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).isEqualTo("bootc pulls \"base.image\" but podman uses \"quay.io/base/base:3\": "
                    + "Image=base.image names a Quadlet unit, which podman resolves and bootc pulls literally; "
                    + "symlink base.image into bound-images.d instead");
        });
        assertThat(only(f, "image/")).extracting(Finding::rule).containsExactly(ImageReferenceChecks.UNIT_REFERENCE);
    }

    @Test
    void specifierFailsInBootcOnly() {
        List<Finding> f = compare(root("s.image", "[Image]\nImage=quay.io/%u/app:1\n"), "s.image");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(BootcRules.SPECIFIER);
            assertThat(x.message()).isEqualTo("Querying bound images: Parsing usr/lib/bootc/bound-images.d/s.image: "
                    + "Invalid image value: Systemd specifiers are not supported by bound bootc images: "
                    + "quay.io/%u/app:1; podman leaves specifiers to systemd, which expands them when the service "
                    + "starts: the service uses \"quay.io/%u/app:1\" (" + Q + "s.image:2)");
        });
    }

    @Test
    void doublePercentIsTheSameImageForBoth() {
        List<Finding> f = compare(root("p.image", "[Image]\nImage=quay.io/a/b:v100%%\n"), "p.image");
        assertThat(only(f, "bootc/")).isEmpty();
    }

    @Test
    void dropinsPodmanAppliesAndBootcIgnores() {
        List<Finding> f = compare(root("web.container", "[Container]\nImage=quay.io/web/web:1\n",
                "web.container.d/10-image.conf", "[Container]\n# newer\nImage=quay.io/web/web:2\n",
                "web.container.d/20-env.conf", "[Container]\nEnvironment=A=1\n"), "web.container");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line)
                .containsExactly(
                        tuple(BootcRules.DROPIN_IGNORED, Severity.ERROR, Q + "web.container.d/10-image.conf", 3),
                        tuple(BootcRules.DROPIN_IGNORED, Severity.INFO, Q + "web.container.d/20-env.conf", 0));
        assertThat(only(f, "bootc/").get(0).message()).startsWith("bootc pulls \"quay.io/web/web:1\" but podman uses "
                + "\"quay.io/web/web:2\": podman takes Image= from this drop-in");
    }

    @Test
    void imageOnlyInADropin() {
        List<Finding> f = compare(root("d.container", "[Container]\nEnvironment=A=1\n",
                "container.d/50-image.conf", "[Container]\nImage=quay.io/d/d:1\n"), "d.container");
        assertThat(f).extracting(Finding::rule, Finding::file, Finding::line).containsExactly(
                tuple(BootcRules.MISSING_IMAGE, Q + "d.container", 0),
                tuple(BootcRules.DROPIN_IGNORED, Q + "container.d/50-image.conf", 2));
        assertThat(f.get(0).message()).endsWith("Missing Image field; podman uses \"quay.io/d/d:1\" ("
                + Q + "container.d/50-image.conf:2)");
    }

    @Test
    void authFileInTheFileOrInADropin() {
        List<Finding> f = compare(root("a.image", "[Image]\nImage=quay.io/a/a:1\nAuthFile=/etc/auth.json\n",
                "b.image", "[Image]\nImage=quay.io/b/b:1\n",
                "b.image.d/auth.conf", "[Image]\nAuthFile=/etc/auth.json\n"), "a.image", "b.image");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line)
                .containsExactly(
                        tuple(BootcRules.AUTHFILE, Severity.ERROR, Q + "a.image", 3),
                        tuple(BootcRules.DROPIN_IGNORED, Severity.WARNING, Q + "b.image.d/auth.conf", 2));
        assertThat(only(f, "bootc/").get(0).message()).endsWith("AuthFile is not supported by bound bootc images; "
                + "podman uses \"quay.io/a/a:1\" (" + Q + "a.image:2) with that AuthFile");
    }

    @Test
    void duplicateImageKeys() {
        List<Finding> f = compare(root("dup.image", "[Image]\nImage=quay.io/a/a:1\n[Image]\nImage=quay.io/a/a:2\n"),
                "dup.image");
        assertThat(only(f, "bootc/")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(BootcRules.DUPLICATE_KEY);
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.message()).isEqualTo("Image= is set 2 times (lines 2, 4); bootc and podman both use the "
                    + "last one");
        });
    }

    @Test
    void shadowedByAnEarlierSearchDirectory() {
        SnapshotRootView.Builder b = root("web.container", "[Container]\nImage=quay.io/web/web:1\n",
                "/etc/containers/systemd/web.container", "[Container]\nImage=quay.io/web/web:9\n",
                "same.container", "[Container]\nImage=quay.io/same/same:1\n",
                "/etc/containers/systemd/same.container", "[Container]\nImage=quay.io/same/same:1\n");
        List<Finding> f = compare(b, "web.container", "same.container");
        assertThat(only(f, "bootc/")).extracting(Finding::rule, Finding::severity, Finding::file).containsExactly(
                tuple(BootcRules.SHADOWED, Severity.WARNING, Q + "same.container"),
                tuple(BootcRules.SHADOWED, Severity.ERROR, Q + "web.container"));
    }

    @Test
    void symlinkedUnitInAnEarlierDirectoryIsTheSameFile() {
        SnapshotRootView.Builder b = root("w.container", "[Container]\nImage=quay.io/w/w:1\n")
                .symlink("/etc/containers/systemd/w.container", Q + "w.container");
        assertThat(only(compare(b, "w.container"), "bootc/")).isEmpty();
    }

    @Test
    void boundFileOutsidePodmansSearchPath() {
        SnapshotRootView.Builder b = SnapshotRootView.builder("root")
                .file("/opt/app/app.image", "[Image]\nImage=quay.io/app/app:1\n")
                .symlink(D + "app.image", "/opt/app/app.image");
        List<Finding> f = BootcPodmanComparison.compareRoot(b.build(), FlattenedLinks.STRICT).findings();
        assertThat(only(f, "bootc/")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(BootcRules.NOT_A_PODMAN_UNIT);
            assertThat(x.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void singleFileComparisonForProjects() {
        String path = "usr/share/containers/systemd/web.image";
        String content = "[Image]\nImage='quay.io/w/w:1'\n";
        List<Finding> f = BootcPodmanComparison.compare("web.image", path, content,
                QuadletValidator.validateFile(path, content.getBytes(StandardCharsets.UTF_8)).report());
        // podman strips only double quotes, so both read the single quotes: no difference, but an invalid name
        assertThat(f).isEmpty();
        String dq = "[Image]\nImage=\"quay.io/w/w:1\"\n";
        assertThat(BootcPodmanComparison.compare("web.image", path, dq,
                QuadletValidator.validateFile(path, dq.getBytes(StandardCharsets.UTF_8)).report()))
                .extracting(Finding::rule).containsExactly(BootcRules.QUOTES_KEPT);
    }
}
