package dev.bootdeck.project.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectLoader;
import dev.bootdeck.project.edit.EditFixtures;
import dev.bootdeck.testsupport.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * podman's own Quadlet test files as one project ({@code COPY quadlet/ /usr/share/containers/systemd/}): lint must
 * name a podman error for exactly the files podman's test suite expects to fail, at their project paths.
 */
class PodmanFixturesProjectTest {

    @Test
    void podmanErrorsForExactlyTheFilesPodmanRejects(@TempDir Path dir) throws Exception {
        Path quadlet = dir.resolve("quadlet");
        EditFixtures.copyTree(Fixtures.quadlet(), quadlet);
        Files.delete(quadlet.resolve("README.txt"));
        Files.delete(quadlet.resolve("expectations.tsv"));
        Files.writeString(dir.resolve("Containerfile"), "FROM quay.io/fedora/fedora-bootc:42\n"
                + "COPY quadlet/ /usr/share/containers/systemd/\n");
        Project p = ProjectLoader.load(dir);
        List<Finding> findings = ProjectLinter.lint(p);
        assertThat(findings).allSatisfy(f -> assertThat(f.file()).startsWith("quadlet/"));
        Set<String> failing = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.rule().startsWith("podman/")).map(f -> f.file().substring("quadlet/".length()))
                .filter(f -> !f.contains("/")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(failing).isEqualTo(expectedFailures());
        assertThat(p.bindings()).isEmpty();
    }

    /** Files that expectations.tsv marks as failing: outcome error..., or an assert-failed line in the file. */
    private static Set<String> expectedFailures() throws Exception {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(Fixtures.quadlet().resolve("expectations.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean assertFailed = Files.readString(Fixtures.quadlet().resolve(cols[0])).lines()
                    .anyMatch(l -> l.startsWith("## assert-failed"));
            // podman's suite runs dependent.error.container alone: it fails because basic.container is missing,
            // which in one shared directory is present
            if ((cols[1].startsWith("error") || assertFailed) && !cols[0].equals("dependent.error.container")) {
                out.add(cols[0]);
            }
        }
        return out;
    }
}
