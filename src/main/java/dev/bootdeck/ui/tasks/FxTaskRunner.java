package dev.bootdeck.ui.tasks;

import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.ui.UserMessages;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a bounded pool of daemon threads and hands results back with {@link Platform#runLater}. Failures
 * are logged once here with their stack trace; callbacks receive the exception to show its message.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService pool;
    private final ActivityLog activity;

    public FxTaskRunner(int threads, ActivityLog activity) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "bootdeck-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), tf);
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
        this.activity = activity;
    }

    @Override
    public ActivityLog activity() {
        return activity;
    }

    @Override
    public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        return submit(title, work, onSuccess, onFailure, onCancelled, true);
    }

    @Override
    public <T> TaskHandle runToCompletion(String title, Work<T> work, Consumer<? super T> onSuccess,
                                          Consumer<? super Throwable> onFailure) {
        return submit(title, work, onSuccess, onFailure, () -> { }, false);
    }

    private <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure, Runnable onCancelled, boolean cancellable) {
        ActivityEntry entry = activity.start(title, cancellable);
        AtomicBoolean cancelled = new AtomicBoolean();
        // Read and written on the FX thread only: one of the three callbacks was called.
        boolean[] settled = new boolean[1];
        Cancellation cancellation = new Cancellation();
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.call(cancellation);
                Platform.runLater(() -> {
                    if (cancelled.get() || settled[0]) {
                        return;
                    }
                    settled[0] = true;
                    activity.finish(entry, ActivityEntry.State.SUCCEEDED, "");
                    onSuccess.accept(result);
                });
            } catch (InterruptedException | CancellationException e) {
                Thread.currentThread().interrupt();
                Platform.runLater(() -> activity.finish(entry, ActivityEntry.State.CANCELLED, "Cancelled"));
            } catch (Throwable e) {
                if (cancelled.get()) {
                    Platform.runLater(() -> activity.finish(entry, ActivityEntry.State.CANCELLED, "Cancelled"));
                    return;
                }
                LOG.warn("Task failed: {}", title, e);
                Platform.runLater(() -> {
                    if (cancelled.get() || settled[0]) {
                        return;
                    }
                    settled[0] = true;
                    activity.finish(entry, ActivityEntry.State.FAILED, UserMessages.of(e));
                    onFailure.accept(e);
                });
            }
        });
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                if (cancellable && cancelled.compareAndSet(false, true)) {
                    cancellation.cancel();
                    future.cancel(true);
                    Platform.runLater(() -> {
                        if (settled[0]) {
                            return;
                        }
                        settled[0] = true;
                        if (entry.state() == ActivityEntry.State.RUNNING) {
                            activity.finish(entry, ActivityEntry.State.CANCELLED, "Cancelled");
                        }
                        onCancelled.run();
                    });
                }
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
        entry.attach(handle);
        return handle;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
