package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.NewBoundImage;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit actions through the view model: plan, preview, apply, undo, and the refusals that protect the user. */
class ProjectActionsViewModelTest {
    private static final String CF = "Containerfile";
    private static final String EXPORTER = "quadlet/node-exporter.container";

    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private MainViewModel main;
    private ProjectViewModel vm;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("cfg/settings.ini"), Clock.systemUTC());
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, store, AppSettings.defaults());
        vm = new ProjectViewModel(main, prompts, new SampleProject(tmp.resolve("samples")));
        project = tmp.resolve("proj");
        Files.createDirectories(project);
        SampleProject.copyTo(project);
        vm.open(project);
    }

    /** Every file of the project with its bytes. */
    private Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(project.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void createBoundImageShowsThePlanAppliesAndUndoes() throws Exception {
        Map<String, byte[]> before = snapshot();
        prompts.answers.add(NewBoundImage.of(NewBoundImage.Kind.IMAGE, "web", "quay.io/acme/web:1.4"));
        prompts.answers.add(true);
        vm.createBoundImage();

        assertThat(prompts.asked).containsExactly("new bound image", "preview Create bound image web.image");
        EditPlan plan = prompts.previewed.get(0);
        assertThat(plan.paths()).containsExactlyInAnyOrder("quadlet/web.image", CF);
        Map<String, byte[]> after = snapshot();
        assertThat(text(after, "quadlet/web.image")).isEqualTo("[Image]\nImage=quay.io/acme/web:1.4\n");
        assertThat(text(after, CF)).isEqualTo(text(before, CF)
                .replace("COPY quadlet/debug-shell.container /usr/share/containers/systemd/debug-shell.container\n",
                        "COPY quadlet/debug-shell.container /usr/share/containers/systemd/debug-shell.container\n"
                                + "COPY quadlet/web.image /usr/share/containers/systemd/web.image\n")
                .replace("/usr/lib/bootc/bound-images.d/vector.image\n", "/usr/lib/bootc/bound-images.d/vector.image"
                        + " && \\\n    ln -s /usr/share/containers/systemd/web.image"
                        + " /usr/lib/bootc/bound-images.d/web.image\n"));
        // the new file opens, the outline shows it bound, and the undo button knows what it undoes
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("quadlet/web.image");
        assertThat(vm.outlineProperty().get().quadletFiles()).filteredOn(e -> e.name().equals("web.image"))
                .singleElement().satisfies(e -> assertThat(e.bound()).isTrue());
        assertThat(vm.undoTitleProperty().get()).isEqualTo("Undo: Create bound image web.image");

        vm.undo();
        Map<String, byte[]> restored = snapshot();
        assertThat(restored.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(restored.get(path)).as(path).isEqualTo(bytes));
        assertThat(vm.findOpen("quadlet/web.image")).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void cancelledPreviewWritesNothing() throws Exception {
        Map<String, byte[]> before = snapshot();
        vm.openFile(EXPORTER);
        vm.unbindSelected();
        assertThat(prompts.asked).containsExactly("preview Unbind node-exporter.container");
        Map<String, byte[]> now = snapshot();
        before.forEach((path, bytes) -> assertThat(now.get(path)).as(path).isEqualTo(bytes));
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(main.statusProperty().get()).isEqualTo("Cancelled: Unbind node-exporter.container");
    }

    @Test
    void unbindThenBindFromTheSelectedTab() throws Exception {
        vm.openFile(EXPORTER);
        assertThat(vm.canUnbindProperty().get()).isTrue();
        assertThat(vm.canBindProperty().get()).isFalse();
        prompts.answers.add(true);
        vm.unbindSelected();
        assertThat(Files.readString(project.resolve(CF))).doesNotContain("bound-images.d/node-exporter.container");
        assertThat(vm.canBindProperty().get()).isTrue();

        prompts.answers.add(true);
        vm.bindSelected();
        assertThat(Files.readString(project.resolve(CF))).contains("bound-images.d/node-exporter.container");
        assertThat(vm.undoTitleProperty().get()).isEqualTo("Undo: Bind node-exporter.container");
    }

    @Test
    void renameMovesTheOpenTabAndUndoBringsItBack() throws Exception {
        vm.openFile("quadlet/vector.image");
        dialogs.answers.add("logs.image");
        prompts.answers.add(true);
        vm.renameSelected();
        assertThat(project.resolve("quadlet/logs.image")).exists();
        assertThat(project.resolve("quadlet/vector.image")).doesNotExist();
        // vector.container used Image=vector.image: the core renames that reference too
        assertThat(Files.readString(project.resolve("quadlet/vector.container"))).contains("Image=logs.image");
        assertThat(vm.findOpen("quadlet/vector.image")).isEmpty();
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("quadlet/logs.image");

        vm.undo();
        assertThat(project.resolve("quadlet/vector.image")).exists();
        assertThat(project.resolve("quadlet/logs.image")).doesNotExist();
        assertThat(vm.findOpen("quadlet/logs.image")).isEmpty();
    }

    @Test
    void anEditThatWouldOverwriteUnsavedChangesIsRefused() throws Exception {
        vm.openFile(CF);
        OpenFileViewModel cf = vm.findOpen(CF).orElseThrow();
        cf.editorTextChanged(cf.editorText() + "# my unsaved note\n");
        vm.openFile(EXPORTER);
        vm.unbindSelected();
        assertThat(prompts.asked).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().isEqualTo("warning: Not unbound: 'Unbind"
                + " node-exporter.container' would write Containerfile, which has unsaved changes in the editor."
                + " Save or discard them, then try again.");
        assertThat(cf.text()).endsWith("# my unsaved note\n");
    }

    @Test
    void theCoresRefusalIsShownWithItsReason() {
        prompts.answers.add(NewBoundImage.of(NewBoundImage.Kind.CONTAINER, "bad name", "quay.io/a/b:1"));
        vm.createBoundImage();
        assertThat(dialogs.shown).singleElement().asString()
                .isEqualTo("error: Bound image not created: 'bad name' is not a usable file name (letters, digits,"
                        + " . _ - @)");
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void undoRefusesWhenTheFileChangedOnDiskSince() throws Exception {
        prompts.answers.add(NewBoundImage.of(NewBoundImage.Kind.IMAGE, "web", "quay.io/acme/web:1.4"));
        prompts.answers.add(true);
        vm.createBoundImage();
        Files.writeString(project.resolve("quadlet/web.image"), "[Image]\nImage=quay.io/acme/web:2\n");
        vm.findOpen("quadlet/web.image").ifPresent(vm::closeFile);
        vm.undo();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: Not undone: Cannot undo 'Create bound"
                + " image web.image': quadlet/web.image changed on disk after the edit; nothing was written");
        assertThat(project.resolve("quadlet/web.image")).exists();
    }
}
