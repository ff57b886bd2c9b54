package dev.bootdeck.ssh;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a remote command did: how it ended, its exit code, everything it printed (up to the kept limit), and how
 * long it took. A command that timed out, was cancelled or lost its connection still returns what it printed.
 *
 * @param outcome      how the command ended
 * @param exitCode     the exit status, or null when the host sent none (killed by a signal, lost, cancelled)
 * @param exitSignal   the signal that killed it, or null
 * @param stdout       standard output
 * @param stderr       standard error
 * @param outputCapped true when more output arrived than was kept
 * @param elapsed      wall time from channel open to end
 */
public record CommandResult(Outcome outcome, Integer exitCode, String exitSignal, byte[] stdout, byte[] stderr,
        boolean outputCapped, Duration elapsed) {

    /** How a command ended. */
    public enum Outcome {
        /** It exited (or was killed by a signal on the host). */
        EXITED,
        /** It ran past its timeout and its channel was closed. */
        TIMED_OUT,
        /** The caller cancelled it and its channel was closed. */
        CANCELLED,
        /** The connection dropped while it ran. */
        CONNECTION_LOST
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** Exited with status 0. */
    public boolean succeeded() {
        return outcome == Outcome.EXITED && exitCode != null && exitCode == 0;
    }
}
