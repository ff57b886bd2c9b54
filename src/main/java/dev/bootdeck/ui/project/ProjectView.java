package dev.bootdeck.ui.project;

import dev.bootdeck.ui.shell.EmptyState;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Project tab: a tool bar (open, recent, sample, save, export), the project tree at the left, the editor tabs,
 * and the findings table under them. It binds to {@link ProjectViewModel} and forwards events; window focus makes
 * the view model look for files changed on disk.
 */
public final class ProjectView extends BorderPane {
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Undo of the last edit action; a text field or code area with focus keeps Ctrl+Z for its own undo. */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final ProjectViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Map<OpenFileViewModel, Tab> tabOf = new HashMap<>();
    private boolean syncingTabs;

    public ProjectView(ProjectViewModel vm) {
        this.vm = vm;
        getStyleClass().add("project-view");
        setId("project-view");
        setTop(toolBar());

        ProjectTreeView tree = new ProjectTreeView(vm);
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        FindingsView findings = new FindingsView(vm.findings(), vm);
        Label findingsTitle = new Label();
        findingsTitle.getStyleClass().add("findings-title");
        findingsTitle.textProperty().bind(Bindings.createStringBinding(() -> "Findings (" + vm.findings().size() + ")",
                vm.findings()));
        VBox findingsBox = new VBox(findingsTitle, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        SplitPane editorAndFindings = new SplitPane(tabs, findingsBox);
        editorAndFindings.setOrientation(Orientation.VERTICAL);
        editorAndFindings.setDividerPositions(0.72);
        SplitPane main = new SplitPane(tree, editorAndFindings);
        main.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(tree, false);

        EmptyState empty = new EmptyState("mdi2f-folder-open-outline", "No project open",
                "Open a folder with a Containerfile to edit its Quadlet files and bound images.");
        Button open = new Button("Open folder\u2026", new FontIcon("mdi2f-folder-open-outline"));
        open.setOnAction(e -> vm.chooseAndOpen());
        Button sample = new Button("Open the sample project");
        sample.setOnAction(e -> vm.openSample());
        HBox emptyButtons = new HBox(8, open, sample);
        emptyButtons.setAlignment(Pos.CENTER);
        empty.getChildren().add(emptyButtons);
        StackPane center = new StackPane(main, empty);
        empty.visibleProperty().bind(vm.projectProperty().isNull());
        main.visibleProperty().bind(vm.projectProperty().isNotNull());
        setCenter(center);

        vm.openFiles().addListener((ListChangeListener<OpenFileViewModel>) c -> syncTabs());
        vm.selectedFileProperty().addListener((obs, was, now) -> selectTab(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncingTabs) {
                vm.selectedFileProperty().set(now == null ? null : (OpenFileViewModel) now.getUserData());
            }
        });
        syncTabs();

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.saveSelected();
                e.consume();
            }
        });
        // Bubbling: a focused text field or code area has consumed Ctrl+Z for its own undo before this runs.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !focusInText(getScene())) {
                vm.undo();
                e.consume();
            }
        });
        sceneProperty().addListener((obs, was, scene) -> watchFocus(scene));
    }

    private VBox toolBar() {
        Button open = new Button("Open\u2026", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-project");
        open.setTooltip(new Tooltip("Open a project folder (with a Containerfile or Dockerfile)"));
        open.setOnAction(e -> vm.chooseAndOpen());

        MenuButton recent = new MenuButton("Recent", new FontIcon("mdi2h-history"));
        recent.setId("recent-projects");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String dir : vm.recentProjects()) {
                MenuItem item = new MenuItem(dir);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.openRecent(dir));
                recent.getItems().add(item);
            }
            if (!recent.getItems().isEmpty()) {
                recent.getItems().add(new SeparatorMenuItem());
            }
            MenuItem sample = new MenuItem("Sample project (a fresh copy)");
            sample.setId("open-sample");
            sample.setOnAction(e -> vm.openSample());
            recent.getItems().add(sample);
        };
        vm.recentProjects().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();

        Button export = new Button("Export images\u2026", new FontIcon("mdi2e-export-variant"));
        export.setId("export-images");
        export.setTooltip(new Tooltip("Write the list of bound images (what `bootdeck images` prints) to a file"));
        export.setOnAction(e -> vm.exportImages());
        export.disableProperty().bind(vm.projectProperty().isNull());

        Label title = new Label();
        title.setId("project-title");
        title.getStyleClass().add("project-title");
        title.textProperty().bind(vm.titleProperty());
        Label badge = new Label("SAMPLE");
        badge.getStyleClass().add("sample-badge");
        badge.visibleProperty().bind(vm.sampleOpenProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setTooltip(new Tooltip("bootdeck's bundled sample, copied to a temporary folder: try anything"));
        Label where = new Label();
        where.setId("project-location");
        where.getStyleClass().addAll("text-muted", "text-small");
        where.textProperty().bind(vm.locationProperty());
        where.setMinWidth(0);
        where.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(where, Priority.SOMETIMES);
        for (javafx.scene.control.Control c : java.util.List.of(title, badge, open, recent, export)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox heading = new HBox(8, title, badge, where, grow, open, recent, export);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("project-header");

        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("save-file");
        save.setTooltip(new Tooltip("Save the file shown (Ctrl+S)"));
        save.setOnAction(e -> vm.saveSelected());
        save.disableProperty().bind(vm.canSaveProperty().not());


        Button create = action("New bound image…", "mdi2p-plus-box-outline", "new-bound-image-button",
                "Create a .image or .container with its COPY line and bound-images.d link", vm::createBoundImage);
        create.disableProperty().bind(vm.projectProperty().isNull().or(vm.editingProperty()));
        Button bind = action("Bind", "mdi2l-link-variant", "bind-button",
                "Bind the selected .image/.container: COPY it into the image and link it from bound-images.d",
                vm::bindSelected);
        bind.disableProperty().bind(vm.canBindProperty().not());
        Button unbind = action("Unbind", "mdi2l-link-variant-off", "unbind-button",
                "Remove the selected file's bound-images.d link", vm::unbindSelected);
        unbind.disableProperty().bind(vm.canUnbindProperty().not());
        Button rename = action("Rename…", "mdi2f-form-textbox", "rename-button",
                "Rename the selected file with its COPY and binding lines", vm::renameSelected);
        rename.disableProperty().bind(vm.canRenameOrDeleteProperty().not());
        Button delete = action("Delete", "mdi2d-delete-outline", "delete-button",
                "Delete the selected file with its COPY and binding lines", vm::deleteSelected);
        delete.disableProperty().bind(vm.canRenameOrDeleteProperty().not());
        Button undo = action("Undo", "mdi2u-undo", "undo-button", "", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.editingProperty()));
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.concat(vm.undoTitleProperty(), " (Ctrl+Z outside the text)"));
        undo.setTooltip(undoTip);

        ToolBar bar = new ToolBar(save, new javafx.scene.control.Separator(Orientation.VERTICAL), create, bind,
                unbind, rename, delete, new javafx.scene.control.Separator(Orientation.VERTICAL), undo);
        bar.getStyleClass().add("project-toolbar");
        return new VBox(heading, bar);
    }

    private static Button action(String text, String icon, String id, String tip, Runnable run) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        if (!tip.isEmpty()) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> run.run());
        return b;
    }

    private void syncTabs() {
        syncingTabs = true;
        try {
            tabs.getTabs().removeIf(t -> !vm.openFiles().contains((OpenFileViewModel) t.getUserData()));
            tabOf.keySet().removeIf(f -> !vm.openFiles().contains(f));
            for (OpenFileViewModel f : vm.openFiles()) {
                tabOf.computeIfAbsent(f, this::newTab);
                if (!tabs.getTabs().contains(tabOf.get(f))) {
                    tabs.getTabs().add(tabOf.get(f));
                }
            }
        } finally {
            syncingTabs = false;
        }
        selectTab(vm.selectedFileProperty().get());
    }

    private Tab newTab(OpenFileViewModel f) {
        Tab tab = new Tab();
        tab.setUserData(f);
        tab.textProperty().bind(f.titleProperty());
        tab.setId(NodeIds.of("tab", f.path()));
        tab.setTooltip(new Tooltip(f.path()));
        tab.setContent(new FileEditorView(f, vm));
        tab.setOnCloseRequest(e -> {
            e.consume();
            vm.closeFile(f);
        });
        return tab;
    }

    private void selectTab(OpenFileViewModel f) {
        Tab t = f == null ? null : tabOf.get(f);
        if (t != null && tabs.getSelectionModel().getSelectedItem() != t) {
            syncingTabs = true;
            try {
                tabs.getSelectionModel().select(t);
            } finally {
                syncingTabs = false;
            }
        }
    }

    private void watchFocus(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.windowProperty().addListener((obs, was, w) -> watchWindow(w));
        watchWindow(scene.getWindow());
    }

    private void watchWindow(Window w) {
        if (w != null) {
            w.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    vm.checkDisk();
                }
            });
        }
    }

    /** True when keyboard focus is in a text control, whose own undo should get Ctrl+Z. */
    static boolean focusInText(Scene scene) {
        Node n = scene == null ? null : scene.getFocusOwner();
        return n instanceof TextInputControl || n instanceof GenericStyledArea;
    }

    /** The editor view of an open file (for tests). */
    FileEditorView editorOf(OpenFileViewModel f) {
        Tab t = tabOf.get(f);
        return t == null ? null : (FileEditorView) t.getContent();
    }

    public TabPane tabs() {
        return tabs;
    }
}
