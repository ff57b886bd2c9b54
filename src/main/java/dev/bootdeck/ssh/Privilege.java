package dev.bootdeck.ssh;

import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Running a command as root, as bootc requires: directly when connected as root, otherwise through sudo. Without a
 * password it is {@code sudo -n} (never waits for a prompt; fails with "a password is required" instead). With a
 * password the user typed for this one command it is {@code sudo -S -k -p ''}: the password goes to sudo's
 * standard input, never to the command line or a log, {@code -k} makes sudo read it even when a cached credential
 * exists, the command itself gets {@code /dev/null} as stdin (so the password can never reach it), and the caller
 * wipes it afterwards.
 */
public final class Privilege {
    private Privilege() {
    }

    /** True when {@code user} is root, so no sudo is needed. */
    public static boolean isRoot(String user) {
        return "root".equals(user);
    }

    /** {@code command} as root for a connection made as {@code user}; {@code sudoPassword} may be null. */
    public static RemoteCommand asRoot(String user, RemoteCommand command, char[] sudoPassword) {
        if (isRoot(user)) {
            return command;
        }
        if (sudoPassword == null) {
            return command.prefixedWith(List.of("sudo", "-n", "--"));
        }
        byte[] line = passwordLine(sudoPassword);
        try {
            // The command's own stdin is /dev/null, so the password line can never reach it, even when a NOPASSWD
            // rule lets sudo skip reading it.
            return command.prefixedWith(List.of("sudo", "-S", "-k", "-p", "", "--", "sh", "-c",
                    "exec \"$@\" </dev/null", "sh")).withSecretStdinPrefix(line);
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    private static byte[] passwordLine(char[] password) {
        for (char c : password) {
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("A sudo password cannot contain a line break");
            }
        }
        CharBuffer cb = CharBuffer.allocate(password.length + 1);
        cb.put(password).put('\n').flip();
        ByteBuffer bb = StandardCharsets.UTF_8.encode(cb);
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        Arrays.fill(cb.array(), '\0');
        if (bb.hasArray()) {
            Arrays.fill(bb.array(), (byte) 0);
        }
        return out;
    }
}
