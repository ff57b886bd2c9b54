package dev.bootdeck.ui.project;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;

/** The project's lint findings as a table; a click (or Enter) opens the file at the finding's line. */
final class FindingsView extends TableView<Finding> {

    FindingsView(ObservableList<Finding> findings, ProjectViewModel vm) {
        super(findings);
        setId("findings-table");
        getStyleClass().add("findings-table");
        setPlaceholder(new Label("No findings: bootc and podman would accept this project as it is."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Finding, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : icon(s));
                setText(null);
            }
        });
        severity.setPrefWidth(34);
        severity.setMaxWidth(34);
        severity.setMinWidth(34);

        TableColumn<Finding, String> where = new TableColumn<>("File");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()
                + (c.getValue().line() > 0 ? ":" + c.getValue().line() : "")));
        where.setPrefWidth(220);
        where.setMinWidth(180);
        where.setMaxWidth(320);

        TableColumn<Finding, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        rule.setPrefWidth(190);
        rule.setMinWidth(160);
        rule.setMaxWidth(280);

        TableColumn<Finding, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(320);
        // Messages are sentences: wrap them rather than cut them off.
        message.setCellFactory(col -> {
            TableCell<Finding, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String m, boolean empty) {
                    super.updateItem(m, empty);
                    setText(empty ? null : m);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        getColumns().setAll(java.util.List.of(severity, where, rule, message));

        setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>() {
                @Override
                protected void updateItem(Finding f, boolean empty) {
                    super.updateItem(f, empty);
                    setTooltip(empty || f == null ? null : new Tooltip(f.format()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    vm.showFinding(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                vm.showFinding(getSelectionModel().getSelectedItem());
            }
        });
    }

    static FontIcon icon(Severity s) {
        FontIcon i = new FontIcon(switch (s) {
            case ERROR -> "mdi2c-close-circle";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information";
        });
        i.getStyleClass().add("severity-" + s.word());
        return i;
    }
}
