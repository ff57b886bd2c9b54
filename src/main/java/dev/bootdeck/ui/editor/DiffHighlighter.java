package dev.bootdeck.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Colours a unified diff: file headers, hunk headers, added and removed lines. */
public final class DiffHighlighter implements Highlighter {
    @Override
    public List<Highlight> highlight(String text) {
        List<Highlight> out = new ArrayList<>();
        for (TextLine l : TextLine.of(text)) {
            int pos = l.start();
            int end = pos + l.text().length();
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
        }
        return out;
    }
}
