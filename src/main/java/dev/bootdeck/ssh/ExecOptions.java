package dev.bootdeck.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run one remote command: its time limit (every call has one), the handle that cancels it, and how much
 * output to keep.
 *
 * @param timeout        the longest the command may run, from channel open to exit
 * @param cancellation   cancels the command from another thread
 * @param maxOutputBytes output kept per stream; more is drained and dropped, and the result says so
 */
public record ExecOptions(Duration timeout, Cancellation cancellation, long maxOutputBytes) {
    /** 16 MiB per stream: far more than any inspection prints. */
    public static final long DEFAULT_MAX_OUTPUT = 16L * 1024 * 1024;

    public ExecOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        Objects.requireNonNull(cancellation, "cancellation");
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive");
        }
    }

    public static ExecOptions withTimeout(Duration timeout) {
        return new ExecOptions(timeout, Cancellation.none(), DEFAULT_MAX_OUTPUT);
    }

    public ExecOptions cancelledBy(Cancellation c) {
        return new ExecOptions(timeout, c, maxOutputBytes);
    }

    public ExecOptions keepingAtMost(long bytes) {
        return new ExecOptions(timeout, cancellation, bytes);
    }
}
