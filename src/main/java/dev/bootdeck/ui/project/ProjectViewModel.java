package dev.bootdeck.ui.project;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.BoundImageList;
import dev.bootdeck.project.OverlayProjectSource;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectAnalyzer;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectLoader;
import dev.bootdeck.project.QuadletFile;
import dev.bootdeck.project.edit.AtomicWrite;
import dev.bootdeck.project.edit.EditHistory;
import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.FileChange;
import dev.bootdeck.project.edit.FileState;
import dev.bootdeck.project.edit.ProjectEditor;
import dev.bootdeck.project.lint.ProjectLinter;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.ui.UserMessages;
import dev.bootdeck.ui.dialogs.DialogService;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.tasks.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Project tab's state and commands: which project is open (a folder, a recent one, or the bundled sample), its
 * outline and lint findings from the core, the files open in the editor with their unsaved changes, saving,
 * noticing files changed on disk, and exporting the bound-image list. Every disk access runs through the
 * {@link TaskRunner}; results are applied on the FX thread. Unsaved changes are never dropped without asking.
 *
 * <p>The edit actions (create a bound image, bind, unbind, rename, delete) are the core's {@link ProjectEditor}
 * plans, made from the project as it is on disk at that moment, shown with their diffs before anything is written,
 * applied atomically and undone through the core's {@link EditHistory}. An action that would write a file with
 * unsaved changes in the editor is refused until those are saved or discarded.
 *
 * <p>Findings are computed over the project as the editor holds it: files with unsaved changes are laid over the
 * disk ({@link OverlayProjectSource}), so underlines match the text on screen. The outline and the edit actions use
 * the project as it is on disk.
 */
public final class ProjectViewModel {
    static final String EXPORT_NAME = "bound-images.txt";

    /** The core's view of the project on disk and the findings over what the editor holds. */
    record Analysis(Project project, List<Finding> findings) {
    }

    /** A project folder that is no longer there (e.g. a recent project that was deleted or moved). */
    static final class FolderGone extends Exception {
        private static final long serialVersionUID = 1L;

        FolderGone(ProjectException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A file's bytes on disk, or empty when it is not there (a failed read is an exception instead). */
    record DiskRead(OpenFileViewModel file, Optional<byte[]> bytes) {
    }

    private final MainViewModel main;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ProjectPrompts prompts;
    private final SampleProject sample;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProjectOutline> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sampleOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No project open");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final ObservableList<OpenFileViewModel> openFiles = FXCollections.observableArrayList();
    private final ObjectProperty<OpenFileViewModel> selectedFile = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // Read-only views made once: a wrapper made per call would be collected with its listeners.
    private final ObservableList<String> recentView = FXCollections.unmodifiableObservableList(recentProjects);
    private final ObservableList<OpenFileViewModel> openFilesView = FXCollections.unmodifiableObservableList(openFiles);
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<QuadletFile> selectedQuadlet = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canBind;
    private final BooleanBinding canUnbind;
    private final BooleanBinding canRenameOrDelete;
    private EditHistory history;
    private long analysisGeneration;
    private long loadGeneration;

    public ProjectViewModel(MainViewModel main, ProjectPrompts prompts, SampleProject sample) {
        this.main = main;
        this.tasks = main.tasks();
        this.dialogs = main.dialogs();
        this.prompts = prompts;
        this.sample = sample;
        recentProjects.setAll(main.settings().recentProjects());
        main.settingsProperty().addListener((obs, was, now) -> recentProjects.setAll(now.recentProjects()));
        selectedFile.addListener((obs, was, now) -> {
            updateSelectedQuadlet();
            canSave.unbind();
            if (now == null) {
                canSave.set(false);
            } else {
                canSave.bind(now.dirtyProperty());
            }
        });
        project.addListener((obs, was, now) -> updateSelectedQuadlet());
        canBind = Bindings.createBooleanBinding(() -> selectedQuadlet.get() != null && !editing.get()
                && !selectedQuadlet.get().bound() && selectedQuadlet.get().unitType()
                .filter(t -> t.equals("image") || t.equals("container")).isPresent(), selectedQuadlet, editing);
        canUnbind = Bindings.createBooleanBinding(() -> selectedQuadlet.get() != null && !editing.get()
                && selectedQuadlet.get().bound(), selectedQuadlet, editing);
        canRenameOrDelete = Bindings.createBooleanBinding(() -> selectedQuadlet.get() != null && !editing.get(),
                selectedQuadlet, editing);
    }

    private void updateSelectedQuadlet() {
        Project p = project.get();
        OpenFileViewModel f = selectedFile.get();
        selectedQuadlet.set(p == null || f == null ? null : p.quadletFile(f.path()).orElse(null));
    }

    // ------------------------------------------------------------------------------------------ state

    /** The project as on disk (the outline and the edit actions use it); null before one is open. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project.get());
    }

    public ReadOnlyObjectProperty<ProjectOutline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** True while the bundled sample (a throw-away copy) is open. */
    public ReadOnlyBooleanProperty sampleOpenProperty() {
        return sampleOpen.getReadOnlyProperty();
    }

    /** "Sample project", or the folder's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The folder on disk, for the tool bar and tooltips. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** Recently opened folders, most recent first (from the settings). */
    public ObservableList<String> recentProjects() {
        return recentView;
    }

    /** The files open in the editor, in tab order. */
    public ObservableList<OpenFileViewModel> openFiles() {
        return openFilesView;
    }

    /** The file whose tab is showing. */
    public ObjectProperty<OpenFileViewModel> selectedFileProperty() {
        return selectedFile;
    }

    /** Every lint finding of the project, sorted by file and line. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** The open file of a project-relative path, if it has a tab. */
    public Optional<OpenFileViewModel> findOpen(String path) {
        return openFiles.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public List<OpenFileViewModel> dirtyFiles() {
        return openFiles.stream().filter(OpenFileViewModel::isDirty).toList();
    }

    // ------------------------------------------------------------------------------------------ opening projects

    /**
     * What the tab shows at start: the folder given on the command line, else the most recent project, else (first
     * run, nothing configured) a fresh copy of the bundled sample.
     */
    public void start(Optional<Path> requested) {
        start(requested, Optional.empty());
    }

    /** As {@link #start(Optional)}, then shows the project file {@code show} instead of the Containerfile. */
    public void start(Optional<Path> requested, Optional<String> show) {
        String file = show.orElse(null);
        if (requested.isPresent()) {
            load(requested.get(), false, Opening.STARTUP, file);
        } else if (!recentProjects.isEmpty()) {
            load(Path.of(recentProjects.get(0)), false, Opening.STARTUP_RECENT, file);
        } else {
            copySample(file, Opening.STARTUP);
        }
    }

    /** Asks for a folder and opens it. */
    public void chooseAndOpen() {
        Optional<Path> initial = project().map(Project::directory).filter(d -> !sampleOpen.get())
                .map(Path::getParent);
        prompts.chooseProjectFolder(initial).ifPresent(this::open);
    }

    /** Opens a project folder (after asking about unsaved changes). */
    public void open(Path dir) {
        if (confirmDiscardAll("open another project")) {
            load(dir, false, Opening.USER, null);
        }
    }

    /** Opens a folder from the recent list. */
    public void openRecent(String dir) {
        open(Path.of(dir));
    }

    /** Opens a fresh copy of the bundled sample project (after asking about unsaved changes). */
    public void openSample() {
        if (confirmDiscardAll("open the sample project")) {
            copySample(null, Opening.USER);
        }
    }

    /**
     * Who asked: the user (result in the status line, failure in a dialog), or the start of the app (the status line
     * belongs to the tab in front, so success stays quiet; a failed reopen of the last project only in the status).
     */
    private enum Opening { USER, STARTUP, STARTUP_RECENT }

    private void copySample(String show, Opening how) {
        long gen = ++loadGeneration;
        tasks.run("Copy the sample project", ctx -> sample.copy(), dir -> {
            if (gen == loadGeneration) {
                load(dir, true, how, show);
            }
        }, e -> {
            dialogs.showError("Sample project not opened", "Could not copy the sample project: "
                    + UserMessages.of(e));
        });
    }

    private void load(Path dir, boolean isSample, Opening how, String show) {
        long gen = ++loadGeneration;
        tasks.run("Open project " + dir, ctx -> {
            try {
                return analyze(dir, null, Map.of());
            } catch (ProjectException e) {
                if (!Files.isDirectory(dir)) {
                    throw new FolderGone(e);
                }
                throw e;
            }
        }, a -> {
            if (gen != loadGeneration) {
                return;
            }
            show(a, isSample, show);
            if (!isSample) {
                main.update(main.settings().withRecentProject(a.project().directory().toString()));
            }
            if (how == Opening.USER) {
                main.statusProperty().set("Opened " + (isSample ? "the sample project" : a.project().directory())
                        + ": " + summary(a));
            }
        }, e -> {
            if (gen != loadGeneration) {
                return;
            }
            String message = UserMessages.of(e);
            if (e instanceof FolderGone && recentProjects.contains(dir.toString())) {
                forgetRecent(dir.toString());
                message += ". It is removed from the recent projects.";
            }
            if (how == Opening.STARTUP_RECENT) {
                main.statusProperty().set("Last project not reopened: " + message);
            } else {
                dialogs.showError("Project not opened", message);
            }
        });
    }

    private void show(Analysis a, boolean isSample, String file) {
        openFiles.clear();
        history = new EditHistory(a.project().directory());
        updateUndo();
        selectedFile.set(null);
        sampleOpen.set(isSample);
        Project p = a.project();
        title.set(isSample ? "Sample project" : p.directory().getFileName().toString());
        location.set(isSample ? "throw-away copy in " + p.directory() : p.directory().toString());
        apply(a);
        if (file != null && !file.equals(p.containerfilePath())) {
            openFileAt(p.containerfilePath(), 0);
        }
        openFileAt(file != null ? file : p.containerfilePath(), firstFindingLine(file));
    }

    private static String summary(Analysis a) {
        long errors = a.findings().stream().filter(f -> f.severity() == dev.bootdeck.model.Severity.ERROR).count();
        long warnings = a.findings().stream().filter(f -> f.severity() == dev.bootdeck.model.Severity.WARNING).count();
        int images = a.project().boundImages().size();
        return images + (images == 1 ? " bound image, " : " bound images, ") + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** Runs the core over the folder, with unsaved editor texts laid over the disk for the findings. */
    static Analysis analyze(Path dir, String containerfile, Map<String, byte[]> unsaved) throws ProjectException {
        Project disk = ProjectLoader.load(dir, containerfile);
        Project edited = disk;
        if (!unsaved.isEmpty()) {
            OverlayProjectSource overlay = new OverlayProjectSource(disk.source());
            unsaved.forEach(overlay::write);
            edited = ProjectAnalyzer.analyze(overlay, disk.containerfilePath());
        }
        return new Analysis(disk, ProjectLinter.lint(edited));
    }

    private void apply(Analysis a) {
        project.set(a.project());
        findings.setAll(a.findings());
        outline.set(ProjectOutline.of(a.project(), a.findings()));
        for (OpenFileViewModel f : openFiles) {
            f.setFindings(findingsOf(f.path()));
        }
    }

    /** The line of a file's first finding, so a file opened to show its diagnostics shows them (0: none). */
    private int firstFindingLine(String path) {
        return path == null ? 0 : findingsOf(path).stream().mapToInt(Finding::line).filter(l -> l > 0).findFirst()
                .orElse(0);
    }

    private List<Finding> findingsOf(String path) {
        return findings.stream().filter(f -> f.file().equals(path)).toList();
    }

    /** Analyzes and lints the project again, over the editor's unsaved texts. */
    public void reanalyze() {
        Project p = project.get();
        if (p == null) {
            return;
        }
        Map<String, byte[]> unsaved = new LinkedHashMap<>();
        for (OpenFileViewModel f : dirtyFiles()) {
            unsaved.put(f.path(), f.bytesToSave());
        }
        long gen = ++analysisGeneration;
        long projectGen = loadGeneration;
        Path dir = p.directory();
        String cf = p.containerfilePath();
        tasks.run("Lint " + dir, ctx -> analyze(dir, cf, unsaved), a -> {
            if (gen == analysisGeneration && projectGen == loadGeneration) {
                apply(a);
            }
        }, e -> {
            if (gen == analysisGeneration && projectGen == loadGeneration) {
                main.statusProperty().set("Project not analyzed: " + UserMessages.of(e));
            }
        });
    }

    /** F5 / Ctrl+R on this tab: look for files changed on disk, then analyze again. */
    public void refresh() {
        checkDisk();
        reanalyze();
    }

    // ------------------------------------------------------------------------------------------ files

    /** Opens a project file in a tab (or shows its tab). */
    public void openFile(String path) {
        openFileAt(path, 0);
    }

    /** Opens a project file and shows a 1-based line (0: no particular line). */
    public void openFileAt(String path, int line) {
        Optional<OpenFileViewModel> open = findOpen(path);
        if (open.isPresent()) {
            selectedFile.set(open.get());
            if (line > 0) {
                open.get().showLine(line);
            }
            return;
        }
        Project p = project.get();
        if (p == null) {
            return;
        }
        Path file = p.directory().resolve(path);
        long projectGen = loadGeneration;
        String cf = p.containerfilePath();
        tasks.run("Open " + path, ctx -> {
            if (Files.isSymbolicLink(file)) {
                throw new IOException(path + " is a symbolic link to " + Files.readSymbolicLink(file)
                        + "; open the file it leads to");
            }
            return Files.readAllBytes(file);
        }, bytes -> {
            if (projectGen != loadGeneration) {
                return;
            }
            Optional<OpenFileViewModel> raced = findOpen(path);
            OpenFileViewModel f = raced.orElseGet(() -> {
                OpenFileViewModel created = new OpenFileViewModel(path, file, FileKind.of(path, cf), bytes);
                created.setFindings(findingsOf(path));
                openFiles.add(created);
                return created;
            });
            selectedFile.set(f);
            if (line > 0) {
                f.showLine(line);
            }
        }, e -> dialogs.showError("File not opened", "Could not open " + path + ": " + UserMessages.of(e)));
    }

    /** Jumps to a finding: opens its file and shows its line. */
    public void showFinding(Finding f) {
        openFileAt(f.file(), f.line());
    }

    /** Closes a tab; a file with unsaved changes is closed only if the user agrees to drop them. */
    public boolean closeFile(OpenFileViewModel f) {
        if (f.isDirty() && !dialogs.confirm("Unsaved changes", f.path() + " has unsaved changes. Close it and"
                + " discard them?", "Discard changes")) {
            return false;
        }
        openFiles.remove(f);
        if (selectedFile.get() == f) {
            selectedFile.set(openFiles.isEmpty() ? null : openFiles.get(openFiles.size() - 1));
        }
        if (f.isDirty()) {
            reanalyze();
        }
        return true;
    }

    /**
     * Asks before dropping unsaved changes of every open file; true when there are none or the user agreed.
     * {@code what} completes "Discard them and ...".
     */
    public boolean confirmDiscardAll(String what) {
        List<OpenFileViewModel> dirty = dirtyFiles();
        if (dirty.isEmpty()) {
            return true;
        }
        String names = dirty.stream().map(OpenFileViewModel::path).collect(Collectors.joining(", "));
        return dialogs.confirm("Unsaved changes", (dirty.size() == 1 ? names + " has" : names + " have")
                + " unsaved changes. Discard them and " + what + "?", "Discard changes");
    }

    /** True when the selected tab has unsaved changes. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** Saves the file of the selected tab (Ctrl+S). */
    public void saveSelected() {
        OpenFileViewModel f = selectedFile.get();
        if (f != null) {
            save(f);
        }
    }

    /**
     * Writes a file atomically. When another program changed (or deleted) it since it was loaded, asks before
     * overwriting that change.
     */
    public void save(OpenFileViewModel f) {
        write(f, false);
    }

    private void write(OpenFileViewModel f, boolean overwriteChanges) {
        byte[] bytes = f.bytesToSave();
        Optional<byte[]> expected = f.expectedOnDisk();
        tasks.runToCompletion("Save " + f.path(), ctx -> {
            Optional<byte[]> now = read(f.file());
            if (!overwriteChanges && !OpenFileViewModel.same(expected, now)) {
                return Optional.of(now);
            }
            AtomicWrite.write(f.file(), bytes);
            return Optional.<Optional<byte[]>>empty();
        }, conflict -> {
            if (conflict.isPresent()) {
                String what = conflict.get().isEmpty() ? "was deleted" : "was changed by another program";
                if (dialogs.confirm("File changed on disk", f.path() + " " + what + " since bootdeck loaded it."
                        + " Save anyway and overwrite that change?", "Overwrite")) {
                    write(f, true);
                } else {
                    f.diskRead(conflict.get());
                }
                return;
            }
            f.saved(bytes);
            main.statusProperty().set("Saved " + f.path());
            reanalyze();
        }, e -> dialogs.showError("File not saved", "Could not write " + f.file() + ": " + UserMessages.of(e)));
    }

    /** Compares every open file with the disk (window focus, refresh); changed files get a reload offer. */
    public void checkDisk() {
        List<OpenFileViewModel> files = List.copyOf(openFiles);
        if (files.isEmpty()) {
            return;
        }
        tasks.run("Check open files for changes", ctx -> {
            List<DiskRead> out = new ArrayList<>();
            for (OpenFileViewModel f : files) {
                out.add(new DiskRead(f, read(f.file())));
            }
            return out;
        }, reads -> {
            boolean changed = false;
            for (DiskRead r : reads) {
                if (openFiles.contains(r.file())) {
                    DiskState before = r.file().diskState();
                    r.file().diskRead(r.bytes());
                    changed |= r.file().diskState() != before;
                }
            }
            if (changed) {
                reanalyze();
            }
        }, e -> main.statusProperty().set("Open files not checked: " + UserMessages.of(e)));
    }

    /** Loads the disk's version of a file; asks first when that drops unsaved changes. */
    public void reload(OpenFileViewModel f) {
        if (f.isDirty() && !dialogs.confirm("Reload " + f.path(), f.path() + " has unsaved changes. Reload it from"
                + " disk and discard them?", "Discard and reload")) {
            return;
        }
        tasks.run("Reload " + f.path(), ctx -> read(f.file()), now -> {
            if (now.isEmpty()) {
                f.diskRead(now);
                dialogs.showWarning("File not reloaded", f.path() + " is no longer on disk.");
                return;
            }
            f.reload(now.get());
            main.statusProperty().set("Reloaded " + f.path());
            reanalyze();
        }, e -> dialogs.showError("File not reloaded", "Could not read " + f.file() + ": " + UserMessages.of(e)));
    }

    /** Keeps the editor's text over a change on disk; the file then counts as unsaved until saved. */
    public void keepMine(OpenFileViewModel f) {
        tasks.run("Read " + f.path(), ctx -> read(f.file()), f::keepMine,
                e -> dialogs.showError("File not read", "Could not read " + f.file() + ": " + UserMessages.of(e)));
    }

    /** Reads a file, or empty when it is not there; never follows into a directory. */
    static Optional<byte[]> read(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------ edit actions

    /** True while an edit is planned, applied or undone (the action buttons wait). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Undo: Create bound image web.image", for the Undo button's tooltip; empty when there is nothing. */
    public ReadOnlyStringProperty undoTitleProperty() {
        return undoTitle.getReadOnlyProperty();
    }

    /** The selected file is an unbound .image or .container. */
    public BooleanBinding canBindProperty() {
        return canBind;
    }

    public BooleanBinding canUnbindProperty() {
        return canUnbind;
    }

    public BooleanBinding canRenameOrDeleteProperty() {
        return canRenameOrDelete;
    }

    /** What one action asks the core for. */
    @FunctionalInterface
    private interface Action {
        EditPlan plan(ProjectEditor editor) throws ProjectException;
    }

    /** Asks for a new bound image and creates it (Quadlet file, COPY line, binding) after showing the diff. */
    public void createBoundImage() {
        if (project.get() == null || editing.get()) {
            return;
        }
        prompts.askNewBoundImage().ifPresent(req -> runAction(e -> e.createBoundImage(req),
                "Bound image not created"));
    }

    public void bind(String path) {
        runAction(e -> e.bind(path), "Not bound");
    }

    public void unbind(String path) {
        runAction(e -> e.unbind(path), "Not unbound");
    }

    /** Asks for the new file name and renames the file with every line that names it. */
    public void rename(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        dialogs.askText("Rename " + name, "New name for " + path + " (same extension; COPY and binding lines"
                + " follow)", name).map(String::strip).filter(n -> !n.isEmpty() && !n.equals(name))
                .ifPresent(n -> runAction(e -> e.rename(path, n), "Not renamed"));
    }

    public void delete(String path) {
        runAction(e -> e.delete(path), "Not deleted");
    }

    /** The toolbar's actions work on the file of the selected tab. */
    public void bindSelected() {
        selectedPath().ifPresent(this::bind);
    }

    public void unbindSelected() {
        selectedPath().ifPresent(this::unbind);
    }

    public void renameSelected() {
        selectedPath().ifPresent(this::rename);
    }

    public void deleteSelected() {
        selectedPath().ifPresent(this::delete);
    }

    private Optional<String> selectedPath() {
        return Optional.ofNullable(selectedQuadlet.get()).map(QuadletFile::path);
    }

    /** Plans against the disk as it is now, checks unsaved changes, shows the diff, then applies. */
    private void runAction(Action action, String failureTitle) {
        Project p = project.get();
        if (p == null || editing.get()) {
            return;
        }
        editing.set(true);
        long gen = loadGeneration;
        Path dir = p.directory();
        String cf = p.containerfilePath();
        tasks.run("Plan an edit of " + dir, ctx -> action.plan(new ProjectEditor(ProjectLoader.load(dir, cf))),
                plan -> {
                    editing.set(false);
                    if (gen != loadGeneration) {
                        return;
                    }
                    if (plan.changes().isEmpty()) {
                        dialogs.showInfo(plan.title(), "Nothing to change: the project already is that way.");
                        return;
                    }
                    if (refusedForUnsaved(plan, failureTitle)) {
                        return;
                    }
                    if (!prompts.confirmPlan(plan)) {
                        main.statusProperty().set("Cancelled: " + plan.title());
                        return;
                    }
                    apply(plan, failureTitle);
                }, e -> {
                    editing.set(false);
                    dialogs.showError(failureTitle, UserMessages.of(e));
                }, () -> editing.set(false));
    }

    private boolean refusedForUnsaved(EditPlan plan, String title) {
        List<String> dirty = plan.paths().stream().filter(path -> findOpen(path).filter(OpenFileViewModel::isDirty)
                .isPresent()).toList();
        if (dirty.isEmpty()) {
            return false;
        }
        dialogs.showWarning(title, "'" + plan.title() + "' would write " + String.join(", ", dirty) + (dirty.size() == 1
                ? ", which has" : ", which have") + " unsaved changes in the editor. Save or discard them, then try"
                + " again.");
        return true;
    }

    private void apply(EditPlan plan, String failureTitle) {
        EditHistory h = history;
        long gen = loadGeneration;
        editing.set(true);
        tasks.runToCompletion(plan.title(), ctx -> {
            synchronized (h) {
                h.apply(plan);
            }
            return plan;
        }, done -> {
            editing.set(false);
            if (gen != loadGeneration) {
                return;
            }
            updateUndo();
            afterWrite(done);
            main.statusProperty().set("Done: " + done.title() + " (Ctrl+Z undoes it)");
        }, e -> {
            editing.set(false);
            dialogs.showError(failureTitle, UserMessages.of(e));
        });
    }

    /** Reverts the last applied edit (Undo button, Ctrl+Z outside a text field). */
    public void undo() {
        EditHistory h = history;
        if (h == null || editing.get() || !h.canUndo()) {
            main.statusProperty().set("Nothing to undo");
            return;
        }
        EditPlan last = h.peek().orElseThrow();
        if (refusedForUnsaved(last.inverse(), "Not undone")) {
            return;
        }
        long gen = loadGeneration;
        editing.set(true);
        tasks.runToCompletion("Undo " + last.title(), ctx -> {
            synchronized (h) {
                return h.undo();
            }
        }, inverse -> {
            editing.set(false);
            if (gen != loadGeneration) {
                return;
            }
            updateUndo();
            afterWrite(inverse);
            main.statusProperty().set("Undone: " + last.title());
        }, e -> {
            editing.set(false);
            updateUndo();
            dialogs.showError("Not undone", UserMessages.of(e));
        });
    }

    private void updateUndo() {
        EditHistory h = history;
        boolean can = h != null && h.canUndo();
        canUndo.set(can);
        undoTitle.set(can ? "Undo: " + h.peek().orElseThrow().title() : "");
    }

    /** After an edit was written: open tabs show the new bytes (or close, for removed files); a new file opens. */
    private void afterWrite(EditPlan plan) {
        Optional<String> created = Optional.empty();
        for (FileChange c : plan.changes()) {
            Optional<OpenFileViewModel> open = findOpen(c.path());
            if (c.after() instanceof FileState.Regular r) {
                open.ifPresent(f -> f.reload(r.bytes()));
                if (c.creates() && created.isEmpty() && FileKind.of(c.path(), "") == FileKind.QUADLET) {
                    created = Optional.of(c.path());
                }
            } else if (open.isPresent()) {
                openFiles.remove(open.get());
                if (selectedFile.get() == open.get()) {
                    selectedFile.set(openFiles.isEmpty() ? null : openFiles.get(openFiles.size() - 1));
                }
            }
        }
        reanalyze();
        created.ifPresent(this::openFile);
    }

    // ------------------------------------------------------------------------------------------ export

    /** Asks for a file and writes the list of bound images to it (what {@code bootdeck images} prints). */
    public void exportImages() {
        Project p = project.get();
        if (p == null) {
            return;
        }
        Optional<Path> initialDir = sampleOpen.get() ? Optional.empty() : Optional.of(p.directory());
        prompts.chooseExportFile(initialDir, EXPORT_NAME).ifPresent(file -> {
            int n = BoundImageList.of(p).size();
            tasks.runToCompletion("Export bound images to " + file, ctx -> {
                BoundImageList.export(p, file);
                return file;
            }, done -> {
                String note = dirtyFiles().isEmpty() ? "" : " (as saved on disk; unsaved changes are not in it)";
                main.statusProperty().set("Exported " + n + (n == 1 ? " bound image" : " bound images") + " to "
                        + done + note);
            }, e -> dialogs.showError("Image list not exported", UserMessages.of(e)));
        });
    }

    /** Removes a folder that could not be opened from the recent list. */
    void forgetRecent(String dir) {
        AppSettings s = main.settings();
        List<String> kept = s.recentProjects().stream().filter(r -> !r.equals(dir)).toList();
        if (kept.size() != s.recentProjects().size()) {
            main.update(new AppSettings(s.theme(), s.hosts(), kept, s.refreshIntervalSeconds()));
        }
    }
}
