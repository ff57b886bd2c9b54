package dev.bootdeck.ui.tasks;

import dev.bootdeck.ssh.Cancellation;
import java.util.function.Consumer;

/**
 * The one way the UI runs work that may be slow (SSH, remote commands, disk): off the FX Application Thread, with
 * its result delivered back on it. View models depend on this interface only, so their tests run with
 * {@link SameThreadTaskRunner} and need no toolkit.
 */
public interface TaskRunner {

    /**
     * Work that may block. On cancel its thread is interrupted and the actions it registered with
     * {@link Cancellation#onCancel} run (closing a channel unblocks an SSH read that ignores interruption); the same
     * handle can be passed straight to the SSH layer.
     */
    @FunctionalInterface
    interface Work<T> {
        T call(Cancellation cancel) throws Exception;
    }

    /**
     * Runs {@code work} in the background. Exactly one of {@code onSuccess}, {@code onFailure} and
     * {@code onCancelled} is called, on the FX thread; {@code onCancelled} when the task was cancelled (its handle,
     * or the Activity tab's Cancel) before a result was delivered. The task is listed in the activity log under
     * {@code title}.
     */
    <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                       Runnable onCancelled);

    /** As above, for work whose cancellation leaves nothing to undo in the caller's state. */
    default <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure, () -> { });
    }

    /**
     * Runs work that must not be stopped half-way (file writes that finish or roll back by themselves): it is never
     * interrupted, its handle's cancel does nothing, and the Activity tab offers no Cancel for it.
     */
    <T> TaskHandle runToCompletion(String title, Work<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure);

    /** The log of what this runner ran, for the Activity tab. */
    ActivityLog activity();
}
