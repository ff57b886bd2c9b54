package dev.bootdeck.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text being highlighted (without its {@code \n}) and where it starts, so the highlighters share one
 * way of walking a text line by line.
 *
 * @param start offset of the line's first character in the whole text
 * @param text  the line
 */
record TextLine(int start, String text) {

    /** Every line of {@code text}; a text ending in {@code \n} has an empty last line, as an editor shows it. */
    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int pos = 0;
        while (true) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new TextLine(pos, text.substring(pos, end)));
            if (nl < 0) {
                return lines;
            }
            pos = nl + 1;
        }
    }

    String trimmed() {
        return text.strip();
    }

    /** Offset within the line of its first non-blank character (0 for a blank line). */
    int lead() {
        String t = trimmed();
        return t.isEmpty() ? 0 : text.indexOf(t.charAt(0));
    }
}
