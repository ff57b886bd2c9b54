package dev.bootdeck.project.build;

import dev.bootdeck.project.image.Origin;
import dev.bootdeck.project.shell.Script;
import dev.bootdeck.project.shell.ShellNode;
import dev.bootdeck.project.shell.Word;
import java.util.Optional;

/**
 * One link that a {@code RUN} line creates.
 *
 * @param source     the script it came from
 * @param stage      the stage index
 * @param linkPath   absolute path of the link
 * @param target     the target stored in the link (relative for {@code ln -r})
 * @param symbolic   false for a hard link ({@code ln} without {@code -s}): a regular file in the image
 * @param origin     the line, or the rule (loop, glob, {@code find}) that made it
 * @param chain      set when the link is a plain top-level {@code ln} that bootdeck can edit
 */
public record LinkRecord(ScriptSource source, int stage, String linkPath, String target, boolean symbolic,
        Origin origin, Optional<Chain> chain) {

    /**
     * Where an editable {@code ln} sits in its script.
     *
     * @param script  the parsed script
     * @param item    index of the command among the script's top-level items
     * @param command the {@code ln} command
     * @param targetWord the word naming the target
     * @param linkWord   the word naming the link (or its directory)
     */
    public record Chain(Script script, int item, ShellNode.SimpleCommand command, Word targetWord, Word linkWord) {
    }
}
