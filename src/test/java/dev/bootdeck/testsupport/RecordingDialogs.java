package dev.bootdeck.testsupport;

import dev.bootdeck.ui.dialogs.DialogService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: records what would have been shown and answers from a script. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public final Deque<Object> answers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showWarning(String title, String message) {
        shown.add("warning: " + title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add("confirm: " + title + ": " + message);
        Object a = answers.poll();
        return a instanceof Boolean b && b;
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        shown.add("secret: " + title + ": " + message);
        Object a = answers.poll();
        return a instanceof String s ? Optional.of(s.toCharArray()) : Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        shown.add("text: " + title + ": " + message);
        Object a = answers.poll();
        return a instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
