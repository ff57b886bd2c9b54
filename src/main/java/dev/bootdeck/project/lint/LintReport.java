package dev.bootdeck.project.lint;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import java.util.List;

/**
 * The lint findings of a project, sorted by file then line, with the lookups an editor needs.
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

    /** Findings about one line of a file. */
    public List<Finding> forLine(String path, int line) {
        return findings.stream().filter(f -> f.file().equals(path) && f.line() == line).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }
}
