package dev.bootdeck.ui.project;

import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.FileChange;
import dev.bootdeck.ui.editor.CodeEditor;
import dev.bootdeck.ui.editor.DiffHighlighter;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows what an edit will write before anything is written: one tab per file with its unified diff (created,
 * changed, deleted), the core's notes above. Applying is the dialog's default button; Cancel writes nothing.
 */
final class PlanPreviewDialog extends Dialog<Boolean> {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    PlanPreviewDialog(Window owner, EditPlan plan) {
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle("Review changes");
        setHeaderText(plan.title() + ": " + plan.changes().size() + (plan.changes().size() == 1 ? " file" : " files")
                + " will be written");
        setResizable(true);
        getDialogPane().setId("plan-preview");

        VBox box = new VBox(8);
        for (String note : plan.notes()) {
            Label n = new Label("\u2022 " + note);
            n.setWrapText(true);
            n.getStyleClass().add("plan-note");
            box.getChildren().add(n);
        }
        TabPane files = new TabPane();
        files.setId("plan-files");
        files.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (FileChange c : plan.changes()) {
            CodeEditor diff = new CodeEditor();
            diff.setId(NodeIds.of("plan-diff", c.path()));
            diff.setHighlighter(new DiffHighlighter());
            diff.setText(c.diff());
            diff.area().setEditable(false);
            Tab t = new Tab(c.path() + " (" + (c.creates() ? "new" : c.deletes() ? "deleted" : "changed") + ")", diff);
            t.setId(NodeIds.of("plan-tab", c.path()));
            files.getTabs().add(t);
        }
        javafx.scene.layout.VBox.setVgrow(files, javafx.scene.layout.Priority.ALWAYS);
        box.getChildren().add(files);
        getDialogPane().setContent(box);
        getDialogPane().setPrefSize(900, 580);
        // AtlantaFX caps dialog panes at 600 px; an inline style outranks the theme's stylesheet.
        getDialogPane().setStyle("-fx-max-width: 1200px;");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, APPLY);
        getDialogPane().lookupButton(APPLY).setId("plan-apply");
        setResultConverter(b -> b == APPLY);
    }
}
