package dev.bootdeck.ssh;

import java.util.Locale;

/**
 * Recognises why sudo refused to run a command, from its exit status and its standard error (sudo's messages are
 * stable across 1.8 and 1.9). Only meaningful when the command itself never started, i.e. printed nothing of its
 * own; callers check that first.
 */
public enum SudoProblem {
    /** {@code sudo -n}: "a password is required" (or an old sudo asking for a terminal). */
    PASSWORD_REQUIRED("sudo needs a password for %s on %s. Allow passwordless sudo for it (a NOPASSWD rule),"
            + " connect as root, or give the sudo password when asked (GUI)."),
    /** {@code sudo -S}: the password given was wrong. */
    WRONG_PASSWORD("sudo rejected the password given for %s on %s."),
    /** The user may not use sudo at all, or not for this command. */
    NOT_ALLOWED("%s may not run this command with sudo on %s (not in sudoers)."),
    /** sudo is not installed. */
    SUDO_MISSING("sudo is not installed on %2$s, and %1$s is not root.");

    private final String template;

    SudoProblem(String template) {
        this.template = template;
    }

    /** The message for {@code user} on {@code host}. */
    public String message(String user, String host) {
        return String.format(Locale.ROOT, template, user, host);
    }

    /** The problem a failed sudo run shows, or null when stderr does not look like sudo refusing. */
    public static SudoProblem detect(CommandResult r) {
        String err = r.stderrText().toLowerCase(Locale.ROOT);
        Integer code = r.exitCode();
        if (code != null && code == 127 && (err.contains("sudo: not found") || err.contains("sudo: command not found")
                || err.contains("sudo: no such file"))) {
            return SUDO_MISSING;
        }
        if (code == null || code != 1) {
            return null;
        }
        if (err.contains("incorrect password") || err.contains("sorry, try again")
                || err.contains("no password was provided")) {
            return WRONG_PASSWORD;
        }
        if (err.contains("a password is required") || err.contains("a terminal is required")
                || err.contains("no tty present")) {
            return PASSWORD_REQUIRED;
        }
        if (err.contains("is not in the sudoers file") || err.contains("is not allowed to execute")
                || err.contains("may not run sudo")) {
            return NOT_ALLOWED;
        }
        return null;
    }
}
