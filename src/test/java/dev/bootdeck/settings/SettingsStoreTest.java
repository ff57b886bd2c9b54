package dev.bootdeck.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("bootdeck").resolve("settings.ini"),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void missingFileGivesDefaultsWithoutProblem() {
        SettingsStore.LoadResult r = store().load();
        assertThat(r.settings()).isEqualTo(AppSettings.defaults());
        assertThat(r.problem()).isEmpty();
    }

    @Test
    void roundTripKeepsHostileValuesExactly() throws Exception {
        AppSettings s = AppSettings.defaults()
                .withTheme("dark")
                .withRefreshInterval(60)
                .withHosts(List.of(
                        new HostEntry("web ; # = [x]", "admin@web1.example.com:2222", SudoMode.ASK_PASSWORD),
                        new HostEntry("C:\\odd\\name", "edge-01", SudoMode.AUTO),
                        new HostEntry("ünïcødé", "[fe80::1]:22", SudoMode.AUTO)))
                .withRecentProject("/tmp/a b/proj;1")
                .withRecentProject("/srv/images/base");
        store().save(s);
        SettingsStore.LoadResult r = store().load();
        assertThat(r.problem()).isEmpty();
        assertThat(r.settings()).isEqualTo(s);
        assertThat(r.settings().recentProjects()).containsExactly("/srv/images/base", "/tmp/a b/proj;1");
    }

    @Test
    void corruptFileIsSetAsideAndReported() throws Exception {
        Path f = store().file();
        Files.createDirectories(f.getParent());
        Files.writeString(f, "[app\ntheme = dark\n", StandardCharsets.UTF_8);
        SettingsStore.LoadResult r = store().load();
        assertThat(r.settings()).isEqualTo(AppSettings.defaults());
        assertThat(r.problem()).hasValueSatisfying(m -> assertThat(m)
                .contains(f.toString()).contains("settings.ini.broken-20261125-100000"));
        assertThat(f).doesNotExist();
        assertThat(f.resolveSibling("settings.ini.broken-20261125-100000")).hasContent("[app\ntheme = dark");
    }

    @Test
    void badNumberIsReportedNotCrashing() throws Exception {
        Path f = store().file();
        Files.createDirectories(f.getParent());
        Files.writeString(f, "[app]\nrefresh-interval = soon\n", StandardCharsets.UTF_8);
        SettingsStore.LoadResult r = store().load();
        assertThat(r.problem()).hasValueSatisfying(m -> assertThat(m).contains("refresh-interval"));
    }

    @Test
    void xdgConfigHomeIsHonouredAndRelativeValueIgnored() {
        assertThat(SettingsStore.configDir(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/u"))
                .isEqualTo(Path.of("/x/cfg/bootdeck"));
        assertThat(SettingsStore.configDir(Map.of("XDG_CONFIG_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/bootdeck"));
        assertThat(SettingsStore.configDir(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.config/bootdeck"));
    }

    @Test
    void recentProjectsAreBoundedAndDeduplicated() {
        AppSettings s = AppSettings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withRecentProject("/p" + i);
        }
        s = s.withRecentProject("/p10");
        assertThat(s.recentProjects()).hasSize(AppSettings.MAX_RECENT_PROJECTS).startsWith("/p10", "/p14", "/p13");
    }
}
