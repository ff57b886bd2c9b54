package dev.bootdeck.ui.deployments;

import dev.bootdeck.bootc.NextBootChanges;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.BoundImageChange;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.BoundImagesState;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.Digests;
import dev.bootdeck.model.GcPlan;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.StoredImage;
import dev.bootdeck.model.UsrOverlay;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.remote.HostReportWording;
import dev.bootdeck.ui.Format;
import dev.bootdeck.ui.hosts.HostItemViewModel;
import dev.bootdeck.ui.shell.EmptyState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Deployments tab: the selected host's deployments (staged, booted, rollback, others) in bootc's own words, each
 * with its bound images and whether they are in bootc's storage, what the next boot changes, and what bootc's
 * garbage collection would prune. Rebuilt from the report whenever it changes; it never talks to a host itself.
 */
public final class DeploymentsView extends BorderPane {
    private static final double ROW = 30;
    private static final double HEADER = 44;
    private final DeploymentsViewModel vm;
    private final VBox content = new VBox(14);
    private final Timeline autoRefresh = new Timeline();

    public DeploymentsView(DeploymentsViewModel vm) {
        this.vm = vm;
        setId("deployments-view");
        getStyleClass().add("deployments-view");
        content.setPadding(new Insets(14, 18, 18, 18));
        content.setId("deployments-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        vm.reportProperty().addListener((obs, was, now) -> rebuild());
        vm.connectingProperty().addListener((obs, was, now) -> rebuild());
        vm.hostProperty().addListener((obs, was, now) -> rebuild());
        vm.refreshIntervalProperty().addListener((obs, was, now) -> schedule(now.intValue()));
        schedule(vm.refreshIntervalProperty().get());
        rebuild();
    }

    private void schedule(int seconds) {
        autoRefresh.stop();
        autoRefresh.getKeyFrames().clear();
        if (seconds > 0) {
            autoRefresh.getKeyFrames().add(new KeyFrame(Duration.seconds(seconds), e -> {
                if (!vm.connectingProperty().get()) {
                    vm.refresh();
                }
            }));
            autoRefresh.setCycleCount(Timeline.INDEFINITE);
            autoRefresh.play();
        }
    }

    private void rebuild() {
        HostItemViewModel host = vm.hostProperty().get();
        if (host == null) {
            content.getChildren().setAll(new EmptyState("mdi2s-server-network", "No host selected",
                    "Add a host with + in the sidebar, or import hosts from ~/.ssh/config."));
            return;
        }
        List<Node> nodes = new ArrayList<>();
        HostReport r = vm.reportProperty().get();
        nodes.add(header(host, r));
        if (host.demo()) {
            Node demo = banner("banner-accent", "mdi2i-information-outline", "Demo host",
                    "This host is built from recorded bootc outputs, to show every part of this view. Nothing here "
                            + "is a live machine; add your own hosts with + in the sidebar.", null);
            demo.setId("demo-banner");
            nodes.add(demo);
        }
        if (r == null) {
            if (vm.connectingProperty().get()) {
                ProgressIndicator p = new ProgressIndicator();
                p.setMaxSize(48, 48);
                Label l = new Label("Connecting to " + host.name() + "…");
                VBox box = new VBox(12, p, l);
                box.setAlignment(Pos.CENTER);
                box.setPadding(new Insets(60));
                nodes.add(box);
            } else {
                nodes.add(new EmptyState("mdi2r-refresh", "Not refreshed yet", "Press Refresh (F5) to inspect "
                        + host.name() + "."));
            }
        } else if (!r.ok()) {
            Button retry = new Button("Retry", new FontIcon("mdi2r-refresh"));
            retry.setId("retry-button");
            retry.setOnAction(e -> vm.refresh());
            retry.disableProperty().bind(vm.connectingProperty());
            nodes.add(banner("banner-danger", "mdi2a-alert-circle-outline", title(r), r.error(), retry));
            r.warnings().forEach(w -> nodes.add(banner("banner-warning", "mdi2a-alert-outline", "Warning", w, null)));
        } else {
            nodes.addAll(hostBanners(r, vm.nextBootProperty().get()));
            nodes.add(facts(r));
            nodes.add(nextBootSection(vm.nextBootProperty().get()));
            nodes.add(sectionTitle("Deployments", r.deployments().size() + " in bootc status"));
            for (DeploymentReport d : r.deployments()) {
                nodes.add(deploymentCard(d));
            }
            nodes.add(gcSection(r));
        }
        content.getChildren().setAll(nodes);
    }

    private static String title(HostReport r) {
        return switch (r.state()) {
            case UNREACHABLE -> "Host unreachable";
            case TIMEOUT -> "Timed out";
            case AUTH_FAILED -> "Authentication failed";
            case HOST_KEY_CHANGED -> "Host key changed: connection refused";
            case HOST_KEY_UNKNOWN -> "Unknown host key";
            case CONFIG_ERROR -> "SSH configuration problem";
            case SUDO_PASSWORD_REQUIRED -> "sudo needs a password";
            case SUDO_DENIED -> "sudo refused";
            case BOOTC_MISSING -> "bootc is not installed";
            case NOT_BOOTC_HOST -> "Not a bootc host";
            case BOOTC_ERROR -> "bootc status failed";
            case TRUNCATED_OUTPUT -> "Output cut short";
            case BAD_OUTPUT -> "Unreadable output";
            case CANCELLED -> "Cancelled";
            case OK -> "OK";
        };
    }

    private Node header(HostItemViewModel host, HostReport r) {
        Label name = new Label(host.name());
        name.getStyleClass().add("title-2");
        name.setId("host-title");
        Label badge = new Label(host.badgeProperty().get().label());
        badge.getStyleClass().addAll("host-badge", host.badgeProperty().get().styleClass());
        badge.setId("host-badge");
        VBox left = new VBox(2, new HBox(10, name, badge));
        ((HBox) left.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        if (r != null) {
            Instant now = vm.hosts().clock().instant();
            Label when = new Label((r.demo() ? "Recorded outputs, loaded " : "Refreshed ")
                    + Format.relative(r.refreshedAt(), now) + " (" + Format.absolute(r.refreshedAt()) + ")"
                    + (r.bootcVersion() == null ? "" : " · bootc " + r.bootcVersion()));
            when.getStyleClass().add("text-muted");
            when.setId("refreshed-at");
            left.getChildren().add(when);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("host-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Button cancel = new Button("Cancel");
        cancel.setId("host-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.connectingProperty());
        cancel.managedProperty().bind(vm.connectingProperty());
        ChoiceBox<Integer> interval = new ChoiceBox<>(FXCollections.observableArrayList(DeploymentsViewModel.INTERVALS));
        interval.setId("refresh-interval");
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null || s == 0 ? "Auto-refresh off" : "Every " + (s < 60 ? s + " s" : s / 60 + " min");
            }

            @Override
            public Integer fromString(String s) {
                return 0;
            }
        });
        interval.setValue(vm.refreshIntervalProperty().get());
        interval.valueProperty().addListener((obs, was, now) -> vm.refreshIntervalProperty().set(now == null ? 0 : now));
        HBox right = new HBox(8, interval, cancel, refresh);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox h = new HBox(12, left, grow, right);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private List<Node> hostBanners(HostReport r, NextBootChanges next) {
        List<Node> out = new ArrayList<>();
        if (next != null && !next.missing().isEmpty()) {
            String slot = next.next().map(DeploymentReport::label).orElse("next");
            StringBuilder sb = new StringBuilder("The deployment that boots next (" + slot + ") binds images that are "
                    + "not in bootc's storage (/usr/lib/bootc/storage): ");
            sb.append(String.join(", ", next.missing().stream().map(b -> b.image() + " (" + b.link() + ")").toList()));
            sb.append(". bootc stages a deployment even when a bound-image pull failed and does not retry it: the "
                    + "containers that use these images will not start after the reboot. Pull them into bootc's "
                    + "storage (bootc image cmd pull IMAGE) before rebooting.");
            Node n = banner("banner-danger", "mdi2a-alert-octagon-outline", "Next boot misses bound images",
                    sb.toString(), null);
            n.setId("missing-images-warning");
            out.add(n);
        }
        if (Boolean.TRUE.equals(r.autoUpdateTimerActive())) {
            out.add(banner("banner-warning", "mdi2t-timer-alert-outline", "Automatic updates are on",
                    "bootc-fetch-apply-updates.timer is active: it runs bootc upgrade --apply on its own (about every "
                            + "8 hours) and reboots the host when an update is found. It can race with what you do "
                            + "here.", null));
        }
        for (String w : r.warnings()) {
            if (r.demo() && w.equals(DemoHost.LABEL)) {
                continue; // said by the demo banner already
            }
            out.add(banner("banner-warning", "mdi2a-alert-outline", "Warning", w, null));
        }
        return out;
    }

    private Node facts(HostReport r) {
        FlowPane chips = new FlowPane(8, 8);
        chips.setId("host-facts");
        chips.getChildren().add(chip("bootc", r.bootcVersion() == null ? "version unknown" : r.bootcVersion(), null));
        chips.getChildren().add(chip("auto-update timer", HostReportWording.autoUpdateTimer(r.autoUpdateTimerActive()),
                Boolean.TRUE.equals(r.autoUpdateTimerActive()) ? "chip-warning" : null));
        chips.getChildren().add(chip("pull secret /etc/ostree/auth.json",
                HostReportWording.authJson(r.authJsonPresent()), null));
        BootcHost status = r.status();
        if (status != null) {
            chips.getChildren().add(chip("rollback queued", status.rollbackQueued() ? "yes" : "no",
                    status.rollbackQueued() ? "chip-warning" : null));
            UsrOverlay overlay = status.status().usrOverlay();
            chips.getChildren().add(chip("usr overlay", overlay == null ? "none"
                    : overlay.accessMode() + ", " + overlay.persistence(), overlay == null ? null : "chip-warning"));
            if (status.status().readOnly()) {
                chips.getChildren().add(chip("sysroot", "read-only", "chip-warning"));
            }
        }
        return chips;
    }

    private Node nextBootSection(NextBootChanges next) {
        VBox box = new VBox(8);
        box.setId("next-boot");
        box.getChildren().add(sectionTitle("Next boot", null));
        if (next == null || next.next().isEmpty()) {
            box.getChildren().add(new Label("bootc reports no deployment to boot next."));
            return box;
        }
        DeploymentReport n = next.next().get();
        String what = n.label() + (n.image() == null ? "" : ": " + n.image())
                + (n.version() == null ? "" : " (version " + n.version() + ")");
        Label l = new Label("Boots next: " + what);
        l.getStyleClass().add("text-bold");
        l.setId("next-boot-label");
        box.getChildren().add(l);
        HostReport r = vm.reportProperty().get();
        if (r != null && r.nextBootReason() != null) {
            Label reason = new Label(r.nextBootReason());
            reason.getStyleClass().add("text-muted");
            reason.setWrapText(true);
            box.getChildren().add(reason);
        }
        if (!next.bootsAnotherDeployment()) {
            box.getChildren().add(new Label("The booted deployment boots again: its bound images stay as they are."));
            return box;
        }
        if (next.changes().isEmpty()) {
            Label same = new Label("Same bound images as the booted deployment.");
            same.setId("next-boot-no-changes");
            box.getChildren().add(same);
            return box;
        }
        TableView<BoundImageChange> t = new TableView<>(FXCollections.observableArrayList(next.changes()));
        t.setId("next-boot-diff");
        t.getColumns().add(col("Change", c -> switch (c.kind()) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case IMAGE_CHANGED -> "image changed";
        }, 110));
        t.getColumns().add(col("Link", BoundImageChange::link, 190));
        t.getColumns().add(col("Booted", c -> c.before() == null ? "—" : c.before(), 270));
        t.getColumns().add(col("Next boot", c -> c.after() == null ? "—" : c.after(), 270));
        TableColumn<BoundImageChange, String> stored = col("In bootc storage",
                c -> c.after() == null ? "" : presence(c.presentAfter()), 140);
        stored.setCellFactory(c -> new PresenceCell<>());
        t.getColumns().add(stored);
        fitRows(t, next.changes().size());
        box.getChildren().add(t);
        return box;
    }

    private Node deploymentCard(DeploymentReport d) {
        VBox card = new VBox(10);
        card.getStyleClass().add("deployment-card");
        card.setId("deployment-" + d.label().replace('[', '-').replace("]", ""));
        Label slot = new Label(d.label());
        slot.getStyleClass().add("title-3");
        HBox head = new HBox(8, slot);
        head.setAlignment(Pos.CENTER_LEFT);
        if (d.nextBoot()) {
            head.getChildren().add(tag("boots next", "tag-accent", "next-boot-marker"));
        }
        if (d.updateAvailable()) {
            head.getChildren().add(tag("update available", "tag-success", null));
        }
        if (d.pinned()) {
            head.getChildren().add(tag("pinned", "tag-neutral", null));
        }
        if (d.downloadOnly()) {
            head.getChildren().add(tag("download-only", "tag-warning", null));
        }
        if (d.softRebootCapable()) {
            head.getChildren().add(tag("soft-reboot capable", "tag-neutral", null));
        }
        if (d.incompatible()) {
            head.getChildren().add(tag("incompatible (rpm-ostree layering)", "tag-danger", null));
        }
        card.getChildren().add(head);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        int row = 0;
        row = fact(grid, row, "Image", d.image() == null ? "not a container image" : d.image()
                + (d.transport() != null && !"registry".equals(d.transport()) ? " (" + d.transport() + ")" : ""));
        row = fact(grid, row, "Version", d.version() == null ? "—" : d.version());
        if (d.digest() != null) {
            Hyperlink digest = new Hyperlink(d.digestShort());
            digest.getStyleClass().add("digest-link");
            digest.setTooltip(new Tooltip(d.digest() + "\nClick to copy"));
            digest.setOnAction(e -> vm.copy("digest", d.digest()));
            grid.addRow(row++, factLabel("Digest"), digest);
        } else {
            row = fact(grid, row, "Digest", "—");
        }
        row = fact(grid, row, "Built", when(d.timestamp()));
        row = fact(grid, row, "Architecture", d.architecture() == null ? "—" : d.architecture());
        row = fact(grid, row, "Flags", "pinned " + yesNo(d.pinned()) + " · download-only " + yesNo(d.downloadOnly())
                + " · soft-reboot capable " + yesNo(d.softRebootCapable()) + " · incompatible "
                + yesNo(d.incompatible()));
        if (d.store() != null) {
            row = fact(grid, row, "Store", d.store());
        }
        if (d.ostreeRoot() != null) {
            row = fact(grid, row, "Root", d.ostreeRoot());
        }
        if (d.cachedUpdate() != null) {
            String u = (d.updateAvailable() ? "" : "(already current) ") + d.cachedUpdate().image()
                    + (d.cachedUpdate().version() == null ? "" : ", version " + d.cachedUpdate().version())
                    + (d.cachedUpdate().digest() == null ? "" : ", " + Digests.shorten(d.cachedUpdate().digest()))
                    + (d.cachedUpdate().timestamp() == null ? "" : ", built " + when(d.cachedUpdate().timestamp()));
            row = fact(grid, row, "Cached update", u);
        }
        card.getChildren().add(grid);

        Label bi = new Label("Bound images");
        bi.getStyleClass().add("text-bold");
        card.getChildren().add(bi);
        card.getChildren().add(boundImages(d));
        return card;
    }

    private Node boundImages(DeploymentReport d) {
        String why = HostReportWording.boundImagesState(d.boundImagesState()).orElse(null);
        VBox box = new VBox(6);
        for (var f : d.findings()) {
            Label l = new Label(f.severity().word() + ": " + f.message());
            l.getStyleClass().add(f.severity() == dev.bootdeck.model.Severity.ERROR ? "danger" : "warning");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (why != null && d.boundImages().isEmpty()) {
            Label l = new Label(why);
            l.getStyleClass().add(d.boundImagesState() == BoundImagesState.EMPTY
                    || d.boundImagesState() == BoundImagesState.ABSENT ? "text-muted" : "warning");
            box.getChildren().add(l);
            return box;
        }
        TableView<BoundImageReport> t = new TableView<>(FXCollections.observableArrayList(d.boundImages()));
        t.getStyleClass().add("bound-images-table");
        t.setId("bound-images-" + d.label().replace('[', '-').replace("]", ""));
        t.getColumns().add(col("Image", b -> b.image() == null ? "(bootc cannot read it)" : b.image(), 270));
        t.getColumns().add(col("Link", BoundImageReport::link, 150));
        t.getColumns().add(col("Source file", BoundImageReport::file, 240));
        TableColumn<BoundImageReport, String> present = col("In storage", b -> presence(b.present()), 100);
        present.setCellFactory(c -> new PresenceCell<>());
        t.getColumns().add(present);
        TableColumn<BoundImageReport, BoundImageReport> problems = new TableColumn<>("Problems");
        problems.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyObjectWrapper<>(x.getValue()));
        problems.setPrefWidth(300);
        problems.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoundImageReport b, boolean empty) {
                super.updateItem(b, empty);
                getStyleClass().removeAll("danger", "warning");
                if (empty || b == null || b.problems().isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                // the rule ids fit the cell; the whole sentences are in the tooltip
                setText(b.findings().isEmpty() ? String.join("; ", b.problems())
                        : String.join(", ", b.findings().stream().map(f -> f.rule()).distinct().toList()));
                getStyleClass().add(b.hasError() ? "danger" : "warning");
                Tooltip tip = new Tooltip(String.join("\n", b.problems()));
                tip.setWrapText(true);
                tip.setMaxWidth(640);
                setTooltip(tip);
            }
        });
        t.getColumns().add(problems);
        fitRows(t, d.boundImages().size());
        box.getChildren().add(t);
        return box;
    }

    private Node gcSection(HostReport r) {
        VBox box = new VBox(8);
        box.setId("gc-preview");
        GcPlan plan = r.gcPlan();
        box.getChildren().add(sectionTitle("Garbage collection preview",
                "what bootc's cleanup would prune from /usr/lib/bootc/storage"));
        if (plan == null) {
            box.getChildren().add(new Label("bootc's storage could not be listed, so the plan is unknown."));
            return box;
        }
        if (plan.gcFails()) {
            Label l = new Label("bootc's cleanup fails on this host (a deployment's bound images cannot be read), so "
                    + "it prunes nothing until that is fixed.");
            l.getStyleClass().add("danger");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        Label summary = new Label(plan.pruned().size() + " of " + (plan.kept().size() + plan.pruned().size())
                + " stored images would be pruned" + (plan.prunedBytes() > 0 ? " (" + Format.bytes(plan.prunedBytes())
                + ")" : "") + "; " + plan.roots().size() + " names are kept as roots.");
        summary.setId("gc-summary");
        box.getChildren().add(summary);
        if (!plan.pruned().isEmpty()) {
            TableView<StoredImage> t = new TableView<>(FXCollections.observableArrayList(plan.pruned()));
            t.setId("gc-table");
            t.getColumns().add(col("Names", s -> s.names().isEmpty() ? "<none>" : String.join(", ", s.names()), 460));
            t.getColumns().add(col("Image ID", StoredImage::shortId, 150));
            t.getColumns().add(col("Size", s -> s.size() == null ? "—" : Format.bytes(s.size()), 110));
            fitRows(t, plan.pruned().size());
            box.getChildren().add(t);
        }
        for (String note : plan.notes()) {
            Label l = new Label(note);
            l.getStyleClass().add("text-muted");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    // ---- small builders ----

    /** "present" / "missing" / "unknown", coloured. */
    private static final class PresenceCell<T> extends TableCell<T, String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeAll("presence-missing", "presence-present", "presence-unknown");
            setText(empty ? null : s);
            if (!empty && s != null && !s.isEmpty()) {
                getStyleClass().add("presence-" + s);
            }
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String presence(Boolean present) {
        return present == null ? "unknown" : present ? "present" : "missing";
    }

    private String when(String rfc3339) {
        if (rfc3339 == null) {
            return "—";
        }
        Optional<Instant> t = Format.rfc3339(rfc3339);
        return t.map(i -> Format.relative(i, vm.hosts().clock().instant()) + " (" + Format.absolute(i) + ")")
                .orElse(rfc3339);
    }

    private static <T> TableColumn<T, String> col(String title, java.util.function.Function<T, String> f, double w) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static void fitRows(TableView<?> t, int rows) {
        t.setFixedCellSize(ROW);
        double h = ROW * Math.max(rows, 1) + HEADER;
        t.setPrefHeight(h);
        t.setMinHeight(h);
        t.setMaxHeight(h);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, factLabel(name), v);
        return row + 1;
    }

    private static Label factLabel(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("text-muted");
        l.setMinWidth(110);
        return l;
    }

    private static Node sectionTitle(String title, String hint) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        HBox box = new HBox(10, t);
        box.setAlignment(Pos.BASELINE_LEFT);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("text-muted");
            box.getChildren().add(h);
        }
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static Label tag(String text, String style, String id) {
        Label l = new Label(text);
        l.getStyleClass().addAll("tag", style);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private static Node chip(String name, String value, String style) {
        Label n = new Label(name);
        n.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.getStyleClass().add("text-bold");
        HBox box = new HBox(6, n, v);
        box.getStyleClass().add("fact-chip");
        if (style != null) {
            box.getStyleClass().add(style);
        }
        return box;
    }

    static Node banner(String style, String icon, String title, String text, Node action) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("banner-icon");
        Label t = new Label(title);
        t.getStyleClass().add("text-bold");
        Label d = new Label(text);
        d.setWrapText(true);
        VBox body = new VBox(4, t, d);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(12, i, body);
        if (action != null) {
            box.getChildren().add(action);
        }
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("banner", style);
        return box;
    }
}
