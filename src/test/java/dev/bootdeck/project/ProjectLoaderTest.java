package dev.bootdeck.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootdeck.project.lint.LintReport;
import dev.bootdeck.project.lint.ProjectLinter;
import dev.bootdeck.project.lint.ProjectRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    @Test
    void containerfileWinsOverDockerfileAndVariantsNeedAName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM a\n");
        Files.writeString(dir.resolve("Containerfile"), "FROM b\n");
        Files.writeString(dir.resolve("Containerfile.rhel"), "FROM c\n");
        assertThat(ProjectLoader.load(dir).containerfilePath()).isEqualTo("Containerfile");
        assertThat(ProjectLoader.load(dir, "Containerfile.rhel").containerfile().stages().get(0).base())
                .isEqualTo("c");
        Files.delete(dir.resolve("Containerfile"));
        assertThat(ProjectLoader.load(dir).containerfilePath()).isEqualTo("Dockerfile");
        assertThatThrownBy(() -> ProjectLoader.load(dir, "Nope")).hasMessageContaining("No Nope in");
        assertThatThrownBy(() -> ProjectLoader.load(dir.resolve("Dockerfile"))).hasMessageContaining(
                "Not a directory");
    }

    @Test
    void ignoreFilesKeepFilesOutOfTheContext(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile"), "FROM x\nCOPY q/ /usr/share/containers/systemd/\n");
        Files.createDirectories(dir.resolve("q"));
        Files.writeString(dir.resolve("q/a.image"), "[Image]\nImage=quay.io/x/a:1\n");
        Files.writeString(dir.resolve("q/draft.image"), "[Image]\nImage=quay.io/x/d:1\n");
        Files.writeString(dir.resolve(".containerignore"), "# drafts stay home\n**/draft.*\n");
        Project p = ProjectLoader.load(dir);
        assertThat(p.quadletFile("q/a.image").orElseThrow().copied()).isTrue();
        assertThat(p.quadletFile("q/draft.image").orElseThrow().copied()).isFalse();
        LintReport r = ProjectLinter.report(p);
        assertThat(r.forFile("q/draft.image")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ProjectRules.NOT_COPIED);
            assertThat(f.message()).contains("excluded by the ignore file");
        });
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void invalidUtf8ContainerfileIsAClearError(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("Containerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> ProjectLoader.load(dir)).isInstanceOf(ProjectException.class)
                .hasMessage("Containerfile is not valid UTF-8 text");
    }
}
