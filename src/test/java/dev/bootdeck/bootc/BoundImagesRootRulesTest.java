package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImage;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bootc error case for bound-images.d in a root, with real symlinks in a temporary root. */
class BoundImagesRootRulesTest {

    @TempDir
    Path root;
    Path dir;
    Path quadlets;

    @BeforeEach
    void layout() throws IOException {
        dir = Files.createDirectories(root.resolve("usr/lib/bootc/bound-images.d"));
        quadlets = Files.createDirectories(root.resolve("usr/share/containers/systemd"));
    }

    private void quadlet(String name, String content) throws IOException {
        Files.writeString(quadlets.resolve(name), content);
    }

    private void link(String name, String target) throws IOException {
        Files.createSymbolicLink(dir.resolve(name), Path.of(target));
    }

    private BoundImagesReport report() {
        return BoundImagesEvaluator.evaluateLocalRoot(root, FlattenedLinks.STRICT);
    }

    private Finding only(BoundImagesReport r) {
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    @Test
    void missingDirectoryMeansNoBoundImages() throws IOException {
        Files.delete(dir);
        BoundImagesReport r = report();
        assertThat(r.directoryPresent()).isFalse();
        assertThat(r.images()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void emptyDirectory() {
        BoundImagesReport r = report();
        assertThat(r.directoryPresent()).isTrue();
        assertThat(r.images()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void directoryThatIsAFile() throws IOException {
        Files.delete(dir);
        Files.writeString(root.resolve("usr/lib/bootc/bound-images.d"), "x");
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.DIRECTORY_UNREADABLE);
        assertThat(f.message()).isEqualTo("Querying bound images: Not a directory (os error 20)");
    }

    @Test
    void plainFileDirectoryAndKeepFileAreNotSymlinks() throws IOException {
        Files.writeString(dir.resolve(".keep"), "");
        Files.writeString(dir.resolve("README"), "bound images go here\n");
        Files.createDirectory(dir.resolve("sub.image"));
        BoundImagesReport r = report();
        assertThat(r.findings()).extracting(Finding::rule).containsOnly(BootcRules.NOT_A_SYMLINK);
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Querying bound images: Not a symlink: .keep (it is a regular file)",
                "Querying bound images: Not a symlink: README (it is a regular file)",
                "Querying bound images: Not a symlink: sub.image (it is a directory)");
    }

    @Test
    void readmeIsNotTakenForAFlattenedLinkEvenInAcceptMode() throws IOException {
        Files.writeString(dir.resolve("README"), "bound images go here\n");
        BoundImagesReport r = BoundImagesEvaluator.evaluateLocalRoot(root, FlattenedLinks.ACCEPT_WITH_WARNING);
        assertThat(only(r).rule()).isEqualTo(BootcRules.NOT_A_SYMLINK);
    }

    @Test
    void wrongExtension() throws IOException {
        quadlet("a.image", "[Image]\nImage=quay.io/a/a:1\n");
        link("a.txt", "/usr/share/containers/systemd/a.image");
        link("b.Image", "/usr/share/containers/systemd/a.image");
        BoundImagesReport r = report();
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Querying bound images: Invalid file extension: a.txt (only .image and .container are accepted)",
                "Querying bound images: Invalid file extension: b.Image (only .image and .container are accepted)");
        assertThat(r.findings()).extracting(Finding::rule).containsOnly(BootcRules.INVALID_EXTENSION);
    }

    @Test
    void danglingLinkIsAnError() throws IOException {
        link("gone.image", "/usr/share/containers/systemd/gone.image");
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.DANGLING_SYMLINK);
        assertThat(f.file()).isEqualTo("/usr/lib/bootc/bound-images.d/gone.image");
        assertThat(f.message()).isEqualTo("Querying bound images: No such file or directory (os error 2) "
                + "(gone.image -> /usr/share/containers/systemd/gone.image, resolved inside the root to "
                + "/usr/share/containers/systemd/gone.image)");
    }

    @Test
    void absoluteTargetNeverReachesThisMachine() throws IOException {
        // /etc/hostname or /etc/passwd exist on this machine but not inside the root
        assertThat(Files.exists(Path.of("/etc/passwd"))).isTrue();
        link("host.image", "/etc/passwd");
        assertThat(only(report()).rule()).isEqualTo(BootcRules.DANGLING_SYMLINK);
    }

    @Test
    void dotDotCannotEscapeTheRoot() throws IOException {
        quadlet("esc.image", "[Image]\nImage=quay.io/inside/root:1\n");
        link("esc.image", "../../../../../../../../../../usr/share/containers/systemd/esc.image");
        link("up.image", "/../../../usr/share/containers/systemd/esc.image");
        BoundImagesReport r = report();
        assertThat(r.findings()).isEmpty();
        assertThat(r.images()).extracting(BoundImage::resolvedPath)
                .containsOnly("/usr/share/containers/systemd/esc.image");
        link("passwd.image", "../../../../../../../../etc/passwd");
        assertThat(report().findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(BootcRules.DANGLING_SYMLINK));
    }

    @Test
    void relativeTargetAndChainsResolveHopByHopInsideTheRoot() throws IOException {
        quadlet("app.container", "[Container]\nImage=quay.io/app/app:2\n");
        Files.createDirectories(root.resolve("etc/containers/systemd"));
        // entry -> /etc/containers/systemd/app.container (absolute) -> ../../../usr/share/.../app.container
        Files.createSymbolicLink(root.resolve("etc/containers/systemd/app.container"),
                Path.of("../../../usr/share/containers/systemd/app.container"));
        link("app.container", "/etc/containers/systemd/app.container");
        link("rel.container", "../../../share/containers/systemd/app.container");
        // a directory symlink in the middle, absolute: /opt/q -> /usr/share/containers/systemd
        Files.createDirectories(root.resolve("opt"));
        Files.createSymbolicLink(root.resolve("opt/q"), Path.of("/usr/share/containers/systemd"));
        link("viadir.container", "/opt/q/app.container");
        BoundImagesReport r = report();
        assertThat(r.findings()).isEmpty();
        assertThat(r.images()).extracting(BoundImage::name, BoundImage::resolvedPath, BoundImage::image)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("app.container",
                                "/usr/share/containers/systemd/app.container", "quay.io/app/app:2"),
                        org.assertj.core.groups.Tuple.tuple("rel.container",
                                "/usr/share/containers/systemd/app.container", "quay.io/app/app:2"),
                        org.assertj.core.groups.Tuple.tuple("viadir.container",
                                "/usr/share/containers/systemd/app.container", "quay.io/app/app:2"));
    }

    @Test
    void symlinkLoop() throws IOException {
        link("loop.image", "/usr/lib/bootc/bound-images.d/loop.image");
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.UNREADABLE);
        assertThat(f.message()).startsWith("Querying bound images: Too many levels of symbolic links (os error 40)");
    }

    @Test
    void linkToADirectoryOrThroughAFile() throws IOException {
        link("dir.image", "/usr/share/containers/systemd");
        quadlet("f.image", "[Image]\nImage=a/b:1\n");
        link("through.image", "/usr/share/containers/systemd/f.image/x");
        BoundImagesReport r = report();
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Querying bound images: Is a directory (os error 21) (dir.image -> /usr/share/containers/systemd, "
                        + "resolved inside the root to /usr/share/containers/systemd)",
                "Querying bound images: Not a directory (os error 20) (through.image -> "
                        + "/usr/share/containers/systemd/f.image/x, resolved inside the root to "
                        + "/usr/share/containers/systemd/f.image)");
    }

    @Test
    void contentThatIsNotUtf8() throws IOException {
        Files.write(quadlets.resolve("bin.image"), new byte[] {'[', 'I', 'm', 'a', 'g', 'e', ']', '\n', (byte) 0xff});
        link("bin.image", "/usr/share/containers/systemd/bin.image");
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.UNREADABLE);
        assertThat(f.message()).startsWith("Querying bound images: stream did not contain valid UTF-8 (bin.image");
    }

    @Test
    void theTypeComesFromTheLinkNameNotTheTarget() throws IOException {
        quadlet("x.container", "[Container]\nImage=quay.io/x/x:1\n");
        link("x.image", "/usr/share/containers/systemd/x.container");
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.MISSING_IMAGE);
        assertThat(f.file()).isEqualTo("/usr/share/containers/systemd/x.container");
        assertThat(f.message()).isEqualTo(
                "Querying bound images: Parsing usr/lib/bootc/bound-images.d/x.image: Missing Image field");
    }

    @Test
    void parseErrorsSpecifiersAndEmptyImage() throws IOException {
        quadlet("cont.container", "[Container]\nImage=quay.io/a/a:1\nExec=sleep \\\n  inf\n");
        quadlet("spec.image", "[Image]\nImage=quay.io/%u/a:1\n");
        quadlet("empty.image", "[Image]\nImage=\n");
        quadlet("bom.image", "\uFEFF[Image]\nImage=quay.io/a/a:1\n");
        link("cont.container", "/usr/share/containers/systemd/cont.container");
        link("spec.image", "/usr/share/containers/systemd/spec.image");
        link("empty.image", "/usr/share/containers/systemd/empty.image");
        link("bom.image", "/usr/share/containers/systemd/bom.image");
        BoundImagesReport r = report();
        assertThat(r.findings()).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BootcRules.INI_PARSE_ERROR, 1),
                org.assertj.core.groups.Tuple.tuple(BootcRules.INI_PARSE_ERROR, 4),
                org.assertj.core.groups.Tuple.tuple(BootcRules.EMPTY_IMAGE, 2),
                org.assertj.core.groups.Tuple.tuple(BootcRules.SPECIFIER, 2));
        assertThat(r.findings().get(0).message())
                .isEqualTo("Querying bound images: Parse to ini: Incorrect syntax at line 1 "
                        + "(the file starts with a UTF-8 byte order mark)");
        assertThat(r.images()).extracting(BoundImage::name).containsExactly("empty.image");
    }

    @Test
    void bootcWordsForNonUtf8NamesViaGatheredData() {
        SnapshotRootView view = SnapshotRootView.builder("remote:/sysroot/ostree/deploy/d/deploy/c.0")
                .directory("/usr/lib/bootc/bound-images.d")
                .nonUtf8Name("/usr/lib/bootc/bound-images.d/caf\uFFFD.image", RootEntryKind.SYMLINK)
                .build();
        BoundImagesReport r = BoundImagesEvaluator.evaluate(BoundImagesDirReader.read(view, FlattenedLinks.STRICT));
        assertThat(r.root()).isEqualTo("remote:/sysroot/ostree/deploy/d/deploy/c.0");
        Finding f = only(r);
        assertThat(f.rule()).isEqualTo(BootcRules.NON_UTF8_NAME);
        assertThat(f.message()).isEqualTo("Querying bound images: Invalid non-UTF8 filename: \"caf\\x??.image\" in "
                + "usr/lib/bootc/bound-images.d");
    }

    @Test
    void nonUtf8NameInALocalRoot() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to create a non-UTF-8 name");
        // Java cannot create such a name itself; printf writes the raw byte 0xE9 (Latin-1 e-acute)
        Process p = new ProcessBuilder("/bin/sh", "-c", "ln -s /x \"$(printf 'caf\\351.image')\"")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        Finding f = only(report());
        assertThat(f.rule()).isEqualTo(BootcRules.NON_UTF8_NAME);
        assertThat(f.message()).isEqualTo("Querying bound images: Invalid non-UTF8 filename: \"caf\\x??.image\" in "
                + "usr/lib/bootc/bound-images.d");
    }

    @Test
    void permissionErrorsViaGatheredData() {
        SnapshotRootView view = SnapshotRootView.builder("r")
                .symlink("/usr/lib/bootc/bound-images.d/secret.image", "/usr/share/containers/systemd/secret.image")
                .unreadableFile("/usr/share/containers/systemd/secret.image", RustIoErrors.PERMISSION_DENIED)
                .symlink("/usr/lib/bootc/bound-images.d/ok.image", "/usr/share/containers/systemd/ok.image")
                .file("/usr/share/containers/systemd/ok.image", "[Image]\nImage=quay.io/ok/ok:1\n")
                .other("/usr/lib/bootc/bound-images.d/fifo.image")
                .build();
        BoundImagesReport r = BoundImagesEvaluator.evaluate(BoundImagesDirReader.read(view, FlattenedLinks.STRICT));
        assertThat(r.images()).extracting(BoundImage::image).containsExactly("quay.io/ok/ok:1");
        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "Querying bound images: Not a symlink: fifo.image (it is neither a file nor a directory)",
                "Querying bound images: Permission denied (os error 13) (secret.image -> "
                        + "/usr/share/containers/systemd/secret.image, resolved inside the root to "
                        + "/usr/share/containers/systemd/secret.image)");
    }

    @Test
    void remoteEntriesCanBeBuiltDirectly() {
        BoundImagesDir dir = BoundImagesDir.of("host", java.util.List.of(
                BoundImageDirEntry.link("a.image", "/x/a.image", "/x/a.image", "[Image]\nImage=quay.io/a/a:1\n"),
                BoundImageDirEntry.brokenLink("b.image", "/x/b.image", "/x/b.image", RustIoErrors.NOT_FOUND, true)));
        BoundImagesReport r = BoundImagesEvaluator.evaluate(dir);
        assertThat(r.imageNames()).containsExactly("quay.io/a/a:1");
        assertThat(only(r).rule()).isEqualTo(BootcRules.DANGLING_SYMLINK);
    }

    @Test
    void flattenedTargetDetection() {
        assertThat(FlattenedLinks.targetIn("/usr/share/containers/systemd/a.image".getBytes(StandardCharsets.UTF_8)))
                .contains("/usr/share/containers/systemd/a.image");
        assertThat(FlattenedLinks.targetIn("../x/a.image\n".getBytes(StandardCharsets.UTF_8))).contains("../x/a.image");
        assertThat(FlattenedLinks.targetIn("[Image]\nImage=a\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FlattenedLinks.targetIn("a\nb".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FlattenedLinks.targetIn("two words".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FlattenedLinks.targetIn(new byte[0])).isEmpty();
        assertThat(FlattenedLinks.targetIn(new byte[] {(byte) 0xff})).isEmpty();
        assertThat(FlattenedLinks.targetIn(("/" + "a".repeat(5000)).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
