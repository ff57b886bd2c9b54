package dev.bootdeck.project.containerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a file with its physical lines located, so that every parser result can name its line and every
 * edit can address exact offsets. Lines end at {@code \n}; a {@code \r} before it belongs to the terminator, as in
 * Go's {@code bufio.ScanLines} that BuildKit uses.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        if (text.isEmpty()) {
            starts.clear();
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    /** Number of physical lines (a final line without terminator counts; an empty text has none). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the content of {@code line}, before its {@code \r\n} or {@code \n}. */
    public int lineContentEnd(int line) {
        int end = lineEnd(line);
        if (end > lineStart(line) && text.charAt(end - 1) == '\n') {
            end--;
            if (end > lineStart(line) && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }

    /** Offset just past {@code line} including its terminator. */
    public int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] : text.length();
    }

    /** The content of {@code line} without its terminator. */
    public String line(int line) {
        return text.substring(lineStart(line), lineContentEnd(line));
    }

    /** The terminator of {@code line}: {@code "\r\n"}, {@code "\n"} or {@code ""} for a last line without one. */
    public String terminator(int line) {
        return text.substring(lineContentEnd(line), lineEnd(line));
    }

    /** 1-based line holding {@code offset} (an offset at the very end belongs to the last line). */
    public int lineOf(int offset) {
        if (lineStarts.length == 0) {
            return 1;
        }
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The line ending most lines use ({@code "\r\n"} or {@code "\n"}); new lines are written with it. */
    public String dominantLineEnding() {
        int crlf = 0;
        int lf = 0;
        for (int l = 1; l <= lineCount(); l++) {
            String t = terminator(l);
            if (t.equals("\r\n")) {
                crlf++;
            } else if (t.equals("\n")) {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** Whether the text ends with a line terminator (or is empty). */
    public boolean endsWithNewline() {
        return text.isEmpty() || text.endsWith("\n");
    }
}
