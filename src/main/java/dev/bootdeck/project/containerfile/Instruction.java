package dev.bootdeck.project.containerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One instruction of a Containerfile after BuildKit's line joining.
 *
 * @param keyword     the instruction word in upper case ({@code RUN}, {@code COPY}, ...)
 * @param index       position among the file's instructions, from 0
 * @param stage       index of the stage it belongs to, or -1 for instructions before the first {@code FROM}
 * @param startLine   physical line where it starts
 * @param endLine     last physical line, including continuation lines and heredoc bodies
 * @param text        the logical line: physical lines joined with the escape characters removed
 * @param map         where each character of {@code text} sits in the file
 * @param flags       builder flags ({@code --from=}, {@code --chown=}, ...) in order
 * @param argsStart   index in {@code text} where the arguments after keyword and flags begin
 * @param json        the arguments of the JSON (exec) form, if the instruction uses it
 * @param heredocs    here-documents read after the logical line
 */
public record Instruction(String keyword, int index, int stage, int startLine, int endLine, String text,
        OffsetMap map, List<Flag> flags, int argsStart, Optional<List<String>> json, List<Heredoc> heredocs) {

    /** The arguments after keyword and flags, as written (shell form) or the raw JSON text. */
    public String args() {
        return text.substring(argsStart);
    }

    public boolean is(String word) {
        return keyword.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The value of flag {@code name} ({@code from} for {@code --from=}), if present. */
    public Optional<String> flag(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).map(f -> f.value() == null ? "" : f.value())
                .findFirst();
    }

    /** File offset of the first character of the instruction. */
    public int fileStart() {
        return map.toFile(0);
    }
}
