package dev.bootdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real runner on the FX thread: results come back there, cancel reaches the work, writes cannot be cancelled. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    private final ActivityLog log = new ActivityLog(Clock.systemUTC());
    private final FxTaskRunner tasks = new FxTaskRunner(2, log);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void cancelRunsTheWorksCancelActionsAndOnlyOnCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(tasks.run("slow", cancel -> {
            cancel.onCancel(closed::countDown);
            started.countDown();
            closed.await(20, TimeUnit.SECONDS);
            return "late";
        }, r -> events.add("success " + r), e -> events.add("failure"), () -> events.add("cancelled")))).get();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> handle.get().cancel()).get();
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handle.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).containsExactly("cancelled");
        assertThat(log.entries().get(0).state()).isEqualTo(ActivityEntry.State.CANCELLED);
        assertThat(log.entries().get(0).cancellable()).isTrue();
    }

    @Test
    void aWriteRunsToCompletionWhateverCancelSays() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(tasks.runToCompletion("write", cancel -> {
            started.countDown();
            release.await(20, TimeUnit.SECONDS);
            return Thread.currentThread().isInterrupted() ? "interrupted" : "written";
        }, r -> events.add("success " + r), e -> events.add("failure")))).get();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            handle.get().cancel();
            log.entries().get(0).cancel();
        }).get();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.isEmpty());
        assertThat(events).containsExactly("success written");
        assertThat(log.entries().get(0).state()).isEqualTo(ActivityEntry.State.SUCCEEDED);
        assertThat(log.entries().get(0).cancellable()).isFalse();
    }
}
