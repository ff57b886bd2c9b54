package dev.bootdeck.ui.deployments;

import dev.bootdeck.bootc.NextBootChanges;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.ui.hosts.HostItemViewModel;
import dev.bootdeck.ui.hosts.HostsViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;

/**
 * The Deployments tab of the selected host: its last report, whether a refresh runs, what the next boot changes,
 * the optional refresh interval, and copying values (digests) to the clipboard.
 */
public final class DeploymentsViewModel {
    /** Intervals offered for automatic refresh, in seconds; 0 is off. */
    public static final List<Integer> INTERVALS = List.of(0, 60, 300, 900);

    private final HostsViewModel hosts;
    private final Consumer<String> clipboard;
    private final ReadOnlyObjectWrapper<HostItemViewModel> host = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HostReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NextBootChanges> nextBoot = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final IntegerProperty refreshInterval = new SimpleIntegerProperty();
    private final ChangeListener<HostReport> onReport = (obs, was, now) -> showReport(now);
    private final ChangeListener<Boolean> onConnecting = (obs, was, now) -> connecting.set(now);

    public DeploymentsViewModel(HostsViewModel hosts, Consumer<String> clipboard) {
        this.hosts = hosts;
        this.clipboard = clipboard;
        hosts.selectedProperty().addListener((obs, was, now) -> select(was, now));
        select(null, hosts.selectedProperty().get());
        refreshInterval.set(hosts.main().settings().refreshIntervalSeconds());
        refreshInterval.addListener((obs, was, now) -> {
            AppSettings s = hosts.main().settings();
            if (s.refreshIntervalSeconds() != now.intValue()) {
                hosts.main().update(s.withRefreshInterval(now.intValue()));
            }
        });
    }

    private void select(HostItemViewModel was, HostItemViewModel now) {
        if (was != null) {
            was.reportProperty().removeListener(onReport);
            was.connectingProperty().removeListener(onConnecting);
        }
        host.set(now);
        if (now != null) {
            now.reportProperty().addListener(onReport);
            now.connectingProperty().addListener(onConnecting);
            connecting.set(now.connectingProperty().get());
            showReport(now.report());
            if (now.report() == null && !now.connectingProperty().get()) {
                hosts.refresh(now);
            }
        } else {
            connecting.set(false);
            showReport(null);
        }
    }

    private void showReport(HostReport r) {
        nextBoot.set(r == null || !r.ok() ? null : NextBootChanges.of(r.deployments()));
        report.set(r);
    }

    public ReadOnlyObjectProperty<HostItemViewModel> hostProperty() {
        return host.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HostReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NextBootChanges> nextBootProperty() {
        return nextBoot.getReadOnlyProperty();
    }

    public BooleanProperty connectingProperty() {
        return connecting;
    }

    public IntegerProperty refreshIntervalProperty() {
        return refreshInterval;
    }

    public void refresh() {
        HostItemViewModel h = host.get();
        if (h != null) {
            hosts.refresh(h);
        }
    }

    public void cancel() {
        HostItemViewModel h = host.get();
        if (h != null) {
            hosts.cancel(h);
        }
    }

    /** Copies {@code text} to the clipboard and says so in the status line. */
    public void copy(String what, String text) {
        clipboard.accept(text);
        hosts.main().statusProperty().set("Copied " + what + " to the clipboard: " + text);
    }

    public HostsViewModel hosts() {
        return hosts;
    }
}
