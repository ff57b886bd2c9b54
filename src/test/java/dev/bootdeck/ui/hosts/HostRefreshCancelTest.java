package dev.bootdeck.ui.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.ActivityEntry;
import dev.bootdeck.ui.tasks.ActivityLog;
import dev.bootdeck.ui.tasks.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A refresh cancelled from the Activity tab (not through the sidebar) must not leave its host "connecting": that
 * state hides it from Refresh all and from automatic refresh. Runs the real FX task runner on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class HostRefreshCancelTest {
    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner(2, new ActivityLog(Clock.systemUTC()));

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void cancellingTheRefreshInTheActivityTabEndsConnecting() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        // like HostInspector: a cancelled inspection returns a CANCELLED report instead of throwing
        HostInspection blocking = (host, cancel) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            cancel.onCancel(stopped::countDown);
            started.countDown();
            stopped.await(20, TimeUnit.SECONDS);
            return HostReport.failed(host.name(), HostState.CANCELLED, "cancelled", Clock.systemUTC().instant());
        };
        AtomicReference<HostsViewModel> vm = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            AppSettings settings = AppSettings.defaults().withHosts(List.of(HostEntry.of("web1")));
            MainViewModel main = new MainViewModel(tasks, new RecordingDialogs(),
                    new SettingsStore(dir.resolve("settings.ini"), Clock.systemUTC()), settings);
            vm.set(new HostsViewModel(main, blocking, (h, c) -> DemoHost.report(Clock.systemUTC().instant()),
                    Clock.systemUTC(), false));
            vm.get().refresh(vm.get().items().get(0));
        }).get(10, TimeUnit.SECONDS);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        HostItemViewModel item = vm.get().items().get(0);

        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(item.connectingProperty().get()).isTrue();
            ActivityEntry refresh = tasks.activity().entries().stream()
                    .filter(e -> e.title().equals("Refresh web1")).findFirst().orElseThrow();
            refresh.cancel();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(item.connectingProperty().get()).isFalse();
            assertThat(item.badgeProperty().get()).isEqualTo(HostBadge.NOT_REFRESHED);
        }).get(10, TimeUnit.SECONDS);
    }
}
