package dev.bootdeck.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Colours a unified diff: file headers, hunk headers, added and removed lines. */
public final class DiffHighlighter implements Highlighter {
    @Override
    public List<Highlight> highlight(String text) {
        List<Highlight> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String style = null;
            if (text.startsWith("+++", pos) || text.startsWith("---", pos)) {
                style = "hl-diff-file";
            } else if (text.startsWith("@@", pos)) {
                style = "hl-diff-hunk";
            } else if (text.startsWith("+", pos)) {
                style = "hl-diff-add";
            } else if (text.startsWith("-", pos)) {
                style = "hl-diff-del";
            }
            if (style != null && end > pos) {
                out.add(new Highlight(pos, end, style));
            }
            pos = end + 1;
        }
        return out;
    }
}
