package dev.bootdeck.ui.hosts;

import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.ui.Format;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The host list at the left of the main window: state badge and last refresh per host, and the host actions. */
public final class HostSidebar extends VBox {
    private final HostsViewModel vm;
    private final ListView<HostItemViewModel> list;

    /**
     * @param sshConfigAliases reads the concrete {@code Host} aliases of the user's ssh_config (called off the FX
     *                         thread)
     */
    public HostSidebar(HostsViewModel vm, Supplier<List<String>> sshConfigAliases) {
        this.vm = vm;
        getStyleClass().add("host-sidebar");
        setId("host-sidebar");
        Label header = new Label("Hosts");
        header.getStyleClass().add("title-4");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button add = iconButton("add-host", "mdi2p-plus", "Add a host (ssh_config alias or user@host:port)");
        add.setOnAction(e -> addHost());
        Button importHosts = iconButton("import-hosts", "mdi2f-file-import-outline", "Import hosts from ~/.ssh/config");
        importHosts.setOnAction(e -> vm.main().tasks().run("Read ~/.ssh/config", ctx -> sshConfigAliases.get(),
                aliases -> {
                    int n = vm.importHosts(aliases);
                    vm.main().statusProperty().set(n == 0 ? "No new hosts in ~/.ssh/config"
                            : "Imported " + n + (n == 1 ? " host" : " hosts") + " from ~/.ssh/config");
                }, err -> vm.main().dialogs().showError("Import from ~/.ssh/config failed",
                        dev.bootdeck.ui.UserMessages.of(err))));
        Button refreshAll = iconButton("refresh-all", "mdi2r-refresh", "Refresh all hosts");
        refreshAll.setOnAction(e -> vm.refreshAll());
        HBox top = new HBox(4, header, grow, importHosts, refreshAll, add);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 8, 4, 10));

        list = new ListView<>(vm.items());
        list.setId("host-list");
        list.setPlaceholder(new Label("No hosts yet"));
        list.setCellFactory(v -> new HostCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(vm.selectedProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, list);
        setMinWidth(220);

        // "refreshed 3 min ago" ages while the window is open
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> list.refresh()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    private static Button iconButton(String id, String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void addHost() {
        new HostDialog(getScene() == null ? null : getScene().getWindow(), Optional.empty(), vm.entries().get())
                .showAndWait().ifPresent(vm::add);
    }

    private void editHost(HostItemViewModel item) {
        HostEntry old = item.entry();
        new HostDialog(getScene().getWindow(), Optional.of(old), vm.entries().get()).showAndWait()
                .ifPresent(now -> vm.replace(old, now));
    }

    private void removeHost(HostItemViewModel item) {
        if (vm.main().dialogs().confirm("Remove host", "Remove " + item.name() + " from bootdeck's list? "
                + "Nothing changes on the host or in ~/.ssh/config.", "Remove")) {
            vm.remove(item.entry());
        }
    }

    public ListView<HostItemViewModel> list() {
        return list;
    }

    private final class HostCell extends ListCell<HostItemViewModel> {
        private final Label name = new Label();
        private final Label target = new Label();
        private final Label badge = new Label();
        private final Label refreshed = new Label();
        private final VBox box;
        private final javafx.beans.value.ChangeListener<HostBadge> onBadge = (obs, was, now) -> showBadge(now);
        private HostItemViewModel shown;

        HostCell() {
            name.getStyleClass().add("host-name");
            target.getStyleClass().addAll("text-muted", "text-small");
            refreshed.getStyleClass().addAll("text-muted", "text-small");
            badge.getStyleClass().add("host-badge");
            HBox line3 = new HBox(8, badge, refreshed);
            line3.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, name, target, line3);
        }

        @Override
        protected void updateItem(HostItemViewModel item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.badgeProperty().removeListener(onBadge);
                shown = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            name.setText(item.name());
            target.setText(item.demo() ? "recorded bootc outputs, no SSH" : item.entry().target());
            shown = item;
            item.badgeProperty().addListener(onBadge);
            showBadge(item.badgeProperty().get());
            setGraphic(box);
            setContextMenu(menu(item));
        }

        private void showBadge(HostBadge b) {
            badge.setText(b.label());
            badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
            badge.getStyleClass().add(b.styleClass());
            refreshed.setText(shown == null ? "" : refreshedText(shown));
        }

        private String refreshedText(HostItemViewModel item) {
            return item.report() == null ? "" : Format.relative(item.report().refreshedAt(), vm.clock().instant());
        }

        private ContextMenu menu(HostItemViewModel item) {
            MenuItem refresh = new MenuItem("Refresh", new FontIcon("mdi2r-refresh"));
            refresh.setOnAction(e -> vm.refresh(item));
            MenuItem cancel = new MenuItem("Cancel refresh");
            cancel.setOnAction(e -> vm.cancel(item));
            cancel.disableProperty().bind(item.connectingProperty().not());
            ContextMenu m = new ContextMenu(refresh, cancel);
            if (!item.demo()) {
                MenuItem edit = new MenuItem("Edit…", new FontIcon("mdi2p-pencil"));
                edit.setOnAction(e -> editHost(item));
                MenuItem remove = new MenuItem("Remove", new FontIcon("mdi2d-delete-outline"));
                remove.setOnAction(e -> removeHost(item));
                m.getItems().addAll(new SeparatorMenuItem(), edit, remove);
            }
            return m;
        }
    }
}
