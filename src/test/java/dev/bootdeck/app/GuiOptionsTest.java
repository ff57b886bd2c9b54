package dev.bootdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuiOptionsTest {
    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(GuiOptions.parse(List.of())).hasValueSatisfying(o -> {
            assertThat(o.demo()).isFalse();
            assertThat(o.screenshot()).isEmpty();
        });
    }

    @Test
    void windowOptionsAreRecognised() {
        assertThat(GuiOptions.parse(List.of("--screenshot", "out/x.png", "--demo", "--dark"))).hasValueSatisfying(o -> {
            assertThat(o.demo()).isTrue();
            assertThat(o.dark()).isTrue();
            assertThat(o.screenshot()).contains(Path.of("out/x.png"));
        });
    }

    @Test
    void projectFolderAndFileToShow() {
        assertThat(GuiOptions.parse(List.of("--project", "demo/proj", "--open", "quadlet/a.image")))
                .hasValueSatisfying(o -> {
                    assertThat(o.project()).contains(Path.of("demo/proj"));
                    assertThat(o.projectFile()).contains("quadlet/a.image");
                });
        assertThat(GuiOptions.parse(List.of())).hasValueSatisfying(o -> assertThat(o.project()).isEmpty());
        assertThat(GuiOptions.parse(List.of("--project"))).isEmpty();
        assertThat(GuiOptions.parse(List.of("--open"))).isEmpty();
    }

    @Test
    void anythingElseGoesToTheCommandLine() {
        assertThat(GuiOptions.parse(List.of("status", "web1"))).isEmpty();
        assertThat(GuiOptions.parse(List.of("--help"))).isEmpty();
        assertThat(GuiOptions.parse(List.of("--screenshot"))).isEmpty();
        assertThat(GuiOptions.parse(List.of("--demo", "lint", "."))).isEmpty();
    }
}
