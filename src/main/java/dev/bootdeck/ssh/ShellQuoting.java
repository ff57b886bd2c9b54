package dev.bootdeck.ssh;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where an argument vector becomes a remote command line. SSH carries a single string that the remote
 * login shell parses, so every argument is quoted with POSIX single quotes (an embedded {@code '} becomes
 * {@code '\''}); inside single quotes a POSIX shell interprets nothing, not {@code $}, {@code `}, {@code \} nor a
 * newline. Arguments made only of characters no shell treats specially are left bare for readable logs ({@code =}
 * is not among them: a bare first word {@code A=b} would be an assignment, not a command).
 * A NUL byte cannot travel in a command line at all and is refused.
 */
public final class ShellQuoting {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@+:,./-]+");

    private ShellQuoting() {
    }

    /** One argument, quoted so that a POSIX shell reads it back as exactly {@code arg}. */
    public static String quote(String arg) {
        if (arg.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A command argument cannot contain a NUL byte");
        }
        if (!arg.isEmpty() && SAFE.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** The whole argument vector as one command line. */
    public static String join(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String a : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(a));
        }
        return b.toString();
    }
}
