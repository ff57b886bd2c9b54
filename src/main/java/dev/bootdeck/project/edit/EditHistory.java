package dev.bootdeck.project.edit;

import dev.bootdeck.project.ProjectException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo stack of one project directory: applied plans, most recent first. Undo writes back the exact bytes each
 * file had before, and refuses (writing nothing) when a file changed on disk after the edit.
 */
public final class EditHistory {
    private final Path directory;
    private final Deque<EditPlan> applied = new ArrayDeque<>();

    public EditHistory(Path directory) {
        this.directory = directory;
    }

    /** Applies {@code plan} atomically and remembers it for undo. */
    public void apply(EditPlan plan) throws ProjectException {
        PlanApplier.apply(directory, plan);
        applied.push(plan);
    }

    public boolean canUndo() {
        return !applied.isEmpty();
    }

    /** The plan {@link #undo()} would revert. */
    public Optional<EditPlan> peek() {
        return Optional.ofNullable(applied.peek());
    }

    /** Reverts the most recent plan; the plan stays on the stack if the files changed since. */
    public EditPlan undo() throws ProjectException {
        EditPlan last = applied.peek();
        if (last == null) {
            throw new ProjectException("Nothing to undo");
        }
        EditPlan inverse = last.inverse();
        for (FileChange c : inverse.changes()) {
            if (!PlanApplier.read(directory, c.path()).equals(c.before())) {
                throw new ProjectException("Cannot undo '" + last.title() + "': " + c.path()
                        + " changed on disk after the edit; nothing was written");
            }
        }
        PlanApplier.apply(directory, inverse);
        applied.pop();
        return inverse;
    }

    public int size() {
        return applied.size();
    }
}
