package dev.bootdeck.ui.tasks;

import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.ui.UserMessages;
import java.time.Clock;
import java.util.function.Consumer;

/** Runs every task at once on the calling thread: for view-model tests, where results must arrive deterministically. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC());

    @Override
    public ActivityLog activity() {
        return activity;
    }

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        return runNow(title, work, onSuccess, onFailure, true);
    }

    @Override
    public <T> TaskHandle runToCompletion(String title, Work<T> work, Consumer<? super T> onSuccess,
                                          Consumer<? super Throwable> onFailure) {
        return runNow(title, work, onSuccess, onFailure, false);
    }

    private <T> TaskHandle runNow(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure, boolean cancellable) {
        ActivityEntry entry = activity.start(title, cancellable);
        T result;
        try {
            result = work.call(Cancellation.none());
        } catch (Exception e) {
            activity.finish(entry, ActivityEntry.State.FAILED, UserMessages.of(e));
            onFailure.accept(e);
            return done();
        }
        activity.finish(entry, ActivityEntry.State.SUCCEEDED, "");
        onSuccess.accept(result);
        return done();
    }

    private static TaskHandle done() {
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
