package dev.bootdeck.ui.project;

import dev.bootdeck.quadlet.QuadletForm;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The form beside a Quadlet unit's text: one control per key the type accepts, bound both ways to
 * {@link QuadletFormViewModel}, with the reason under a field when its value could not be written.
 */
final class QuadletFormView extends VBox {

    QuadletFormView(QuadletFormViewModel vm) {
        super(8);
        getStyleClass().add("quadlet-form");
        setPadding(new Insets(10));
        Label header = new Label("[" + vm.type().group() + "] form");
        header.getStyleClass().add("title-4");
        Label hint = new Label("Edits the same file as the text: changes show on both sides.");
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        Label syntax = new Label();
        syntax.getStyleClass().addAll("form-error", "text-small");
        syntax.setWrapText(true);
        syntax.textProperty().bind(vm.syntaxNoteProperty());
        syntax.visibleProperty().bind(vm.syntaxNoteProperty().isNotEmpty());
        syntax.managedProperty().bind(syntax.visibleProperty());

        VBox rows = new VBox(10);
        for (QuadletFormViewModel.FieldModel f : vm.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("form-label");
            Node control = control(f);
            control.setId("form-" + f.field().key());
            label.setLabelFor(control);
            Label error = new Label();
            error.getStyleClass().addAll("form-error", "text-small");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            rows.getChildren().add(new VBox(3, label, control, error));
        }
        getChildren().addAll(header, hint, syntax, rows);
        setMinWidth(220);
    }

    private static Node control(QuadletFormViewModel.FieldModel f) {
        return switch (f.field()) {
            case GLOBAL_ARGS -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(false);
                area.setPromptText("one argument per line");
                area.textProperty().bindBidirectional(f.valueProperty());
                area.setTooltip(new Tooltip("podman's global options, one GlobalArgs= line each; a bound .container"
                        + " needs --storage-opt=additionalimagestore=/usr/lib/bootc/storage"));
                yield area;
            }
            case PULL -> combo(f, QuadletFormViewModel.PULL_CHOICES, "When podman pulls the image");
            case AUTO_UPDATE -> combo(f, QuadletFormViewModel.AUTO_UPDATE_CHOICES, "podman auto-update policy");
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(f.valueProperty());
                field.setPromptText(f.field() == QuadletForm.Field.IMAGE ? "registry/repository:tag" : "not set");
                yield field;
            }
        };
    }

    private static ComboBox<String> combo(QuadletFormViewModel.FieldModel f, java.util.List<String> choices,
                                          String tip) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText("not set");
        box.valueProperty().bindBidirectional(f.valueProperty());
        box.setTooltip(new Tooltip(tip));
        return box;
    }
}
