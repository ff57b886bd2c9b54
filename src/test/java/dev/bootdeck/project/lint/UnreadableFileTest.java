package dev.bootdeck.project.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.DiskProjectSource;
import dev.bootdeck.project.ProjectAnalyzer;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectSource;
import dev.bootdeck.project.build.ContextEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Quadlet file that cannot be read (an I/O error while reading) is an error naming the file, not a crash. */
class UnreadableFileTest {

    @Test
    void unreadableQuadletFileIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Containerfile"), "FROM x\nCOPY a.image /usr/share/containers/systemd/\n");
        Files.writeString(dir.resolve("a.image"), "[Image]\nImage=quay.io/x/a:1\n");
        DiskProjectSource disk = new DiskProjectSource(dir);
        ProjectSource failing = new ProjectSource() {
            @Override
            public Path directory() {
                return disk.directory();
            }

            @Override
            public List<ContextEntry> entries() {
                return disk.entries();
            }

            @Override
            public Optional<byte[]> read(String path) throws ProjectException {
                if (path.equals("a.image")) {
                    throw new ProjectException("Cannot read a.image: Input/output error");
                }
                return disk.read(path);
            }
        };
        List<Finding> findings = ProjectLinter.lint(ProjectAnalyzer.analyze(failing, "Containerfile"));
        assertThat(findings).extracting(Finding::file, Finding::line, Finding::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.image", 0, ProjectRules.UNREADABLE_FILE));
        assertThat(findings.get(0).message()).contains("Input/output error");
    }
}
