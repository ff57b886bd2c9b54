package dev.bootdeck.project.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * What one edit action will do, computed before anything is written: a title, the file changes in the order they
 * are applied, and notes for the user (for example that a rule already binds the new file, so no {@code ln} line is
 * added).
 *
 * @param title   e.g. "Create bound image web.container"
 * @param changes every file touched
 * @param notes   sentences worth showing beside the diff
 */
public record EditPlan(String title, List<FileChange> changes, List<String> notes) {
    public EditPlan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** All diffs, one after the other, as a patch. */
    public String diff() {
        StringBuilder b = new StringBuilder();
        changes.forEach(c -> b.append(c.diff()));
        return b.toString();
    }

    /** The plan that restores every file to its state before this one. */
    public EditPlan inverse() {
        List<FileChange> inv = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inv.add(changes.get(i).inverse());
        }
        return new EditPlan("Undo: " + title, inv, List.of());
    }

    public List<String> paths() {
        return changes.stream().map(FileChange::path).toList();
    }
}
