package dev.bootdeck.bootc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An INI file as the {@code tini} crate (1.3.0) reads it, plus how each physical line was read so that a checker can
 * explain where bootc's reading differs from podman's.
 *
 * @param sections section name to (key to last value), in first-seen order; keys before the first header live in the
 *                 unnamed section {@code ""} (as do keys under {@code []})
 * @param lines    every physical line as tini read it
 */
public record TiniDocument(Map<String, Map<String, String>> sections, List<Line> lines) {

    /** What tini made of one physical line. */
    public enum LineKind {
        /** Blank, or nothing left before a {@code ;} or {@code #}. */
        EMPTY,
        /** A {@code [section]} header. */
        SECTION,
        /** A {@code key = value} pair. */
        VALUE
    }

    /**
     * One physical line.
     *
     * @param number      1-based line number
     * @param raw         the line's text without its line break
     * @param kind        what tini read
     * @param section     the section this line belongs to (for a header: the section it opens)
     * @param key         the key for {@link LineKind#VALUE}, else {@code null}
     * @param value       the value for {@link LineKind#VALUE} (trimmed, quotes kept), else {@code null}
     * @param commentCut  true when a {@code ;} or {@code #} after other text cut the rest of the line off
     *                    (an inline comment for tini; podman would keep it in the value)
     */
    public record Line(int number, String raw, LineKind kind, String section, String key, String value,
                       boolean commentCut) {
        public Line {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(section, "section");
        }
    }

    public TiniDocument {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        sections = Collections.unmodifiableMap(copy);
        lines = List.copyOf(lines);
    }

    /** tini's {@code Ini::get(section, key)} for a String: the last value assigned to the key in that section. */
    public Optional<String> get(String section, String key) {
        Map<String, String> s = sections.get(section);
        return s == null ? Optional.empty() : Optional.ofNullable(s.get(key));
    }

    /** The line that assigned the value {@link #get} returns (the last assignment), if any. */
    public Optional<Line> lineOf(String section, String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.kind() == LineKind.VALUE && l.section().equals(section) && l.key().equals(key)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Every line that assigned the key in the section, in file order (more than one means "last one wins"). */
    public List<Line> assignments(String section, String key) {
        return lines.stream()
                .filter(l -> l.kind() == LineKind.VALUE && l.section().equals(section) && l.key().equals(key))
                .toList();
    }
}
