package dev.bootdeck.ui.project;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The project at a glance: the Containerfile, the Quadlet files (where each lands in the image, bound or not and by
 * which line), the read-only binding rules and bindings that lead to no project file. Selecting a row opens its
 * file (at the line, for rules and bindings).
 */
final class ProjectTreeView extends TreeView<Object> {
    private boolean restoring;

    ProjectTreeView(ProjectViewModel vm) {
        setId("project-tree");
        getStyleClass().add("project-tree");
        setShowRoot(false);
        setRoot(new TreeItem<>("project"));
        setCellFactory(t -> new OutlineCell(vm));
        vm.outlineProperty().addListener((obs, was, now) -> show(now));
        show(vm.outlineProperty().get());
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!restoring && now != null && now.getValue() instanceof ProjectOutline.Entry e && e.path().isPresent()) {
                vm.openFileAt(e.path().get(), e.line());
            }
        });
    }

    private void show(ProjectOutline outline) {
        restoring = true;
        try {
            rebuild(outline);
        } finally {
            restoring = false;
        }
    }

    private void rebuild(ProjectOutline outline) {
        TreeItem<Object> root = getRoot();
        TreeItem<Object> current = getSelectionModel().getSelectedItem();
        String selected = current != null && current.getValue() instanceof ProjectOutline.Entry e ? e.describe() : null;
        root.getChildren().clear();
        if (outline == null) {
            return;
        }
        root.getChildren().add(new TreeItem<>(outline.containerfile()));
        group(root, "Quadlet files", outline.quadletFiles(), "No Quadlet files in this project");
        if (!outline.rules().isEmpty()) {
            group(root, "Binding rules (read-only)", outline.rules(), null);
        }
        if (!outline.otherBindings().isEmpty()) {
            group(root, "Bindings to files outside the project", outline.otherBindings(), null);
        }
        if (selected != null) {
            // keep the selection across a refresh without reopening the file
            for (TreeItem<Object> item : items(root)) {
                if (item.getValue() instanceof ProjectOutline.Entry e && e.describe().equals(selected)) {
                    getSelectionModel().select(item);
                }
            }
        }
    }

    private static java.util.List<TreeItem<Object>> items(TreeItem<Object> root) {
        java.util.List<TreeItem<Object>> out = new java.util.ArrayList<>();
        for (TreeItem<Object> c : root.getChildren()) {
            out.add(c);
            out.addAll(items(c));
        }
        return out;
    }

    private static void group(TreeItem<Object> root, String title, java.util.List<ProjectOutline.Entry> entries,
                              String empty) {
        TreeItem<Object> g = new TreeItem<>(title + " (" + entries.size() + ")");
        g.setExpanded(true);
        if (entries.isEmpty() && empty != null) {
            g.setValue(empty);
        }
        entries.forEach(e -> g.getChildren().add(new TreeItem<>(e)));
        root.getChildren().add(g);
    }

    /** A row: an icon for what it is, the name, and a muted line saying where it lands and what binds it. */
    private static final class OutlineCell extends TreeCell<Object> {
        private final ProjectViewModel vm;

        OutlineCell(ProjectViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setTooltip(null);
            setContextMenu(null);
            getStyleClass().removeAll("outline-group", "outline-entry");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (!(item instanceof ProjectOutline.Entry e)) {
                Label group = new Label(item.toString());
                group.getStyleClass().add("outline-group-label");
                getStyleClass().add("outline-group");
                setGraphic(group);
                return;
            }
            getStyleClass().add("outline-entry");
            FontIcon icon = new FontIcon(switch (e.kind()) {
                case CONTAINERFILE -> "mdi2f-file-cog-outline";
                case UNIT, DROP_IN -> e.bound() ? "mdi2l-link-variant" : "mdi2l-link-variant-off";
                case RULE -> "mdi2r-repeat";
                case BINDING -> "mdi2l-link-box-variant-outline";
            });
            icon.getStyleClass().add(e.bound() ? "outline-bound" : "outline-unbound");
            // The folder is in the "lands" line ("quadlet/ -> /usr/share/..."): the name alone fits the tree.
            Label name = new Label(e.name());
            name.getStyleClass().add("outline-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox top = new HBox(0, name);
            top.setAlignment(Pos.CENTER_LEFT);
            e.worst().ifPresent(s -> {
                javafx.scene.Node i = FindingsView.icon(s);
                HBox.setMargin(i, new javafx.geometry.Insets(0, 0, 0, 6));
                top.getChildren().add(i);
            });
            VBox text = new VBox(1, top);
            for (String line : java.util.List.of(e.lands(), e.binding())) {
                if (!line.isEmpty()) {
                    Label detail = new Label(line);
                    detail.getStyleClass().addAll("outline-detail", "text-small");
                    text.getChildren().add(detail);
                }
            }
            HBox row = new HBox(6, icon, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setTooltip(new Tooltip(e.describe()));
            if (e.kind() == ProjectOutline.Kind.UNIT || e.kind() == ProjectOutline.Kind.DROP_IN) {
                setContextMenu(menu(e.path().orElseThrow(), e));
            }
        }

        /** The edit actions for one Quadlet file, as in the tool bar. */
        private javafx.scene.control.ContextMenu menu(String path, ProjectOutline.Entry e) {
            javafx.scene.control.MenuItem bind = new javafx.scene.control.MenuItem("Bind");
            bind.setOnAction(a -> vm.bind(path));
            bind.setDisable(e.bound() || e.kind() == ProjectOutline.Kind.DROP_IN
                    || !(path.endsWith(".image") || path.endsWith(".container")));
            javafx.scene.control.MenuItem unbind = new javafx.scene.control.MenuItem("Unbind");
            unbind.setOnAction(a -> vm.unbind(path));
            unbind.setDisable(!e.bound());
            javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem("Rename\u2026");
            rename.setOnAction(a -> vm.rename(path));
            javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete");
            delete.setOnAction(a -> vm.delete(path));
            return new javafx.scene.control.ContextMenu(bind, unbind, rename, delete);
        }
    }
}
