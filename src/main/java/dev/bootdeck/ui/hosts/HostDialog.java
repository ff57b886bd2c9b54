package dev.bootdeck.ui.hosts;

import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SudoMode;
import java.util.Collection;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The add / edit host dialog; it binds to a {@link HostFormViewModel} and returns the new entry. */
public final class HostDialog extends Dialog<HostEntry> {
    public HostDialog(Window owner, Optional<HostEntry> editing, Collection<HostEntry> existing) {
        HostFormViewModel vm = new HostFormViewModel(editing, existing);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(editing.isPresent() ? "Edit host" : "Add host");
        setHeaderText(editing.isPresent() ? "Edit " + editing.get().name() : "Add a bootc host");

        TextField target = new TextField();
        target.setId("host-target");
        target.setPromptText("alias from ~/.ssh/config, or user@host:port");
        target.textProperty().bindBidirectional(vm.targetProperty());
        TextField name = new TextField();
        name.setId("host-name");
        name.setPromptText("shown in the sidebar (default: the target)");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ChoiceBox<SudoMode> sudo = new ChoiceBox<>(FXCollections.observableArrayList(SudoMode.values()));
        sudo.setId("host-sudo");
        sudo.valueProperty().bindBidirectional(vm.sudoProperty());
        sudo.setConverter(new StringConverter<>() {
            @Override
            public String toString(SudoMode m) {
                if (m == null) {
                    return "";
                }
                return switch (m) {
                    case AUTO -> "sudo -n when not root (report if it wants a password)";
                    case ASK_PASSWORD -> "sudo, asking for the password when needed (never stored)";
                };
            }

            @Override
            public SudoMode fromString(String s) {
                return SudoMode.AUTO;
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setId("host-problem");
        problem.textProperty().bind(vm.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("SSH target"), target);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, new Label("Root access"), sudo);
        grid.add(problem, 1, 3);
        target.setPrefColumnCount(32);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(vm.problemProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK && vm.isValid() ? vm.toEntry() : null);
        setOnShown(e -> target.requestFocus());
    }
}
