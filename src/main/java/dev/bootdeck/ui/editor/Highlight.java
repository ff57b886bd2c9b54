package dev.bootdeck.ui.editor;

/** One highlighted stretch of text: {@code [start, end)} gets the CSS style class {@code style}. */
public record Highlight(int start, int end, String style) {
    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
