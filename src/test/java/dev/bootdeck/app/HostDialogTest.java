package dev.bootdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.settings.SudoMode;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.hosts.HostItemViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The add-host dialog through the real window: validation, sudo mode, the new host saved and refreshed. */
@ExtendWith(ApplicationExtension.class)
class HostDialogTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private SettingsStore store;

    @Start
    void start(Stage stage) {
        store = new SettingsStore(dir.resolve("s" + System.nanoTime()).resolve("settings.ini"), Clock.systemUTC());
        AppContext ctx = new AppContext(store, AppSettings.defaults(), Optional.empty(), new SameThreadTaskRunner(),
                new RecordingDialogs(), GuiOptions.parse(List.of()).orElseThrow(), Clock.systemUTC(),
                (h, c) -> HostReport.failed(h.target(), HostState.AUTH_FAILED, "Authentication to " + h.target()
                        + " failed", Instant.now()),
                (h, c) -> DemoHost.report(Instant.now()), List::of);
        window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
    }

    @Test
    void addHostThroughTheDialog(FxRobot robot) {
        robot.clickOn("#add-host");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node ok = pane.lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#host-problem").queryAs(Label.class).getText()).contains("ssh_config alias");

        robot.clickOn("#host-target").write("admin@web1.example.com:99999");
        assertThat(robot.lookup("#host-problem").queryAs(Label.class).getText()).startsWith("Port must be");
        assertThat(ok.isDisabled()).isTrue();
        robot.eraseText(5).write("2222");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#host-name").write("web1");
        @SuppressWarnings("unchecked")
        ChoiceBox<SudoMode> sudo = robot.lookup("#host-sudo").queryAs(ChoiceBox.class);
        robot.interact(() -> sudo.setValue(SudoMode.ASK_PASSWORD));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        HostEntry expected = new HostEntry("web1", "admin@web1.example.com:2222", SudoMode.ASK_PASSWORD);
        assertThat(store.load().settings().hosts()).containsExactly(expected);
        assertThat(window.hosts().items()).extracting(HostItemViewModel::entry).containsExactly(expected);
        HostItemViewModel item = window.hosts().items().get(0);
        assertThat(item.report().state()).isEqualTo(HostState.AUTH_FAILED);
        assertThat(robot.lookup(".banner-danger .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("Authentication failed"));
    }
}
