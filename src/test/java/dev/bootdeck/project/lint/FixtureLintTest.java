package dev.bootdeck.project.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectLoader;
import dev.bootdeck.testsupport.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixtureLintTest {
    private static final String Q = "tests/containerfiles/lbi/usr/share/containers/systemd/";

    @Test
    void bootcTestProjectHasNoErrorsOnlyFloatingTagWarnings() throws Exception {
        Project p = ProjectLoader.load(Fixtures.boundImages().resolve("project"));
        List<Finding> findings = ProjectLinter.lint(p);
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::rule, Finding::file, Finding::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("image/floating-tag", Q + "curl-base.image", 2),
                        org.assertj.core.groups.Tuple.tuple("image/floating-tag", Q + "curl.container", 2),
                        org.assertj.core.groups.Tuple.tuple("image/floating-tag", Q + "podman.image", 2));
        assertThat(findings).noneMatch(f -> f.file().contains("jboss"));
    }
}
