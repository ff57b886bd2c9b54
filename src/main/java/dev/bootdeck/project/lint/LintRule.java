package dev.bootdeck.project.lint;

import dev.bootdeck.model.Severity;

/**
 * One lint rule: a stable id, the severity of its findings and a one-line description.
 *
 * @param id          e.g. {@code project/missing-additionalimagestore}
 * @param severity    the worst severity its findings carry (a few rules also report milder variants)
 * @param description what it finds, for {@code bootdeck lint --list-rules} and the README
 */
public record LintRule(String id, Severity severity, String description) {
}
