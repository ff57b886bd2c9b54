package dev.bootdeck.project.build;

import dev.bootdeck.project.containerfile.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * What one {@code COPY} or {@code ADD} line does, as far as it was understood.
 *
 * @param instruction the instruction
 * @param fromStage   the stage it copies from ({@code --from=}), or empty for the build context
 * @param sources     its sources in order
 * @param dest        its destination
 * @param landings    every project file it placed in the image, and where
 */
public record CopyRecord(Instruction instruction, Optional<String> fromStage, List<Source> sources, Dest dest,
        List<Landing> landings) {

    /**
     * One source word.
     *
     * @param raw     as written
     * @param start   logical index in the instruction text, or -1 for the JSON form
     * @param end     logical index just past it, or -1
     * @param path    the expanded, context-relative path or pattern ("" when unresolved)
     * @param matches context paths it matched
     * @param heredoc true when it names a here-document rather than a file
     */
    public record Source(String raw, int start, int end, String path, List<String> matches, boolean heredoc) {
    }

    /**
     * The destination word.
     *
     * @param raw         as written
     * @param start       logical index in the instruction text, or -1 for the JSON form
     * @param end         logical index just past it, or -1
     * @param path        absolute destination ("" when unresolved)
     * @param trailingSlash whether it was written ending in {@code /} (always a directory)
     */
    public record Dest(String raw, int start, int end, String path, boolean trailingSlash) {
    }

    /** A project file placed at {@code imagePath} by this line. */
    public record Landing(String projectPath, String imagePath) {
    }

    public boolean fromContext() {
        return fromStage.isEmpty();
    }
}
