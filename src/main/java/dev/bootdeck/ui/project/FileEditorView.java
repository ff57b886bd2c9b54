package dev.bootdeck.ui.project;

import dev.bootdeck.ui.editor.CodeEditor;
import dev.bootdeck.ui.editor.ContainerfileHighlighter;
import dev.bootdeck.ui.editor.Highlighter;
import dev.bootdeck.ui.editor.QuadletHighlighter;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.fxmisc.richtext.CodeArea;

/**
 * One editor tab: the code area (highlighting by file kind, findings underlined), the Quadlet form beside it when
 * the file has one, and a bar offering a reload when the file changed on disk. The area's text and the view model's
 * text follow each other; a change is copied as the smallest replacement so the caret and the area's own undo stay
 * where the user left them.
 */
final class FileEditorView extends BorderPane {
    private static final Duration LINT_DELAY = Duration.millis(700);

    private final OpenFileViewModel file;
    private final CodeEditor editor = new CodeEditor();
    private boolean copying;

    FileEditorView(OpenFileViewModel file, ProjectViewModel project) {
        this.file = file;
        getStyleClass().add("file-editor");
        editor.setId(NodeIds.of("editor", file.path()));
        editor.setHighlighter(highlighter(file.kind()));
        editor.setText(file.editorText());
        CodeArea area = editor.area();

        PauseTransition lint = new PauseTransition(LINT_DELAY);
        lint.setOnFinished(e -> project.reanalyze());
        area.textProperty().addListener((obs, was, now) -> {
            if (!copying) {
                copying = true;
                try {
                    file.editorTextChanged(now);
                } finally {
                    copying = false;
                }
                lint.playFromStart();
            }
        });
        file.textProperty().addListener((obs, was, now) -> {
            if (!copying) {
                copying = true;
                try {
                    copyIntoArea(file.editorText());
                } finally {
                    copying = false;
                }
                lint.playFromStart();
            }
        });
        editor.setFindings(file.findings());
        file.findings().addListener((ListChangeListener<dev.bootdeck.model.Finding>) c ->
                editor.setFindings(file.findings()));
        file.lineRequestProperty().addListener((obs, was, now) -> {
            if (now != null) {
                int paragraph = Math.min(now.line() - 1, area.getParagraphs().size() - 1);
                area.moveTo(paragraph, 0);
                area.showParagraphAtCenter(paragraph);
                area.requestFocus();
            }
        });

        setTop(diskBar(file, project));
        if (file.form().isPresent()) {
            ScrollPane form = new ScrollPane(new QuadletFormView(file.form().get()));
            form.setFitToWidth(true);
            form.getStyleClass().add("quadlet-form-scroll");
            SplitPane split = new SplitPane(editor, form);
            split.setDividerPositions(0.62);
            SplitPane.setResizableWithParent(form, false);
            setCenter(split);
        } else {
            setCenter(editor);
        }
    }

    /** Copies new text into the area as one replacement of the part that differs. */
    private void copyIntoArea(String next) {
        CodeArea area = editor.area();
        String cur = area.getText();
        if (cur.equals(next)) {
            return;
        }
        int start = 0;
        int max = Math.min(cur.length(), next.length());
        while (start < max && cur.charAt(start) == next.charAt(start)) {
            start++;
        }
        int endCur = cur.length();
        int endNext = next.length();
        while (endCur > start && endNext > start && cur.charAt(endCur - 1) == next.charAt(endNext - 1)) {
            endCur--;
            endNext--;
        }
        area.replaceText(start, endCur, next.substring(start, endNext));
    }

    private static Highlighter highlighter(FileKind kind) {
        return switch (kind) {
            case CONTAINERFILE -> new ContainerfileHighlighter();
            case QUADLET -> new QuadletHighlighter();
            case OTHER -> Highlighter.NONE;
        };
    }

    private static HBox diskBar(OpenFileViewModel file, ProjectViewModel project) {
        Label message = new Label();
        message.setId("disk-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> switch (file.diskState()) {
            case CHANGED -> file.path() + " was changed on disk by another program."
                    + (file.isDirty() ? " You also have unsaved changes." : "");
            case DELETED -> file.path() + " was deleted from disk.";
            case SAME -> "";
        }, file.diskStateProperty(), file.dirtyProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button reload = new Button("Reload from disk", new FontIcon("mdi2r-reload"));
        reload.setId("reload-button");
        reload.setOnAction(e -> project.reload(file));
        reload.visibleProperty().bind(file.diskStateProperty().isEqualTo(DiskState.CHANGED));
        reload.managedProperty().bind(reload.visibleProperty());
        Button keep = new Button("Keep my version");
        keep.setId("keep-button");
        keep.setOnAction(e -> project.keepMine(file));
        HBox bar = new HBox(8, new FontIcon("mdi2a-alert-outline"), message, grow, reload, keep);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("disk-bar");
        bar.setId("disk-bar");
        bar.visibleProperty().bind(file.diskStateProperty().isNotEqualTo(DiskState.SAME));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    OpenFileViewModel file() {
        return file;
    }

    CodeEditor editor() {
        return editor;
    }
}
