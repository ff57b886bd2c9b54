package dev.bootdeck.ui.activity;

import dev.bootdeck.ui.tasks.ActivityEntry;
import dev.bootdeck.ui.tasks.ActivityLog;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Activity tab: every background task with its state, so slow or failed work is visible and cancellable. */
public final class ActivityView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public ActivityView(ActivityLog log) {
        getStyleClass().add("activity-view");
        setId("activity-view");
        TableView<ActivityEntry> table = new TableView<>(log.entries());
        table.setId("activity-table");
        table.setPlaceholder(new Label("Nothing has run yet. Refreshes, edits and saves appear here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ActivityEntry, String> started = new TableColumn<>("Started");
        started.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().started())));
        started.setPrefWidth(90);
        started.setMaxWidth(110);

        TableColumn<ActivityEntry, String> task = new TableColumn<>("Task");
        task.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        task.setPrefWidth(380);

        TableColumn<ActivityEntry, ActivityEntry.State> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setPrefWidth(110);
        state.setMaxWidth(140);

        TableColumn<ActivityEntry, String> took = new TableColumn<>("Took");
        took.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            Instant end = c.getValue().finishedProperty().get();
            if (end == null) {
                return "";
            }
            long ms = end.toEpochMilli() - c.getValue().started().toEpochMilli();
            return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }, c.getValue().finishedProperty()));
        took.setPrefWidth(90);
        took.setMaxWidth(110);

        TableColumn<ActivityEntry, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> c.getValue().messageProperty());

        TableColumn<ActivityEntry, ActivityEntry> cancel = new TableColumn<>("");
        cancel.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        cancel.setPrefWidth(90);
        cancel.setMaxWidth(90);
        cancel.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button("Cancel");

            @Override
            protected void updateItem(ActivityEntry item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                button.setOnAction(e -> item.cancel());
                button.disableProperty().bind(item.stateProperty().isNotEqualTo(ActivityEntry.State.RUNNING)
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !item.cancellable())));
                button.setTooltip(item.cancellable() ? null
                        : new javafx.scene.control.Tooltip("A write finishes or rolls back on its own"));
                setGraphic(button);
            }
        });

        table.getColumns().add(started);
        table.getColumns().add(task);
        table.getColumns().add(state);
        table.getColumns().add(took);
        table.getColumns().add(message);
        table.getColumns().add(cancel);
        setCenter(table);
    }
}
