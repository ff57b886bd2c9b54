package dev.bootdeck.quadlet;

import java.util.List;
import java.util.Objects;

/**
 * One logical element of a {@link UnitDocument}, with the physical lines it occupies. Elements are what an editor
 * shows and what edits address; together they cover every line of the file.
 */
public sealed interface UnitElement {

    /** 1-based numbers of the physical lines this element occupies, ascending. */
    List<Integer> lines();

    default int firstLine() {
        return lines().get(0);
    }

    default int lastLine() {
        return lines().get(lines().size() - 1);
    }

    /**
     * A blank line or a {@code #}/{@code ;} comment.
     *
     * @param text               the trimmed text ("" for a blank line)
     * @param insideContinuation true when it sits inside a continuation, where podman ignores it entirely
     */
    record Comment(List<Integer> lines, String text, boolean insideContinuation) implements UnitElement {
        public Comment {
            lines = List.copyOf(lines);
            Objects.requireNonNull(text, "text");
        }

        public boolean isBlank() {
            return text.isEmpty();
        }
    }

    /**
     * A {@code [name]} line.
     *
     * @param error podman's message if the name is invalid, else null
     */
    record SectionHeader(List<Integer> lines, String name, String error) implements UnitElement {
        public SectionHeader {
            lines = List.copyOf(lines);
            Objects.requireNonNull(name, "name");
        }

        public boolean valid() {
            return error == null;
        }
    }

    /**
     * A {@code key=value} assignment, possibly spread over continuation lines.
     *
     * @param group the group it belongs to, or null if it comes before any (valid) group header
     * @param key   the key as podman reads it
     * @param value the raw value as podman stores it: continuations joined, leading blanks removed, no quote
     *              stripping
     * @param error podman's message if the key is invalid, else null
     */
    record Entry(List<Integer> lines, String group, String key, String value, String error) implements UnitElement {
        public Entry {
            lines = List.copyOf(lines);
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A line podman rejects as "not a key-value pair, group, or comment"; {@code message} is podman's text. */
    record InvalidLine(List<Integer> lines, String text, String message) implements UnitElement {
        public InvalidLine {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A continuation still open at end of file, followed only by comments or blank lines: podman drops it without
     * a word (fixture {@code emptyline.container}).
     */
    record DroppedContinuation(List<Integer> lines, String text) implements UnitElement {
        public DroppedContinuation {
            lines = List.copyOf(lines);
        }
    }
}
