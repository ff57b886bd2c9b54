package dev.bootdeck.ui.project;

import dev.bootdeck.project.edit.NewBoundImage;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Asks what bound image to create: a {@code .image} (bootc pulls it, nothing runs it) or a {@code .container} (pulled
 * by bootc and run by podman), its file name, the image reference, and optionally the project folder. What makes a
 * good name or reference is checked by the core when it plans the edit; the dialog only needs both filled in.
 */
final class NewBoundImageDialog extends Dialog<NewBoundImage> {
    static final ButtonType CREATE = new ButtonType("Show changes\u2026", ButtonBar.ButtonData.OK_DONE);

    NewBoundImageDialog(Window owner) {
        if (owner != null && owner.isShowing()) {
            initOwner(owner);
        }
        setTitle("New bound image");
        setHeaderText("New logically bound image: a Quadlet file, its COPY line and its bound-images.d link");
        setResizable(true);
        getDialogPane().setId("new-bound-image");

        ToggleGroup kind = new ToggleGroup();
        RadioButton image = new RadioButton(".image \u2014 bootc pulls it with the OS; nothing runs it");
        image.setId("new-kind-image");
        image.setToggleGroup(kind);
        image.setSelected(true);
        RadioButton container = new RadioButton(".container \u2014 pulled with the OS and run by podman");
        container.setId("new-kind-container");
        container.setToggleGroup(kind);

        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText("e.g. web (no extension)");
        TextField ref = new TextField();
        ref.setId("new-image");
        ref.setPromptText("e.g. quay.io/acme/web:1.4 (fully qualified, a fixed tag or a digest)");
        TextField folder = new TextField();
        folder.setId("new-folder");
        folder.setPromptText("beside the project's other bound Quadlet files");
        Label file = new Label();
        file.setId("new-file-name");
        file.getStyleClass().add("text-muted");
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            String n = name.getText().strip();
            String ext = container.isSelected() ? ".container" : ".image";
            return n.isEmpty() ? "" : "Creates " + (folder.getText().isBlank() ? "" : folder.getText().strip()
                    .replaceAll("/+$", "") + "/") + n + ext;
        }, name.textProperty(), folder.textProperty(), kind.selectedToggleProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(14, 16, 4, 16));
        javafx.scene.layout.VBox kinds = new javafx.scene.layout.VBox(6, image, container);
        grid.addRow(0, new Label("Kind"), kinds);
        grid.addRow(1, new Label("File name"), name);
        grid.addRow(2, new Label("Image"), ref);
        grid.addRow(3, new Label("Project folder"), folder);
        grid.add(file, 1, 4);
        for (Node n : new Node[] {name, ref, folder}) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(680);
        // AtlantaFX caps dialog panes at 600 px; an inline style outranks the theme's stylesheet.
        getDialogPane().setStyle("-fx-max-width: 1200px;");
        getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CREATE);
        Node ok = getDialogPane().lookupButton(CREATE);
        ok.setId("new-create");
        ok.disableProperty().bind(name.textProperty().isEmpty().or(ref.textProperty().isEmpty()));
        setResultConverter(b -> b != CREATE ? null : new NewBoundImage(
                container.isSelected() ? NewBoundImage.Kind.CONTAINER : NewBoundImage.Kind.IMAGE,
                name.getText().strip(), ref.getText().strip(),
                folder.getText().isBlank() ? Optional.empty() : Optional.of(folder.getText().strip()),
                Optional.empty()));
        Platform.runLater(name::requestFocus);
    }
}
