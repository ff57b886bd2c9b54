package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.editor.CodeEditor;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Project tab driven through its real controls and dialogs (headless Monocle), against a temporary copy of the
 * sample project: create-bind-undo through the dialogs, unsaved changes protected, a change on disk offered for
 * reload, diagnostics shown at their line.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectViewTest {
    private static final String CF = "Containerfile";
    private static final String IMAGE = "quadlet/vector.image";

    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ProjectViewModel vm;
    private ProjectView view;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg/settings.ini"), Clock.systemUTC());
        MainViewModel main = new MainViewModel(new SameThreadTaskRunner(), dialogs, store, AppSettings.defaults());
        vm = new ProjectViewModel(main, new FxProjectPrompts(() -> stage), new SampleProject(tmp.resolve("samples")));
        view = new ProjectView(vm);
        Scene scene = new Scene(view, 1100, 760);
        new ThemeManager().apply();
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        project = tmp.resolve("proj");
        Files.createDirectories(project);
        SampleProject.copyTo(project);
        vm.open(project);
    }

    private Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(project.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private CodeEditor editorOf(FxRobot robot, String path) {
        return robot.lookup("#" + NodeIds.of("editor", path)).queryAs(CodeEditor.class);
    }

    private Tab tabOf(String path) {
        return view.tabs().getTabs().stream().filter(t -> NodeIds.of("tab", path).equals(t.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void createBoundImageThroughTheDialogShowsTheDiffAppliesAndUndoes(FxRobot robot) throws Exception {
        Map<String, byte[]> before = snapshot();
        String cfBefore = new String(before.get(CF), StandardCharsets.UTF_8);

        robot.clickOn("#new-bound-image-button");
        robot.clickOn("#new-kind-image");
        robot.clickOn("#new-name").write("web");
        robot.clickOn("#new-image").write("quay.io/acme/web:1.4");
        assertThat(robot.lookup("#new-file-name").queryAs(Label.class).getText())
                .isEqualTo("Creates web.image");
        robot.clickOn("#new-create");

        // the preview lists every file the core will touch, with its diff
        CodeEditor cfDiff = robot.lookup("#" + NodeIds.of("plan-diff", CF)).queryAs(CodeEditor.class);
        assertThat(cfDiff.getText()).contains("--- a/Containerfile", "+++ b/Containerfile",
                "+COPY quadlet/web.image /usr/share/containers/systemd/web.image",
                "+    ln -s /usr/share/containers/systemd/web.image /usr/lib/bootc/bound-images.d/web.image");
        CodeEditor fileDiff = robot.lookup("#" + NodeIds.of("plan-diff", "quadlet/web.image"))
                .queryAs(CodeEditor.class);
        assertThat(fileDiff.getText()).contains("--- /dev/null", "+++ b/quadlet/web.image", "+[Image]",
                "+Image=quay.io/acme/web:1.4");
        assertThat(Files.exists(project.resolve("quadlet/web.image"))).as("nothing written before Apply").isFalse();
        robot.clickOn("#plan-apply");
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, byte[]> after = snapshot();
        assertThat(after.get("quadlet/web.image"))
                .isEqualTo("[Image]\nImage=quay.io/acme/web:1.4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(after.get(CF), StandardCharsets.UTF_8)).isEqualTo(cfBefore
                .replace("debug-shell.container\n", "debug-shell.container\n"
                        + "COPY quadlet/web.image /usr/share/containers/systemd/web.image\n")
                .replace("bound-images.d/vector.image\n", "bound-images.d/vector.image && \\\n"
                        + "    ln -s /usr/share/containers/systemd/web.image"
                        + " /usr/lib/bootc/bound-images.d/web.image\n"));
        for (String untouched : before.keySet()) {
            if (!untouched.equals(CF)) {
                assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched));
            }
        }
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("quadlet/web.image");
        assertThat(editorOf(robot, "quadlet/web.image").getText()).isEqualTo("[Image]\nImage=quay.io/acme/web:1.4\n");

        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, byte[]> restored = snapshot();
        assertThat(restored.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(restored.get(path)).as(path).isEqualTo(bytes));
        assertThat(robot.lookup("#undo-button").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void ctrlZOutsideTheTextUndoesTheLastAction(FxRobot robot) throws Exception {
        byte[] cf = Files.readAllBytes(project.resolve(CF));
        robot.interact(() -> vm.openFile("quadlet/node-exporter.container"));
        robot.clickOn("#unbind-button");
        robot.clickOn("#plan-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(project.resolve(CF))).doesNotContain("bound-images.d/node-exporter.container");

        robot.clickOn("#project-tree");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(project.resolve(CF))).isEqualTo(cf);
    }

    @Test
    void unsavedChangesAreMarkedProtectedAndSavedWithCtrlS(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openFile(IMAGE));
        CodeEditor editor = editorOf(robot, IMAGE);
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo(editor.getText().length()));
        robot.write("# mine\n");
        OpenFileViewModel file = vm.findOpen(IMAGE).orElseThrow();
        assertThat(file.isDirty()).isTrue();
        assertThat(tabOf(IMAGE).getText()).isEqualTo("\u25CF vector.image");
        assertThat(robot.lookup("#save-file").queryAs(Button.class).isDisabled()).isFalse();

        // switching project asks; saying no keeps everything
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        SampleProject.copyTo(other);
        dialogs.answers.add(false);
        robot.interact(() -> vm.open(other));
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Unsaved changes: " + IMAGE);
        assertThat(vm.project().orElseThrow().directory()).isEqualTo(project.toAbsolutePath().normalize());
        assertThat(editor.getText()).endsWith("# mine\n");

        // closing the tab asks too
        dialogs.answers.add(false);
        robot.interact(() -> view.tabs().getTabs().get(view.tabs().getTabs().indexOf(tabOf(IMAGE)))
                .getOnCloseRequest().handle(new javafx.event.Event(Tab.TAB_CLOSE_REQUEST_EVENT)));
        assertThat(dialogs.shown).hasSize(2).last().asString().startsWith("confirm: Unsaved changes: " + IMAGE
                + " has unsaved changes. Close it");
        assertThat(vm.findOpen(IMAGE)).isPresent();

        robot.clickOn(editor.area());
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(project.resolve(IMAGE))).isEqualTo("# The log forwarder's image, bound so it is"
                + " present before the network is.\n[Image]\nImage=docker.io/timberio/vector:latest\n# mine\n");
        assertThat(file.isDirty()).isFalse();
        assertThat(tabOf(IMAGE).getText()).isEqualTo("vector.image");
    }

    @Test
    void formAndTextEditTheSameDocument(FxRobot robot) {
        robot.interact(() -> vm.openFile("quadlet/node-exporter.container"));
        CodeEditor editor = editorOf(robot, "quadlet/node-exporter.container");
        TextField name = robot.lookup("#form-ContainerName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("node-exporter");
        robot.doubleClickOn(name).write("exporter");
        assertThat(editor.getText()).contains("\nContainerName=exporter\n")
                .doesNotContain("ContainerName=node-exporter");
        // .container offers all five keys; the text change shows in the form
        assertThat(robot.lookup("#form-Pull").tryQuery()).isPresent();
        robot.interact(() -> editor.area().replaceText(editor.getText().replace("Image=quay.io/prometheus/node-exporter"
                + ":v1.9.1", "Image=quay.io/prometheus/node-exporter:v1.9.2")));
        assertThat(robot.lookup("#form-Image").queryAs(TextField.class).getText())
                .isEqualTo("quay.io/prometheus/node-exporter:v1.9.2");

        robot.interact(() -> vm.openFile(IMAGE));
        // a .image has no ContainerName, Pull or AutoUpdate in podman: the form does not offer them
        Node imageForm = robot.lookup("#" + NodeIds.of("editor", IMAGE)).query().getParent();
        assertThat(robot.from(imageForm.getParent()).lookup("#form-Pull").tryQuery()).isEmpty();
        assertThat(robot.from(imageForm.getParent()).lookup("#form-Image").tryQuery()).isPresent();
    }

    @Test
    void aFileChangedOnDiskIsOfferedForReload(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openFile(IMAGE));
        Node bar = robot.lookup("#disk-bar").query();
        assertThat(bar.isVisible()).isFalse();

        Files.writeString(project.resolve(IMAGE), "[Image]\nImage=quay.io/acme/vector:0.40\n");
        robot.interact(vm::refresh);
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup("#disk-message").queryAs(Label.class).getText())
                .isEqualTo(IMAGE + " was changed on disk by another program.");
        assertThat(editorOf(robot, IMAGE).getText()).contains("vector:latest");

        robot.clickOn("#reload-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorOf(robot, IMAGE).getText()).isEqualTo("[Image]\nImage=quay.io/acme/vector:0.40\n");
        assertThat(bar.isVisible()).isFalse();
        assertThat(vm.findOpen(IMAGE).orElseThrow().isDirty()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void diagnosticsAreUnderlinedAtTheirLineAndTheListJumpsThere(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Finding> table = robot.lookup("#findings-table").queryAs(TableView.class);
        Finding floating = table.getItems().stream().filter(f -> f.rule().equals("image/floating-tag")).findFirst()
                .orElseThrow();
        assertThat(floating.file()).isEqualTo(IMAGE);
        assertThat(floating.line()).isEqualTo(3);

        robot.clickOn(floating.file() + ":3");
        WaitForAsyncUtils.waitForFxEvents();
        CodeEditor editor = editorOf(robot, IMAGE);
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo(IMAGE);
        assertThat(editor.area().getCurrentParagraph()).isEqualTo(2);
        assertThat(editor.findingsAt(3)).containsExactly(floating);
        assertThat(editor.findingsAt(2)).isEmpty();
        assertThat(editor.area().getStyleOfChar(2, 10)).contains("diag-warning");
        assertThat(editor.area().getStyleOfChar(1, 2)).doesNotContain("diag-warning");

        // hovering the underlined text shows the finding's message
        javafx.geometry.Bounds chars = WaitForAsyncUtils.asyncFx(() -> editor.area().getCharacterBoundsOnScreen(
                editor.area().getAbsolutePosition(2, 8), editor.area().getAbsolutePosition(2, 12)).orElseThrow())
                .get();
        robot.moveTo(new javafx.geometry.Point2D(chars.getCenterX(), chars.getCenterY()));
        // (staying still: RichTextFX reports hover after a pause and ends it on the next move)
        robot.sleep(900);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".diagnostic-popup").queryAs(Label.class).getText())
                .isEqualTo("warning image/floating-tag: " + floating.message());

        // fixing the text in the editor clears the underline once the project is linted again
        robot.interact(() -> editor.area().replaceText(editor.getText().replace(":latest", ":0.40.0")));
        robot.interact(vm::reanalyze);
        assertThat(editor.findingsAt(3)).isEmpty();
        assertThat(editor.area().getStyleOfChar(2, 10)).doesNotContain("diag-warning");
    }
}
