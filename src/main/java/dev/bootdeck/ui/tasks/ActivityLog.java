package dev.bootdeck.ui.tasks;

import java.time.Clock;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tasks a runner ran, newest first, bounded so a long session does not grow without end. FX thread only. */
public final class ActivityLog {
    static final int MAX_ENTRIES = 500;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final Clock clock;

    public ActivityLog(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<ActivityEntry> entries() {
        return entries;
    }

    ActivityEntry start(String title, boolean cancellable) {
        ActivityEntry e = new ActivityEntry(title, clock.instant(), cancellable);
        entries.add(0, e);
        running.set(running.get() + 1);
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(MAX_ENTRIES, entries.size());
        }
        return e;
    }

    void finish(ActivityEntry e, ActivityEntry.State state, String message) {
        if (e.state() == ActivityEntry.State.RUNNING) {
            running.set(running.get() - 1);
        }
        e.finish(state, message, clock.instant());
    }

    /** Number of tasks still running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
