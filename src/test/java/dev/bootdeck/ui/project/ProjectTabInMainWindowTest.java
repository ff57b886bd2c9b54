package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.app.AppContext;
import dev.bootdeck.app.GuiOptions;
import dev.bootdeck.app.MainWindow;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Project tab inside the real main window: --project/--open, F5 routed to it, and closing with unsaved work. */
@ExtendWith(ApplicationExtension.class)
class ProjectTabInMainWindowTest {
    @TempDir
    static Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;
    private Stage stage;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = Files.createTempDirectory(tmp, "proj");
        SampleProject.copyTo(project);
        SettingsStore store = new SettingsStore(tmp.resolve("cfg-" + System.nanoTime()).resolve("settings.ini"),
                Clock.systemUTC());
        GuiOptions options = GuiOptions.parse(List.of("--project", project.toString(), "--open",
                "quadlet/vector.image", "--tab", "project")).orElseThrow();
        AppContext ctx = new AppContext(store, AppSettings.defaults(), Optional.empty(), new SameThreadTaskRunner(),
                dialogs, options, Clock.systemUTC(),
                (h, c) -> {
                    throw new AssertionError("no host in this test");
                }, (h, c) -> dev.bootdeck.remote.DemoHost.report(java.time.Instant.now()), List::of);
        window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
    }

    @Test
    void commandLineProjectOpensAtTheRequestedFile(FxRobot robot) {
        ProjectViewModel vm = window.projectViewModel();
        assertThat(window.viewModel().activeTabProperty().get()).isEqualTo(MainViewModel.Tab.PROJECT);
        assertThat(vm.project().orElseThrow().directory()).isEqualTo(project.toAbsolutePath().normalize());
        assertThat(vm.sampleOpenProperty().get()).isFalse();
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("quadlet/vector.image");
        // opened to show its diagnostics: the caret is at the finding's line
        assertThat(vm.selectedFileProperty().get().lineRequestProperty().get().line()).isEqualTo(3);
        assertThat(window.viewModel().settings().recentProjects())
                .containsExactly(project.toAbsolutePath().normalize().toString());
    }

    @Test
    void refreshShortcutLooksForChangesOnDisk(FxRobot robot) throws Exception {
        OpenFileViewModel file = window.projectViewModel().selectedFileProperty().get();
        Files.writeString(project.resolve("quadlet/vector.image"), "[Image]\nImage=quay.io/x/y:1\n");
        robot.clickOn("#project-tree");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.diskState()).isEqualTo(DiskState.CHANGED);
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) {
        OpenFileViewModel file = window.projectViewModel().selectedFileProperty().get();
        robot.interact(() -> file.editorTextChanged(file.editorText() + "# unsaved\n"));
        dialogs.answers.add(false);
        WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.fireEvent(close));
        assertThat(dialogs.shown).singleElement().asString().isEqualTo("confirm: Unsaved changes: quadlet/vector.image"
                + " has unsaved changes. Discard them and quit bootdeck?");
        assertThat(stage.isShowing()).isTrue();
        assertThat(file.text()).endsWith("# unsaved\n");
    }
}
