package dev.bootdeck.ui.hosts;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.ui.shell.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The host list at the left of the main window, fed from bootdeck's settings. */
public final class HostSidebar extends VBox {
    private final ObservableList<HostEntry> hosts = FXCollections.observableArrayList();
    private final ListView<HostEntry> list = new ListView<>(hosts);

    public HostSidebar(MainViewModel vm) {
        getStyleClass().add("host-sidebar");
        setId("host-sidebar");
        Label header = new Label("Hosts");
        header.getStyleClass().add("title-4");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button add = new Button(null, new FontIcon("mdi2p-plus"));
        add.setId("add-host");
        add.setTooltip(new Tooltip("Add a host (ssh_config alias or user@host:port)"));
        add.setOnAction(e -> vm.dialogs().askText("Add host", "SSH target: an ssh_config alias or user@host:port", "")
                .map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> {
                    List<HostEntry> next = new ArrayList<>(vm.settings().hosts());
                    if (next.stream().noneMatch(h -> h.name().equals(t))) {
                        next.add(HostEntry.of(t));
                        vm.update(vm.settings().withHosts(next));
                    }
                }));
        HBox top = new HBox(6, header, grow, add);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 8, 4, 10));
        list.setId("host-list");
        list.setPlaceholder(new Label("No hosts yet"));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HostEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);
        setMinWidth(200);
        vm.settingsProperty().addListener((obs, was, now) -> sync(now));
        sync(vm.settings());
    }

    private void sync(AppSettings s) {
        if (!hosts.equals(s.hosts())) {
            hosts.setAll(s.hosts());
        }
    }

    public ListView<HostEntry> list() {
        return list;
    }
}
