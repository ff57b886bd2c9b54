package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImage;
import dev.bootdeck.model.BoundImageKind;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The image root of bootc's LBI test data resolves to exactly the three bound images bootc's tests expect. */
class BoundImagesFixtureRootTest {

    private static final Path ROOT = Fixtures.boundImages().resolve("root");

    private static void assertTheThreeImages(BoundImagesReport r) {
        assertThat(r.directoryPresent()).isTrue();
        assertThat(r.images()).extracting(BoundImage::name, BoundImage::kind, BoundImage::image)
                .containsExactly(
                        tuple("curl-base.image", BoundImageKind.IMAGE, "quay.io/curl/curl-base:latest"),
                        tuple("curl.container", BoundImageKind.CONTAINER, "quay.io/curl/curl:latest"),
                        tuple("podman.image", BoundImageKind.IMAGE, "registry.access.redhat.com/ubi9/podman:latest"));
        assertThat(r.images()).extracting(BoundImage::resolvedPath).containsExactly(
                "/usr/share/containers/systemd/curl-base.image",
                "/usr/share/containers/systemd/curl.container",
                "/usr/share/containers/systemd/podman.image");
        assertThat(r.images()).extracting(BoundImage::line).containsOnly(2);
        assertThat(r.images()).noneMatch(i -> i.name().contains("jboss") || i.image().contains("jboss"));
        assertThat(r.imageNames()).hasSize(3);
        assertThat(r.bootcFails()).isFalse();
    }

    @Test
    void fixtureWithFlattenedLinksInAcceptMode() {
        BoundImagesReport r = BoundImagesEvaluator.evaluateLocalRoot(ROOT, FlattenedLinks.ACCEPT_WITH_WARNING);
        assertTheThreeImages(r);
        assertThat(r.images()).extracting(BoundImage::linkTarget).containsExactly(
                "/usr/share/containers/systemd/curl-base.image",
                "/usr/share/containers/systemd/curl.container",
                "/usr/share/containers/systemd/podman.image");
        assertThat(r.findings()).extracting(Finding::rule, Finding::severity, Finding::file).containsExactly(
                tuple(BootcRules.FLATTENED_SYMLINK, Severity.WARNING, "/usr/lib/bootc/bound-images.d/curl-base.image"),
                tuple(ImageReferenceChecks.FLOATING_TAG, Severity.WARNING,
                        "/usr/share/containers/systemd/curl-base.image"),
                tuple(BootcRules.FLATTENED_SYMLINK, Severity.WARNING, "/usr/lib/bootc/bound-images.d/curl.container"),
                tuple(ImageReferenceChecks.FLOATING_TAG, Severity.WARNING,
                        "/usr/share/containers/systemd/curl.container"),
                tuple(BootcRules.FLATTENED_SYMLINK, Severity.WARNING, "/usr/lib/bootc/bound-images.d/podman.image"),
                tuple(ImageReferenceChecks.FLOATING_TAG, Severity.WARNING,
                        "/usr/share/containers/systemd/podman.image"));
        assertThat(r.findings().get(0).message()).contains("bootc fails with \"Not a symlink: curl-base.image\"");
    }

    @Test
    void fixtureInStrictModeIsWhatBootcWouldSayAboutPlainFiles() {
        BoundImagesReport r = BoundImagesEvaluator.evaluateLocalRoot(ROOT, FlattenedLinks.STRICT);
        assertThat(r.images()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsOnly(BootcRules.NOT_A_SYMLINK);
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Querying bound images: Not a symlink: curl-base.image (it is a regular file)",
                "Querying bound images: Not a symlink: curl.container (it is a regular file)",
                "Querying bound images: Not a symlink: podman.image (it is a regular file)");
        assertThat(r.bootcFails()).isTrue();
    }

    /** Copies the fixture root, turning the flattened link files back into real (absolute, dangling here) links. */
    static Path copyWithRealSymlinks(Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path src : (Iterable<Path>) walk::iterator) {
                Path dst = target.resolve(ROOT.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else if (src.getParent().endsWith("bound-images.d")) {
                    String linkTarget = Files.readString(src).strip();
                    Files.createSymbolicLink(dst, Path.of(linkTarget));
                } else {
                    Files.copy(src, dst);
                    dst.toFile().setWritable(true);
                }
            }
        }
        return target;
    }

    @Test
    void realSymlinksInStrictMode(@TempDir Path tmp) throws IOException {
        Path root = copyWithRealSymlinks(tmp.resolve("root"));
        Path link = root.resolve("usr/lib/bootc/bound-images.d/curl.container");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link).toString()).isEqualTo("/usr/share/containers/systemd/curl.container");
        // on this machine the absolute link dangles: only resolution inside the root finds the file
        assertThat(Files.exists(link)).isFalse();
        BoundImagesReport r = BoundImagesEvaluator.evaluateLocalRoot(root, FlattenedLinks.STRICT);
        assertTheThreeImages(r);
        // all three use :latest, which bootc never refreshes; nothing else is wrong
        assertThat(r.findings()).extracting(Finding::rule, Finding::line).containsExactly(
                tuple(ImageReferenceChecks.FLOATING_TAG, 2), tuple(ImageReferenceChecks.FLOATING_TAG, 2),
                tuple(ImageReferenceChecks.FLOATING_TAG, 2));
    }

    @Test
    void jbossWouldBeRejectedIfItWereBound(@TempDir Path tmp) throws IOException {
        Path root = copyWithRealSymlinks(tmp.resolve("root"));
        Files.createSymbolicLink(root.resolve("usr/lib/bootc/bound-images.d/jboss-webserver-5.image"),
                Path.of("/usr/share/containers/systemd/jboss-webserver-5.image"));
        BoundImagesReport r = BoundImagesEvaluator.evaluateLocalRoot(root, FlattenedLinks.STRICT);
        assertThat(r.images()).hasSize(3);
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(BootcRules.AUTHFILE);
            assertThat(f.file()).isEqualTo("/usr/share/containers/systemd/jboss-webserver-5.image");
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.message()).isEqualTo("Querying bound images: Parsing usr/lib/bootc/bound-images.d/"
                    + "jboss-webserver-5.image: AuthFile is not supported by bound bootc images");
        });
        assertThat(r.bootcFails()).isTrue();
    }
}
