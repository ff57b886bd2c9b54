package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Project tab's view model with a same-thread runner: opening, recent projects, files, saving, disk changes. */
class ProjectViewModelTest {
    @TempDir
    Path tmp;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private SettingsStore store;
    private MainViewModel main;
    private ProjectViewModel vm;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        store = new SettingsStore(tmp.resolve("cfg/settings.ini"), Clock.systemUTC());
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, store, AppSettings.defaults());
        vm = new ProjectViewModel(main, prompts, new SampleProject(tmp.resolve("samples")));
        project = tmp.resolve("proj");
        Files.createDirectories(project);
        SampleProject.copyTo(project);
    }

    private OpenFileViewModel open(String path) {
        vm.openFile(path);
        return vm.findOpen(path).orElseThrow();
    }

    @Test
    void firstRunOpensACopyOfTheSampleLabelledAsSuch() throws Exception {
        vm.start(Optional.empty());
        assertThat(vm.sampleOpenProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Sample project");
        Path copy = vm.project().orElseThrow().directory();
        assertThat(copy).startsWith(tmp.resolve("samples"));
        assertThat(copy.resolve("quadlet/vector.image"))
                .hasSameBinaryContentAs(project.resolve("quadlet/vector.image"));
        assertThat(vm.selectedFileProperty().get().path()).isEqualTo("Containerfile");
        // a throw-away copy is not remembered
        assertThat(main.settings().recentProjects()).isEmpty();
    }

    @Test
    void openingAFolderShowsItsQuadletFilesAndRemembersIt() throws Exception {
        vm.open(project);
        assertThat(vm.sampleOpenProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("proj");
        ProjectOutline outline = vm.outlineProperty().get();
        assertThat(outline.containerfile().binding()).isEqualTo("binds 2 images");
        ProjectOutline.Entry exporter = outline.quadletFiles().stream()
                .filter(e -> e.name().equals("node-exporter.container")).findFirst().orElseThrow();
        assertThat(exporter.bound()).isTrue();
        assertThat(exporter.describe()).isEqualTo("quadlet/node-exporter.container\n"
                + "quadlet/ \u2192 /usr/share/containers/systemd/\nbound by Containerfile line 14");
        ProjectOutline.Entry shell = outline.quadletFiles().stream()
                .filter(e -> e.name().equals("debug-shell.container")).findFirst().orElseThrow();
        assertThat(shell.bound()).isFalse();
        assertThat(shell.binding()).isEqualTo("not bound");

        String dir = project.toAbsolutePath().normalize().toString();
        assertThat(vm.recentProjects()).containsExactly(dir);
        assertThat(store.load().settings().recentProjects()).containsExactly(dir);
    }

    @Test
    void startReopensTheMostRecentProject() {
        main.update(main.settings().withRecentProject(project.toString()));
        vm.start(Optional.empty());
        assertThat(vm.sampleOpenProperty().get()).isFalse();
        assertThat(vm.project().orElseThrow().directory()).isEqualTo(project.toAbsolutePath().normalize());
    }

    @Test
    void aRecentFolderThatIsGoneIsReportedAndForgotten() {
        String gone = tmp.resolve("gone").toString();
        main.update(main.settings().withRecentProject(gone));
        vm.openRecent(gone);
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: Project not opened: No such directory")
                .endsWith("It is removed from the recent projects.");
        assertThat(vm.recentProjects()).isEmpty();
    }

    @Test
    void findingsReachTheFileAndTheOutline() {
        vm.open(project);
        Finding floating = vm.findings().stream().filter(f -> f.rule().equals("image/floating-tag")).findFirst()
                .orElseThrow();
        assertThat(floating.file()).isEqualTo("quadlet/vector.image");
        assertThat(floating.line()).isEqualTo(3);
        OpenFileViewModel image = open("quadlet/vector.image");
        assertThat(image.findings()).containsExactly(floating);
        assertThat(vm.outlineProperty().get().quadletFiles().stream()
                .filter(e -> e.name().equals("vector.image")).findFirst().orElseThrow().worst())
                .contains(Severity.WARNING);

        vm.showFinding(floating);
        assertThat(vm.selectedFileProperty().get()).isSameAs(image);
        assertThat(image.lineRequestProperty().get().line()).isEqualTo(3);
    }

    @Test
    void unsavedTextIsLintedAndSavingWritesExactlyIt() throws Exception {
        vm.open(project);
        OpenFileViewModel image = open("quadlet/vector.image");
        image.editorTextChanged(image.editorText().replace(":latest", ":0.40.0"));
        assertThat(image.isDirty()).isTrue();
        assertThat(image.titleProperty().get()).isEqualTo("\u25CF vector.image");
        vm.reanalyze();
        assertThat(image.findings()).isEmpty();
        // disk unchanged until saved
        assertThat(Files.readString(project.resolve("quadlet/vector.image"))).contains(":latest");

        vm.saveSelected();
        assertThat(vm.selectedFileProperty().get()).isSameAs(image);
        vm.save(image);
        assertThat(image.isDirty()).isFalse();
        assertThat(Files.readAllBytes(project.resolve("quadlet/vector.image")))
                .isEqualTo(("# The log forwarder's image, bound so it is present before the network is.\n"
                        + "[Image]\nImage=docker.io/timberio/vector:0.40.0\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void openingAnotherProjectAsksBeforeDroppingUnsavedChanges() throws Exception {
        vm.open(project);
        OpenFileViewModel cf = vm.selectedFileProperty().get();
        cf.editorTextChanged(cf.editorText() + "# more\n");
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        SampleProject.copyTo(other);

        dialogs.answers.add(false);
        vm.open(other);
        assertThat(dialogs.shown).singleElement().asString()
                .isEqualTo("confirm: Unsaved changes: Containerfile has unsaved changes. Discard them and open"
                        + " another project?");
        assertThat(vm.project().orElseThrow().directory()).isEqualTo(project.toAbsolutePath().normalize());
        assertThat(vm.openFiles()).containsExactly(cf);

        dialogs.answers.add(true);
        vm.open(other);
        assertThat(vm.project().orElseThrow().directory()).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void closingADirtyTabAsks() {
        vm.open(project);
        OpenFileViewModel cf = vm.selectedFileProperty().get();
        cf.editorTextChanged("FROM scratch\n");
        dialogs.answers.add(false);
        assertThat(vm.closeFile(cf)).isFalse();
        assertThat(vm.openFiles()).contains(cf);
        dialogs.answers.add(true);
        assertThat(vm.closeFile(cf)).isTrue();
        assertThat(vm.openFiles()).isEmpty();
    }

    @Test
    void fileChangedOnDiskIsNoticedAndReloadedOnRequest() throws Exception {
        vm.open(project);
        OpenFileViewModel image = open("quadlet/vector.image");
        vm.checkDisk();
        assertThat(image.diskState()).isEqualTo(DiskState.SAME);

        Files.writeString(project.resolve("quadlet/vector.image"), "[Image]\nImage=quay.io/x/y:1\n");
        vm.checkDisk();
        assertThat(image.diskState()).isEqualTo(DiskState.CHANGED);
        vm.reload(image);
        assertThat(image.text()).isEqualTo("[Image]\nImage=quay.io/x/y:1\n");
        assertThat(image.diskState()).isEqualTo(DiskState.SAME);
        assertThat(image.isDirty()).isFalse();
        assertThat(dialogs.shown).isEmpty();

        Files.delete(project.resolve("quadlet/vector.image"));
        vm.checkDisk();
        assertThat(image.diskState()).isEqualTo(DiskState.DELETED);
    }

    @Test
    void reloadOverUnsavedChangesAsksFirst() throws Exception {
        vm.open(project);
        OpenFileViewModel image = open("quadlet/vector.image");
        image.editorTextChanged("[Image]\nImage=mine\n");
        Files.writeString(project.resolve("quadlet/vector.image"), "[Image]\nImage=theirs\n");
        vm.checkDisk();
        assertThat(image.diskState()).isEqualTo(DiskState.CHANGED);

        dialogs.answers.add(false);
        vm.reload(image);
        assertThat(image.text()).isEqualTo("[Image]\nImage=mine\n");
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Reload quadlet/vector.image");

        vm.keepMine(image);
        assertThat(image.diskState()).isEqualTo(DiskState.SAME);
        assertThat(image.isDirty()).isTrue();
        vm.save(image);
        assertThat(Files.readString(project.resolve("quadlet/vector.image"))).isEqualTo("[Image]\nImage=mine\n");
        assertThat(image.isDirty()).isFalse();
    }

    @Test
    void savingOverAChangeOnDiskAsksBeforeOverwriting() throws Exception {
        vm.open(project);
        OpenFileViewModel image = open("quadlet/vector.image");
        image.editorTextChanged("[Image]\nImage=mine\n");
        Files.writeString(project.resolve("quadlet/vector.image"), "[Image]\nImage=theirs\n");

        dialogs.answers.add(false);
        vm.save(image);
        assertThat(Files.readString(project.resolve("quadlet/vector.image"))).isEqualTo("[Image]\nImage=theirs\n");
        assertThat(image.isDirty()).isTrue();
        assertThat(image.diskState()).isEqualTo(DiskState.CHANGED);

        dialogs.answers.add(true);
        vm.save(image);
        assertThat(Files.readString(project.resolve("quadlet/vector.image"))).isEqualTo("[Image]\nImage=mine\n");
        assertThat(image.isDirty()).isFalse();
        assertThat(dialogs.shown).hasSize(2).allMatch(s -> s.startsWith("confirm: File changed on disk"));
    }

    @Test
    void savingKeepsCrlfLinesAndPermissions() throws Exception {
        Path f = project.resolve("quadlet/vector.image");
        Files.writeString(f, "[Image]\r\nImage=a\r\n# note\n");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        vm.open(project);
        OpenFileViewModel image = open("quadlet/vector.image");
        image.editorTextChanged("[Image]\nImage=b\n# note\n");
        vm.save(image);
        assertThat(Files.readString(f)).isEqualTo("[Image]\r\nImage=b\r\n# note\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void exportWritesTheBoundImageList() throws Exception {
        vm.open(project);
        Path out = tmp.resolve("mirror/list.txt");
        Files.createDirectories(out.getParent());
        prompts.answers.add(out);
        vm.exportImages();
        assertThat(prompts.asked).containsExactly("export bound-images.txt");
        assertThat(Files.readString(out)).isEqualTo("docker.io/timberio/vector:latest\n"
                + "quay.io/prometheus/node-exporter:v1.9.1\n");
        assertThat(main.statusProperty().get()).startsWith("Exported 2 bound images to ");
    }

    @Test
    void chooseFolderCancelledChangesNothing() {
        vm.chooseAndOpen();
        assertThat(prompts.asked).containsExactly("folder");
        assertThat(vm.project()).isEmpty();
        assertThat(List.copyOf(dialogs.shown)).isEmpty();
    }
}
