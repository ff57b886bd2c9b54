package dev.bootdeck.project.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of character ranges of one text, applied together; ranges must not overlap. */
final class TextEdits {
    private record Replace(int start, int end, String text, int order) {
    }

    private final String original;
    private final List<Replace> edits = new ArrayList<>();

    TextEdits(String original) {
        this.original = original;
    }

    void replace(int start, int end, String text) {
        for (Replace r : edits) {
            if (start < r.end && r.start < end) {
                throw new IllegalStateException("overlapping edits at " + start + ".." + end);
            }
        }
        edits.add(new Replace(start, end, text, edits.size()));
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    String apply() {
        List<Replace> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Replace::start).thenComparingInt(Replace::order).reversed());
        StringBuilder b = new StringBuilder(original);
        for (Replace r : sorted) {
            b.replace(r.start, r.end, r.text);
        }
        return b.toString();
    }
}
