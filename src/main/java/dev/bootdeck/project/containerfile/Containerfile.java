package dev.bootdeck.project.containerfile;

import dev.bootdeck.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Containerfile: its text, instructions and stages, and the syntax problems the parser met. The final
 * stage is the one that becomes the image.
 *
 * @param name         the file name as findings should show it (project-relative)
 * @param source       the text and its physical lines
 * @param escape       the escape character in force ({@code \} or a backtick set by {@code # escape=})
 * @param instructions every instruction in file order
 * @param stages       every {@code FROM} stage in order
 * @param problems     syntax problems (rule {@code containerfile/syntax})
 */
public record Containerfile(String name, SourceText source, char escape, List<Instruction> instructions,
        List<Stage> stages, List<Finding> problems) {

    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** The physical line holding logical index {@code logical} of {@code instruction}. */
    public int lineOf(Instruction instruction, int logical) {
        return source.lineOf(instruction.map().toFile(logical));
    }
}
