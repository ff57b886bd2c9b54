package dev.bootdeck.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run one remote command: its time limit (every call has one), the handle that cancels it, how much output
 * to keep, and an optional listener that sees output as it arrives (live progress of long operations).
 *
 * @param timeout        the longest the command may run, from channel open to exit
 * @param cancellation   cancels the command from another thread
 * @param maxOutputBytes output kept per stream; more is drained and dropped, and the result says so
 * @param listener       receives output chunks as they arrive, on the SSH session's reader thread
 */
public record ExecOptions(Duration timeout, Cancellation cancellation, long maxOutputBytes, OutputListener listener) {
    /** 16 MiB per stream: far more than any inspection prints. */
    public static final long DEFAULT_MAX_OUTPUT = 16L * 1024 * 1024;

    public ExecOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(listener, "listener");
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive");
        }
    }

    public static ExecOptions withTimeout(Duration timeout) {
        return new ExecOptions(timeout, Cancellation.none(), DEFAULT_MAX_OUTPUT, OutputListener.NONE);
    }

    public ExecOptions cancelledBy(Cancellation c) {
        return new ExecOptions(timeout, c, maxOutputBytes, listener);
    }

    public ExecOptions keepingAtMost(long bytes) {
        return new ExecOptions(timeout, cancellation, bytes, listener);
    }

    public ExecOptions listenedBy(OutputListener l) {
        return new ExecOptions(timeout, cancellation, maxOutputBytes, l);
    }

    /** Sees a command's output while it runs. Called on the SSH session's reader thread: must return quickly. */
    public interface OutputListener {
        OutputListener NONE = new OutputListener() {
        };

        default void stdout(byte[] buf, int off, int len) {
        }

        default void stderr(byte[] buf, int off, int len) {
        }
    }
}
