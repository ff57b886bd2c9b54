package dev.bootdeck.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.project.image.Origin;
import dev.bootdeck.testsupport.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bootc's own test project: the three bound images, the unbound jboss file, the binding lines. */
class BoundImagesFixtureProjectTest {
    private static final String Q = "tests/containerfiles/lbi/usr/share/containers/systemd/";

    private final Path dir = Fixtures.boundImages().resolve("project");

    @Test
    void mapsEveryQuadletFileToTheImageAndItsBindingLine() throws Exception {
        Project p = ProjectLoader.load(dir);
        assertThat(p.containerfilePath()).isEqualTo("Containerfile");
        assertThat(p.quadletFiles()).extracting(QuadletFile::path).containsExactly(Q + "curl-base.image",
                Q + "curl.container", Q + "jboss-webserver-5.image", Q + "podman.image");
        QuadletFile curl = p.quadletFile(Q + "curl.container").orElseThrow();
        assertThat(curl.imagePaths()).containsExactly("/usr/share/containers/systemd/curl.container");
        assertThat(curl.bound()).isTrue();
        assertThat(curl.bindings().get(0).origin()).isEqualTo(new Origin(Origin.Kind.RUN, 40, "", ""));
        assertThat(p.quadletFile(Q + "curl-base.image").orElseThrow().bindings().get(0).origin().line())
                .isEqualTo(41);
        assertThat(p.quadletFile(Q + "podman.image").orElseThrow().bindings().get(0).origin().line()).isEqualTo(42);
        QuadletFile jboss = p.quadletFile(Q + "jboss-webserver-5.image").orElseThrow();
        assertThat(jboss.bound()).isFalse();
        assertThat(jboss.copied()).isTrue();
        assertThat(p.bindings()).extracting(Binding::name).containsExactly("curl-base.image", "curl.container",
                "podman.image");
        assertThat(p.bindingRules()).isEmpty();
    }

    @Test
    void boundImagesAreExactlyTheThree() throws Exception {
        Project p = ProjectLoader.load(dir);
        assertThat(p.boundImages()).containsExactly("quay.io/curl/curl-base:latest", "quay.io/curl/curl:latest",
                "registry.access.redhat.com/ubi9/podman:latest");
        assertThat(p.bootcReport().bootcFails()).isFalse();
    }
}
