package dev.bootdeck.project;

import java.util.List;

/**
 * A {@code RUN} line that binds through a loop, glob or {@code find -exec}, e.g. "binds every file matching
 * /usr/share/containers/systemd/*.image". Shown read-only, with the entries it makes in this build.
 *
 * @param line        the Containerfile line
 * @param description what it does
 * @param entries     the {@code bound-images.d} entry names it makes, sorted
 */
public record BindingRule(int line, String description, List<String> entries) {
    public BindingRule {
        entries = List.copyOf(entries);
    }
}
