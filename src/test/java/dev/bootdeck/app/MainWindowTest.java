package dev.bootdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell's wiring, driven through the real window (headless Monocle): theme toggle, tabs, shortcuts. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private SettingsStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        store = new SettingsStore(dir.resolve("cfg-" + System.nanoTime()).resolve("settings.ini"), Clock.systemUTC());
        AppContext ctx = new AppContext(store, AppSettings.defaults(), Optional.empty(), new SameThreadTaskRunner(),
                dialogs, GuiOptions.parse(java.util.List.of()).orElseThrow(), Clock.systemUTC(),
                (h, c) -> { throw new AssertionError("no real host in this test"); },
                (h, c) -> dev.bootdeck.remote.DemoHost.report(java.time.Instant.now()), java.util.List::of);
        window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
    }

    @Test
    void themeToggleSwitchesStylesheetAndIsRemembered(FxRobot robot) throws Exception {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(Files.readString(store.file())).contains("theme = dark");
        assertThat(store.load().settings().darkTheme()).isTrue();

        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().darkProperty().get()).isFalse();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(store.load().settings().darkTheme()).isFalse();
    }

    @Test
    void tabSwitchShowsTheTabAndRoutesRefresh(FxRobot robot) {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.clickOn("Activity");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().activeTabProperty().get()).isEqualTo(MainViewModel.Tab.ACTIVITY);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-activity");
        Node activity = robot.lookup("#activity-view").query();
        assertThat(activity.isVisible()).isTrue();

        int[] refreshed = new int[1];
        window.viewModel().onRefresh(MainViewModel.Tab.PROJECT, () -> refreshed[0]++);
        robot.clickOn("Project");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refreshed[0]).isEqualTo(1);

        robot.clickOn("Activity");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("Nothing to refresh here");
        assertThat(refreshed[0]).isEqualTo(1);
    }
}
