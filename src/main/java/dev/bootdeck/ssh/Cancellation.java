package dev.bootdeck.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * A handle the caller keeps to stop a connection attempt or a remote command from another thread (a Cancel button,
 * a closing window). Cancelling runs the registered actions once (they close the channel or session); work that
 * registers after cancellation runs its action at once. The GUI's task runner hands one to every background task, so
 * a Cancel in the window reaches the SSH layer without a second kind of handle.
 */
public final class Cancellation {
    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** A handle nobody cancels. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel (at once if already cancelled); the returned handle unregisters it. */
    public AutoCloseable onCancel(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                actions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
        return () -> {
            synchronized (this) {
                actions.remove(action);
            }
        };
    }
}
