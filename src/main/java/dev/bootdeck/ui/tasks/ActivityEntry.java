package dev.bootdeck.ui.tasks;

import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the Activity tab: a task, when it started and ended, and how it went. Changed on the FX thread only. */
public final class ActivityEntry {
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final Instant started;
    private final boolean cancellable;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.RUNNING);
    private final ObjectProperty<Instant> finished = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private TaskHandle handle;

    public ActivityEntry(String title, Instant started, boolean cancellable) {
        this.title = title;
        this.started = started;
        this.cancellable = cancellable;
    }

    /** False for work that must finish or roll back by itself (file writes): no Cancel is offered. */
    public boolean cancellable() {
        return cancellable;
    }

    public String title() {
        return title;
    }

    public Instant started() {
        return started;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<Instant> finishedProperty() {
        return finished;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public String message() {
        return message.get();
    }

    void finish(State s, String msg, Instant when) {
        state.set(s);
        message.set(msg == null ? "" : msg);
        finished.set(when);
    }

    void attach(TaskHandle h) {
        this.handle = h;
    }

    /** Cancels the task if it is still running. */
    public void cancel() {
        if (handle != null && state.get() == State.RUNNING) {
            handle.cancel();
        }
    }
}
