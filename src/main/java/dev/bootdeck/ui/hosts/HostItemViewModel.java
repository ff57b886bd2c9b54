package dev.bootdeck.ui.hosts;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.ui.tasks.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One host of the sidebar: its settings entry, the last report, whether a refresh is running, and its badge. */
public final class HostItemViewModel {
    private final HostEntry entry;
    private final boolean demo;
    private final ObjectProperty<HostReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final ObjectBinding<HostBadge> badge;
    private TaskHandle running;

    public HostItemViewModel(HostEntry entry, boolean demo) {
        this.entry = entry;
        this.demo = demo;
        this.badge = Bindings.createObjectBinding(() -> HostBadge.of(report.get(), connecting.get()), report,
                connecting);
    }

    public HostEntry entry() {
        return entry;
    }

    public String name() {
        return entry.name();
    }

    /** The demo host, built from recorded bootc outputs: never contacted over SSH. */
    public boolean demo() {
        return demo;
    }

    public ObjectProperty<HostReport> reportProperty() {
        return report;
    }

    public HostReport report() {
        return report.get();
    }

    public BooleanProperty connectingProperty() {
        return connecting;
    }

    public ObjectBinding<HostBadge> badgeProperty() {
        return badge;
    }

    TaskHandle running() {
        return running;
    }

    void running(TaskHandle h) {
        running = h;
    }
}
