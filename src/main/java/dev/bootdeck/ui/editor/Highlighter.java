package dev.bootdeck.ui.editor;

import java.util.List;

/**
 * Lexical colouring of a whole text. Only for the eye: what a file means is decided by the Quadlet and Containerfile
 * parsers of the core, never here. Ranges are sorted, do not overlap, and stay inside the text.
 */
@FunctionalInterface
public interface Highlighter {
    List<Highlight> highlight(String text);

    Highlighter NONE = text -> List.of();
}
