package dev.bootdeck.cli;

import dev.bootdeck.ssh.UnknownHostKey;
import dev.bootdeck.ssh.UserInteraction;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line's answers to the SSH layer: key passphrases are read from the terminal (without echo) when there
 * is one; unknown host keys are never accepted here (their fingerprint is in the error; accept with
 * {@code --accept-new-host-keys} or {@code StrictHostKeyChecking accept-new}); sudo passwords are not asked for.
 */
final class TerminalInteraction implements UserInteraction {
    private final Console console;
    private final PrintWriter err;

    TerminalInteraction(Console console, PrintWriter err) {
        this.console = console;
        this.err = err;
    }

    @Override
    public synchronized Optional<char[]> passphrase(String host, Path keyFile) {
        if (console == null) {
            return Optional.empty();
        }
        char[] pw = console.readPassword("Passphrase for %s (connecting to %s): ", keyFile, host);
        return pw == null || pw.length == 0 ? Optional.empty() : Optional.of(pw);
    }

    @Override
    public boolean acceptUnknownHostKey(UnknownHostKey key) {
        err.println(key.describe());
        err.flush();
        return false;
    }
}
