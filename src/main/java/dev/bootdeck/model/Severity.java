package dev.bootdeck.model;

import java.util.Locale;

/** How bad a finding is. The order matters: {@link #ERROR} is the worst. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case word used in CLI output and JSON ("error", "warning", "info"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
