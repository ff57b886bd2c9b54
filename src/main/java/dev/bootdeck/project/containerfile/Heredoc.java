package dev.bootdeck.project.containerfile;

/**
 * A here-document attached to a {@code RUN}, {@code COPY} or {@code ADD} instruction ({@code <<EOF} ... {@code EOF}).
 *
 * @param name          the terminator word
 * @param chomp         {@code <<-}: leading tabs are removed from the terminator line (and, for the shell, the body)
 * @param expand        false when the name was quoted, so variables in the body are left alone
 * @param content       the body, one {@code \n} after each line as BuildKit builds it
 * @param contentMap    where each body character sits in the file
 * @param firstLine     physical line of the first body line
 * @param terminatorLine physical line of the terminator, or 0 if the file ended first
 */
public record Heredoc(String name, boolean chomp, boolean expand, String content, OffsetMap contentMap,
        int firstLine, int terminatorLine) {
}
