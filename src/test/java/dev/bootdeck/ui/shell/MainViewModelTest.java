package dev.bootdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.tasks.ActivityLog;
import dev.bootdeck.ui.tasks.TaskHandle;
import dev.bootdeck.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changes are saved in the background; the file must end up with the last change, whatever the order. */
class MainViewModelTest {
    @TempDir
    Path dir;

    /** Holds tasks until told to run them, so a test can run them in any order (as a thread pool may). */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();
        private final ActivityLog activity = new ActivityLog(Clock.systemUTC());

        @Override
        public <T> TaskHandle run(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure, Runnable onCancelled) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call(Cancellation.none()));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        @Override
        public <T> TaskHandle runToCompletion(String title, Work<T> work, Consumer<? super T> onSuccess,
                                              Consumer<? super Throwable> onFailure) {
            return run(title, work, onSuccess, onFailure, () -> { });
        }

        @Override
        public ActivityLog activity() {
            return activity;
        }
    }

    @Test
    void theLastSettingsChangeIsWhatStaysOnDiskEvenWhenSavesFinishOutOfOrder() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.ini"), Clock.systemUTC());
        HeldTasks tasks = new HeldTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel vm = new MainViewModel(tasks, dialogs, store, AppSettings.defaults());

        vm.update(vm.settings().withHosts(List.of(HostEntry.of("first"))));
        vm.update(vm.settings().withHosts(List.of(HostEntry.of("first"), HostEntry.of("second"))));
        assertThat(tasks.held).hasSize(2);
        // the newer save finishes first, the older one last
        tasks.held.get(1).run();
        tasks.held.get(0).run();

        assertThat(dialogs.shown).isEmpty();
        assertThat(store.load().settings().hosts()).extracting(HostEntry::name).containsExactly("first", "second");
    }
}
