package dev.bootdeck.ui.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.settings.SudoMode;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's view model with a same-thread runner: no toolkit, deterministic results. */
class HostsViewModelTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private final List<String> inspected = new ArrayList<>();

    private MainViewModel main(AppSettings s) {
        return new MainViewModel(new SameThreadTaskRunner(), new RecordingDialogs(),
                new SettingsStore(dir.resolve("settings.ini"), clock), s);
    }

    private HostsViewModel hosts(MainViewModel main, boolean demo) {
        return new HostsViewModel(main, (h, c) -> {
            inspected.add(h.target());
            return HostReport.failed(h.target(), HostState.UNREACHABLE, "no route to " + h.target(), clock.instant());
        }, (h, c) -> DemoHost.report(clock.instant()), clock, demo);
    }

    @Test
    void demoHostOnlyWhenNothingIsConfiguredOrAsked() {
        MainViewModel main = main(AppSettings.defaults());
        HostsViewModel vm = hosts(main, false);
        assertThat(vm.items()).singleElement().satisfies(i -> assertThat(i.demo()).isTrue());
        assertThat(vm.selectedProperty().get().demo()).isTrue();

        assertThat(vm.add(new HostEntry("web1", "admin@web1:2222", SudoMode.ASK_PASSWORD))).isTrue();
        assertThat(vm.items()).extracting(HostItemViewModel::name).containsExactly("web1");
        assertThat(inspected).containsExactly("admin@web1:2222");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("web1");
        assertThat(new SettingsStore(dir.resolve("settings.ini"), clock).load().settings().hosts())
                .containsExactly(new HostEntry("web1", "admin@web1:2222", SudoMode.ASK_PASSWORD));

        HostsViewModel withDemo = hosts(main, true);
        assertThat(withDemo.items()).extracting(HostItemViewModel::name)
                .containsExactly(HostsViewModel.DEMO_ENTRY.name(), "web1");
    }

    @Test
    void refreshSetsReportAndBadge() {
        MainViewModel main = main(AppSettings.defaults());
        HostsViewModel vm = hosts(main, false);
        HostItemViewModel demo = vm.items().get(0);
        assertThat(demo.badgeProperty().get()).isEqualTo(HostBadge.NOT_REFRESHED);
        vm.refresh(demo);
        assertThat(demo.report().deployments()).hasSize(3);
        assertThat(demo.badgeProperty().get()).isEqualTo(HostBadge.MISSING_BOUND_IMAGES);
        assertThat(demo.connectingProperty().get()).isFalse();
        assertThat(main.statusProperty().get()).isEqualTo("Refreshed " + demo.name());
    }

    @Test
    void failedInspectionIsAStateNotAnException() {
        MainViewModel main = main(AppSettings.defaults().withHosts(List.of(HostEntry.of("dead"))));
        HostsViewModel vm = hosts(main, false);
        HostItemViewModel dead = vm.items().get(0);
        vm.refresh(dead);
        assertThat(dead.badgeProperty().get()).isEqualTo(HostBadge.UNREACHABLE);
        assertThat(main.statusProperty().get()).isEqualTo("dead: no route to dead");

        HostsViewModel throwing = new HostsViewModel(main, (h, c) -> {
            throw new IllegalStateException("parser exploded");
        }, (h, c) -> null, clock, false);
        HostItemViewModel item = throwing.items().get(0);
        throwing.refresh(item);
        assertThat(item.report().state()).isEqualTo(HostState.BAD_OUTPUT);
        assertThat(item.report().error()).isEqualTo("Refreshing dead failed: parser exploded");
        assertThat(item.badgeProperty().get()).isEqualTo(HostBadge.ERROR);
    }

    @Test
    void removeReplaceAndImportKeepSettingsInStep() {
        MainViewModel main = main(AppSettings.defaults().withHosts(List.of(HostEntry.of("a"), HostEntry.of("b"))));
        HostsViewModel vm = hosts(main, false);
        vm.replace(HostEntry.of("a"), new HostEntry("alpha", "root@a", SudoMode.AUTO));
        vm.remove(HostEntry.of("b"));
        assertThat(vm.importHosts(List.of("alpha", "root@a", "c", "d"))).isEqualTo(2);
        assertThat(main.settings().hosts()).extracting(HostEntry::name).containsExactly("alpha", "c", "d");
        assertThat(vm.items()).extracting(HostItemViewModel::name).containsExactly("alpha", "c", "d");
        assertThat(vm.add(HostEntry.of("c"))).isFalse();
    }

    @Test
    void hostFormValidates() {
        HostFormViewModel f = new HostFormViewModel(Optional.empty(), List.of(HostEntry.of("web1")));
        assertThat(f.isValid()).isFalse();
        f.targetProperty().set("web1");
        assertThat(f.problemProperty().get()).isEqualTo("A host named web1 exists already");
        f.nameProperty().set("web one");
        assertThat(f.isValid()).isTrue();
        f.targetProperty().set("root@web1:99999");
        assertThat(f.problemProperty().get()).startsWith("Port must be a number from 1 to 65535");
        f.targetProperty().set("-oProxyCommand=x");
        assertThat(f.problemProperty().get()).isEqualTo("The SSH target cannot start with '-'");
        f.targetProperty().set("root@[fe80::1]:22");
        assertThat(f.isValid()).isTrue();
        assertThat(f.toEntry()).isEqualTo(new HostEntry("web one", "root@[fe80::1]:22", SudoMode.AUTO));
    }

    @Test
    void hostFormRefusesWhatTheInspectorWouldRefuse() {
        HostFormViewModel f = new HostFormViewModel(Optional.empty(), List.of());
        for (String bad : List.of("@web1", "admin@-web1", "[fe80::1", "root@[fe80::1]x")) {
            f.targetProperty().set(bad);
            assertThat(f.isValid()).as(bad).isFalse();
            assertThat(f.problemProperty().get()).as(bad).contains(bad);
        }
    }
}
