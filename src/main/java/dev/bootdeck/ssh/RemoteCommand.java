package dev.bootdeck.ssh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A command to run on a host, kept as an argument vector until the last moment: {@link #commandLine()} turns it into
 * the one string SSH carries, through {@link ShellQuoting} only. Arguments can be marked secret (never logged) or
 * bulky (logged as a size, e.g. a whole script), and the command may carry bytes for its standard input, which can
 * be secret too (a sudo password). {@link #redacted()} is the only form that may reach a log.
 */
public final class RemoteCommand {
    private static final int LOG_ARG_LIMIT = 120;

    private enum Kind { PLAIN, SECRET, BULKY }

    private record Arg(String value, Kind kind, String label) {
    }

    private final String description;
    private final List<Arg> argv;
    private final byte[] stdin;
    private final boolean stdinSecret;

    private RemoteCommand(String description, List<Arg> argv, byte[] stdin, boolean stdinSecret) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("A remote command needs at least one argument");
        }
        this.description = description;
        this.argv = List.copyOf(argv);
        this.stdin = stdin;
        this.stdinSecret = stdinSecret;
        // Fail at construction, not at run time, for what cannot be quoted.
        for (Arg a : argv) {
            ShellQuoting.quote(a.value());
        }
    }

    /** A plain command: every argument logged as is. */
    public static RemoteCommand of(String... argv) {
        Builder b = builder(argv.length > 0 ? argv[0] : "");
        for (String a : argv) {
            b.arg(a);
        }
        return b.build();
    }

    /** Starts a command; {@code description} names it in messages ("bootc status", "inspection script"). */
    public static Builder builder(String description) {
        return new Builder(description);
    }

    /** What this command is, for user messages. */
    public String description() {
        return description;
    }

    /** The argument values, unquoted. */
    public List<String> argv() {
        return argv.stream().map(Arg::value).toList();
    }

    /** The command line sent to the host: each argument quoted by {@link ShellQuoting}. */
    public String commandLine() {
        return ShellQuoting.join(argv());
    }

    /** The command line for logs: secret arguments replaced, bulky ones summarised, secret stdin noted only. */
    public String redacted() {
        StringBuilder b = new StringBuilder();
        for (Arg a : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            switch (a.kind()) {
                case SECRET -> b.append("'<redacted>'");
                case BULKY -> b.append("'<").append(a.label()).append(", ")
                        .append(a.value().getBytes(StandardCharsets.UTF_8).length).append(" bytes>'");
                default -> {
                    String q = ShellQuoting.quote(a.value());
                    b.append(q.length() > LOG_ARG_LIMIT ? q.substring(0, LOG_ARG_LIMIT) + "...'" : q);
                }
            }
        }
        if (stdin != null) {
            b.append(stdinSecret ? " <stdin: redacted>" : " <stdin: " + stdin.length + " bytes>");
        }
        return b.toString();
    }

    /** Bytes written to the command's standard input before it is closed, or null for none (stdin closed at once). */
    public byte[] stdin() {
        return stdin == null ? null : stdin.clone();
    }

    /** The stdin bytes themselves, for sending (no copy, so they can be wiped afterwards). */
    byte[] stdinForSending() {
        return stdin;
    }

    /** Zeroes secret stdin once it was sent, so a password does not linger: a secret command runs once. */
    void wipeSecretStdin() {
        if (stdin != null && stdinSecret) {
            Arrays.fill(stdin, (byte) 0);
        }
    }

    /** This command run by another one: {@code prefix... argv...}, e.g. {@code sudo -n -- bootc status}. */
    public RemoteCommand prefixedWith(List<String> prefix) {
        List<Arg> all = new ArrayList<>();
        for (String p : prefix) {
            all.add(new Arg(p, Kind.PLAIN, null));
        }
        all.addAll(argv);
        return new RemoteCommand(description, all, stdin, stdinSecret);
    }

    /** This command with secret stdin prepended to its own (a password line read by sudo -S). */
    RemoteCommand withSecretStdinPrefix(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (stdin != null) {
            throw new IllegalArgumentException("Cannot feed a password to sudo for a command that reads stdin itself: "
                    + description);
        }
        return new RemoteCommand(description, argv, secret.clone(), true);
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** Builds a {@link RemoteCommand} argument by argument. */
    public static final class Builder {
        private final String description;
        private final List<Arg> argv = new ArrayList<>();
        private byte[] stdin;
        private boolean stdinSecret;

        private Builder(String description) {
            this.description = Objects.requireNonNull(description, "description");
        }

        public Builder arg(String value) {
            argv.add(new Arg(Objects.requireNonNull(value, "argument"), Kind.PLAIN, null));
            return this;
        }

        public Builder args(String... values) {
            for (String v : values) {
                arg(v);
            }
            return this;
        }

        /** An argument never written to a log (it still shows in the remote process list: prefer stdin). */
        public Builder secretArg(String value) {
            argv.add(new Arg(Objects.requireNonNull(value, "argument"), Kind.SECRET, null));
            return this;
        }

        /** A long argument (a script) that logs show as its label and size. */
        public Builder bulkyArg(String label, String value) {
            argv.add(new Arg(Objects.requireNonNull(value, "argument"), Kind.BULKY, label));
            return this;
        }

        public Builder stdin(byte[] bytes) {
            this.stdin = bytes.clone();
            this.stdinSecret = false;
            return this;
        }

        public Builder secretStdin(byte[] bytes) {
            this.stdin = bytes.clone();
            this.stdinSecret = true;
            return this;
        }

        public RemoteCommand build() {
            return new RemoteCommand(description, argv, stdin, stdinSecret);
        }
    }
}
