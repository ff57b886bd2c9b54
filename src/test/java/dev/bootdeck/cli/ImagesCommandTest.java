package dev.bootdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.testsupport.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BootdeckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsExactlyTheThreeBoundImagesSorted() {
        assertThat(run("images", Fixtures.boundImages().resolve("project").toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("quay.io/curl/curl-base:latest",
                "quay.io/curl/curl:latest", "registry.access.redhat.com/ubi9/podman:latest");
    }

    @Test
    void exportsToAFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("mirror.txt");
        assertThat(run("images", "-o", file.toString(), Fixtures.boundImages().resolve("project").toString()))
                .isZero();
        assertThat(Files.readString(file)).isEqualTo("quay.io/curl/curl-base:latest\nquay.io/curl/curl:latest\n"
                + "registry.access.redhat.com/ubi9/podman:latest\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void duplicatesAreListedOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile"), "FROM x\nCOPY q/ /usr/share/containers/systemd/\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /usr/lib/bootc/bound-images.d/ && "
                + "ln -s /usr/share/containers/systemd/b.container /usr/lib/bootc/bound-images.d/\n");
        Files.createDirectories(dir.resolve("q"));
        Files.writeString(dir.resolve("q/a.image"), "[Image]\nImage=quay.io/x/y:2\n");
        Files.writeString(dir.resolve("q/b.container"), "[Container]\nImage=quay.io/x/y:2\n");
        assertThat(run("images", dir.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("quay.io/x/y:2");
    }

    @Test
    void brokenBindingStillListsButExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile"), "FROM x\nCOPY a.image b.image /usr/share/containers/systemd/\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /usr/share/containers/systemd/b.image "
                + "/usr/lib/bootc/bound-images.d/\n");
        Files.writeString(dir.resolve("a.image"), "[Image]\nImage=quay.io/x/a:1\n");
        Files.writeString(dir.resolve("b.image"), "[Image]\nImage=quay.io/x/b:1\nAuthFile=/x\n");
        assertThat(run("images", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList()).containsExactly("quay.io/x/a:1");
        assertThat(err.toString()).contains("AuthFile is not supported");
    }

    @Test
    void missingDirectoryExitsTwo() {
        assertThat(run("images", "/nonexistent/dir")).isEqualTo(2);
        assertThat(err.toString()).contains("No such directory");
    }
}
