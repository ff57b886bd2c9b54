package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;

/**
 * One line as podman's parser sees it after joining continuations: the trimmed text and the physical lines it
 * came from. Podman trims every physical line, joins a line ending in {@code \} to the next non-comment line with
 * no separator, skips comment and blank lines inside a continuation, and silently drops a continuation still open
 * at end of file.
 *
 * @param text    the joined, trimmed text (backslashes of continued lines removed)
 * @param lines   1-based numbers of the physical lines that make up this logical line, in order
 * @param kind    whether podman parses it, skips it inside a continuation, or drops it at end of file
 */
record LogicalLine(String text, List<Integer> lines, Kind kind) {
    enum Kind {
        /** A line podman hands to its line parser. */
        PARSED,
        /** A comment or blank line inside a continuation: podman ignores it completely. */
        SKIPPED_IN_CONTINUATION,
        /** A continuation still open at end of file with only comments or blank lines after it: dropped. */
        DROPPED_AT_EOF
    }

    LogicalLine {
        lines = List.copyOf(lines);
    }

    int firstLine() {
        return lines.get(0);
    }

    /** The physical line podman names in its error message: the one where the logical line ended. */
    int lastLine() {
        return lines.get(lines.size() - 1);
    }

    /** Port of the loop in podman's {@code UnitFile.Parse}. */
    static List<LogicalLine> join(List<PhysicalLine> physical) {
        List<LogicalLine> out = new ArrayList<>();
        StringBuilder remaining = new StringBuilder();
        List<Integer> parts = new ArrayList<>();
        int last = physical.size() - 1;
        for (int i = 0; i < physical.size(); i++) {
            PhysicalLine pl = physical.get(i);
            String line = GoText.trimSpace(pl.content());
            if (UnitSyntax.isComment(line)) {
                if (remaining.length() > 0) {
                    out.add(new LogicalLine(line, List.of(pl.number()), Kind.SKIPPED_IN_CONTINUATION));
                    continue;
                }
            } else {
                if (line.endsWith("\\")) {
                    line = line.substring(0, line.length() - 1);
                    if (i != last) {
                        remaining.append(line);
                        parts.add(pl.number());
                        continue;
                    }
                }
                if (remaining.length() > 0) {
                    line = remaining + line;
                    remaining.setLength(0);
                }
            }
            parts.add(pl.number());
            out.add(new LogicalLine(line, parts, Kind.PARSED));
            parts = new ArrayList<>();
        }
        if (!parts.isEmpty()) {
            out.add(new LogicalLine(remaining.toString(), parts, Kind.DROPPED_AT_EOF));
        }
        out.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        return out;
    }
}
