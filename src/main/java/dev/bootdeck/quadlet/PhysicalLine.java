package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a unit file exactly as it was written: its text and the line ending that followed it
 * ({@code "\n"}, {@code "\r\n"}, or {@code ""} for a last line without a newline). Concatenating
 * {@code content + eol} of every line gives back the file.
 *
 * @param number  1-based line number, as podman counts lines in its error messages
 * @param content the text without the line ending
 * @param eol     the line ending
 */
public record PhysicalLine(int number, String content, String eol) {
    public PhysicalLine {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(eol, "eol");
    }

    /** The line as written, ending included. */
    public String text() {
        return content + eol;
    }

    /** Splits text at {@code \n}; a {@code \r} right before it belongs to the line ending. */
    static List<PhysicalLine> split(String text) {
        List<PhysicalLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(new PhysicalLine(number, text.substring(start), ""));
                break;
            }
            if (nl > start && text.charAt(nl - 1) == '\r') {
                lines.add(new PhysicalLine(number++, text.substring(start, nl - 1), "\r\n"));
            } else {
                lines.add(new PhysicalLine(number++, text.substring(start, nl), "\n"));
            }
            start = nl + 1;
        }
        return lines;
    }
}
