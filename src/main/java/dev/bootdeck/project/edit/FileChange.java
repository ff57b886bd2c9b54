package dev.bootdeck.project.edit;

/**
 * One file an edit changes: its state before (as read when the plan was made) and after, and the unified diff to
 * show.
 *
 * @param path   project-relative path
 * @param before the state the plan expects to find
 * @param after  the state it leaves
 * @param diff   a unified diff ({@code --- a/path}, {@code +++ b/path}, hunks)
 */
public record FileChange(String path, FileState before, FileState after, String diff) {

    public boolean creates() {
        return before instanceof FileState.Absent;
    }

    public boolean deletes() {
        return after instanceof FileState.Absent;
    }

    /** The change that undoes this one. */
    public FileChange inverse() {
        return new FileChange(path, after, before, UnifiedDiff.of(path, after, before));
    }
}
