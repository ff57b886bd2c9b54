package dev.bootdeck.ui.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Project prompts for view-model tests: records each question and answers from a script (empty: cancelled). */
final class ScriptedPrompts implements ProjectPrompts {
    final List<String> asked = new ArrayList<>();
    final Deque<Object> answers = new ArrayDeque<>();

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next(Class<T> type) {
        Object a = answers.poll();
        return type.isInstance(a) ? Optional.of((T) a) : Optional.empty();
    }

    @Override
    public Optional<Path> chooseProjectFolder(Optional<Path> initial) {
        asked.add("folder");
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseExportFile(Optional<Path> initialDirectory, String initialName) {
        asked.add("export " + initialName);
        return next(Path.class);
    }
}
