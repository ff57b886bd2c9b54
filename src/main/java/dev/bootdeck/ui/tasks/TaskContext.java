package dev.bootdeck.ui.tasks;

import java.util.ArrayList;
import java.util.List;

/**
 * Given to background work so a Cancel from the UI reaches it: blocking SSH reads ignore thread interruption, so
 * work registers what closes its channel or session.
 */
public final class TaskContext {
    private final List<Runnable> onCancel = new ArrayList<>();
    private boolean cancelled;

    /** Runs {@code action} when the task is cancelled (at once if it already is). */
    public void onCancel(Runnable action) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                onCancel.add(action);
            }
        }
        if (now) {
            action.run();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        List<Runnable> run;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            run = new ArrayList<>(onCancel);
            onCancel.clear();
        }
        run.forEach(Runnable::run);
    }
}
