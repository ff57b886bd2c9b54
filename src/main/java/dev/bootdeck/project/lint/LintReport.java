package dev.bootdeck.project.lint;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import java.util.List;

/**
 * The lint findings of a project, sorted by file then line.
 *
 * @param findings every finding
 */
public record LintReport(List<Finding> findings) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** Findings about one project-relative file (the Containerfile, a Quadlet file, ...). */
    public List<Finding> forFile(String path) {
        return findings.stream().filter(f -> f.file().equals(path)).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
