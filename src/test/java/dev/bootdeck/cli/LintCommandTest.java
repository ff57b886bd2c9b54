package dev.bootdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bootdeck.testsupport.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BootdeckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String fixture() {
        return Fixtures.boundImages().resolve("project").toString();
    }

    @Test
    void fixtureProjectExitsZeroWithFloatingTagWarnings() {
        assertThat(run("lint", fixture())).isZero();
        assertThat(out.toString().lines()).hasSize(3).allMatch(l -> l.contains(": warning: image/floating-tag: "));
        assertThat(out.toString()).startsWith(
                "tests/containerfiles/lbi/usr/share/containers/systemd/curl-base.image:2: warning: image/floating-tag:");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        assertThat(run("lint", "--strict", fixture())).isEqualTo(1);
    }

    @Test
    void jsonListsFindings() throws Exception {
        assertThat(run("lint", "--json", fixture())).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("file", "line", "severity", "rule", "message");
        assertThat(first.get("file").asText()).isEqualTo(
                "tests/containerfiles/lbi/usr/share/containers/systemd/curl-base.image");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("severity").asText()).isEqualTo("warning");
        assertThat(first.get("rule").asText()).isEqualTo("image/floating-tag");
    }

    @Test
    void errorsExitOneAndAreSortedByPathThenLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile"), "FROM quay.io/fedora/fedora-bootc:42\n"
                + "COPY b.image a.image /usr/share/containers/systemd/\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /usr/lib/bootc/bound-images.d/a.image && \\\n"
                + "    ln -s /usr/share/containers/systemd/b.image /usr/lib/bootc/bound-images.d/b.image\n");
        Files.writeString(dir.resolve("a.image"), "[Image]\nImage=quay.io/a/a:1\nAuthFile=/etc/containers/auth.json\n");
        Files.writeString(dir.resolve("b.image"), "[Image]\n");
        assertThat(run("lint", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines().toList()).containsExactly(
                "a.image:3: error: bootc/authfile: Querying bound images: Parsing usr/lib/bootc/bound-images.d/"
                        + "a.image: AuthFile is not supported by bound bootc images; podman uses \"quay.io/a/a:1\" "
                        + "(/usr/share/containers/systemd/a.image:2) with that AuthFile",
                "b.image:0: error: bootc/missing-image: Querying bound images: Parsing usr/lib/bootc/"
                        + "bound-images.d/b.image: Missing Image field",
                "b.image:0: error: podman/no-image: no Image key specified");
    }

    @Test
    void missingDirectoryIsExitTwoWithAClearMessage() {
        assertThat(run("lint", "/nonexistent/project")).isEqualTo(2);
        assertThat(err.toString()).contains("No such directory: /nonexistent/project");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noContainerfileIsExitTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile.fedora"), "FROM x\n");
        assertThat(run("lint", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No Containerfile or Dockerfile in").contains("Containerfile.fedora");
        assertThat(run("lint", "-f", "Containerfile.fedora", dir.toString())).isZero();
    }

    @Test
    void dockerfileIsFoundToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM x\nBOGUS y\n");
        assertThat(run("lint", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("Dockerfile:2: error: containerfile/syntax: unknown instruction: BOGUS"
                + System.lineSeparator());
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("lint")).isEqualTo(2);
        assertThat(run("lint", "--bogus", "x")).isEqualTo(2);
    }

    @Test
    void listRulesNamesEveryRule() {
        assertThat(run("lint", "--list-rules")).isZero();
        assertThat(out.toString()).contains("podman/unsupported-key\terror\t")
                .contains("bootc/not-a-symlink\terror\t").contains("project/missing-additionalimagestore\twarning\t")
                .contains("image/floating-tag\twarning\t");
    }
}
