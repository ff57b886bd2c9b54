package dev.bootdeck.ui.project;

import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.NewBoundImage;
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
    final List<EditPlan> previewed = new ArrayList<>();

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

    @Override
    public Optional<NewBoundImage> askNewBoundImage() {
        asked.add("new bound image");
        return next(NewBoundImage.class);
    }

    @Override
    public boolean confirmPlan(EditPlan plan) {
        asked.add("preview " + plan.title());
        previewed.add(plan);
        return next(Boolean.class).orElse(false);
    }
}
