package dev.bootdeck.ui.hosts;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SudoMode;
import dev.bootdeck.ui.UserMessages;
import dev.bootdeck.ui.shell.MainViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's hosts: those in the settings, plus the demo host when nothing is configured (or with
 * {@code --demo}); selection, refresh (one background task per host, a new refresh cancels the running one), and
 * add / edit / remove / import, saved to the settings.
 */
public final class HostsViewModel {
    public static final HostEntry DEMO_ENTRY = new HostEntry("Demo host (recorded)", "demo", SudoMode.AUTO);

    private final MainViewModel main;
    private final HostInspection inspection;
    private final HostInspection demoInspection;
    private final Clock clock;
    private final boolean forceDemo;
    private final ObservableList<HostItemViewModel> items = FXCollections.observableArrayList();
    private final ObjectProperty<HostItemViewModel> selected = new SimpleObjectProperty<>();

    public HostsViewModel(MainViewModel main, HostInspection inspection, HostInspection demoInspection, Clock clock,
                          boolean forceDemo) {
        this.main = main;
        this.inspection = inspection;
        this.demoInspection = demoInspection;
        this.clock = clock;
        this.forceDemo = forceDemo;
        sync(main.settings());
        main.settingsProperty().addListener((obs, was, now) -> sync(now));
        main.onRefresh(MainViewModel.Tab.DEPLOYMENTS, this::refreshSelected);
        if (!items.isEmpty()) {
            selected.set(forceDemo ? items.stream().filter(HostItemViewModel::demo).findFirst().orElse(items.get(0))
                    : items.get(0));
        }
    }

    private void sync(AppSettings s) {
        Map<String, HostItemViewModel> old = new LinkedHashMap<>();
        items.forEach(i -> old.put(key(i.entry(), i.demo()), i));
        List<HostItemViewModel> next = new ArrayList<>();
        if (forceDemo || s.hosts().isEmpty()) {
            next.add(old.getOrDefault(key(DEMO_ENTRY, true), new HostItemViewModel(DEMO_ENTRY, true)));
        }
        for (HostEntry h : s.hosts()) {
            next.add(old.getOrDefault(key(h, false), new HostItemViewModel(h, false)));
        }
        if (!items.equals(next)) {
            items.setAll(next);
        }
        if (selected.get() != null && !items.contains(selected.get())) {
            selected.set(items.isEmpty() ? null : items.get(0));
        }
    }

    private static String key(HostEntry e, boolean demo) {
        return (demo ? "demo\u0000" : "") + e.name() + "\u0000" + e.target() + "\u0000" + e.sudo();
    }

    public ObservableList<HostItemViewModel> items() {
        return items;
    }

    public ObjectProperty<HostItemViewModel> selectedProperty() {
        return selected;
    }

    public Clock clock() {
        return clock;
    }

    public void refreshSelected() {
        HostItemViewModel item = selected.get();
        if (item == null) {
            main.statusProperty().set("No host selected");
        } else {
            refresh(item);
        }
    }

    /** Refreshes every host that is not being refreshed already. */
    public void refreshAll() {
        for (HostItemViewModel i : items) {
            if (!i.connectingProperty().get()) {
                refresh(i);
            }
        }
    }

    /** Refreshes one host in the background; the window stays responsive whatever the host does. */
    public void refresh(HostItemViewModel item) {
        if (item.running() != null && !item.running().isDone()) {
            item.running().cancel();
        }
        item.connectingProperty().set(true);
        String name = item.name();
        HostInspection source = item.demo() ? demoInspection : inspection;
        main.statusProperty().set("Refreshing " + name + "…");
        item.running(main.tasks().run("Refresh " + name, ctx -> source.inspect(item.entry(), ctx), report -> {
            item.connectingProperty().set(false);
            item.reportProperty().set(report);
            main.statusProperty().set(report.ok() ? "Refreshed " + name : name + ": " + report.error());
        }, e -> {
            item.connectingProperty().set(false);
            item.reportProperty().set(HostReport.failed(name, HostState.BAD_OUTPUT,
                    "Refreshing " + name + " failed: " + UserMessages.of(e), clock.instant()));
            main.statusProperty().set("Refreshing " + name + " failed");
        }, () -> {
            // cancelled here, in the Activity tab or by a newer refresh: only the last one says "not connecting"
            if (item.running().isDone()) {
                item.connectingProperty().set(false);
                main.statusProperty().set("Refreshing " + name + " cancelled");
            }
        }));
    }

    public void cancel(HostItemViewModel item) {
        if (item.running() != null) {
            item.running().cancel();
            item.connectingProperty().set(false);
        }
    }

    /** Adds a host; false when the name is taken. */
    public boolean add(HostEntry entry) {
        List<HostEntry> hosts = new ArrayList<>(main.settings().hosts());
        if (hosts.stream().anyMatch(h -> h.name().equals(entry.name()))) {
            return false;
        }
        hosts.add(entry);
        main.update(main.settings().withHosts(hosts));
        items.stream().filter(i -> !i.demo() && i.entry().equals(entry)).findFirst().ifPresent(i -> {
            selected.set(i);
            refresh(i);
        });
        return true;
    }

    public void replace(HostEntry old, HostEntry now) {
        List<HostEntry> hosts = new ArrayList<>(main.settings().hosts());
        int i = hosts.indexOf(old);
        if (i < 0) {
            return;
        }
        hosts.set(i, now);
        main.update(main.settings().withHosts(hosts));
        items.stream().filter(x -> !x.demo() && x.entry().equals(now)).findFirst().ifPresent(selected::set);
    }

    public void remove(HostEntry entry) {
        List<HostEntry> hosts = new ArrayList<>(main.settings().hosts());
        hosts.remove(entry);
        main.update(main.settings().withHosts(hosts));
    }

    /** Adds the hosts named in ssh_config that are not in the list yet; returns how many were added. */
    public int importHosts(List<String> aliases) {
        List<HostEntry> hosts = new ArrayList<>(main.settings().hosts());
        int added = 0;
        for (String a : aliases) {
            if (hosts.stream().noneMatch(h -> h.name().equals(a) || h.target().equals(a))) {
                hosts.add(HostEntry.of(a));
                added++;
            }
        }
        if (added > 0) {
            main.update(main.settings().withHosts(hosts));
        }
        return added;
    }

    public Supplier<List<HostEntry>> entries() {
        return () -> main.settings().hosts();
    }

    public MainViewModel main() {
        return main;
    }
}
