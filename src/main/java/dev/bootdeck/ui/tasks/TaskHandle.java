package dev.bootdeck.ui.tasks;

/** A running background task the user can cancel (closes its remote channel through thread interruption). */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
