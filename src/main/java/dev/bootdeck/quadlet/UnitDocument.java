package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.bootdeck.quadlet.UnitElement.Comment;
import dev.bootdeck.quadlet.UnitElement.DroppedContinuation;
import dev.bootdeck.quadlet.UnitElement.Entry;
import dev.bootdeck.quadlet.UnitElement.InvalidLine;
import dev.bootdeck.quadlet.UnitElement.SectionHeader;

/**
 * A unit file held losslessly: {@link #render()} gives back the input byte for byte, whatever it contains
 * (comments, blank lines, odd spacing, continuations, repeated keys and sections, CRLF or mixed line endings, a
 * missing final newline, a BOM, invalid UTF-8). Lines podman would reject are kept and reported by
 * {@link #problems()}; parsing never fails.
 *
 * <p>Lines are read exactly as podman reads them (see {@link LogicalLine} and {@link UnitSyntax}), so the keys and
 * values seen here are podman's. Edits return a new document in which only the touched lines differ; each edit is
 * checked by reading the result back, and an edit podman would read differently throws {@link UnitEditException}.
 * Instances are immutable.
 */
public final class UnitDocument {
    private final List<PhysicalLine> lines;
    private final List<UnitElement> elements;
    private final List<SyntaxProblem> problems;

    private UnitDocument(List<PhysicalLine> lines) {
        this.lines = List.copyOf(lines);
        List<UnitElement> els = new ArrayList<>();
        List<SyntaxProblem> probs = new ArrayList<>();
        String group = null;
        for (LogicalLine ll : LogicalLine.join(this.lines)) {
            switch (ll.kind()) {
                case SKIPPED_IN_CONTINUATION -> els.add(new Comment(ll.lines(), ll.text(), true));
                case DROPPED_AT_EOF -> els.add(new DroppedContinuation(ll.lines(), ll.text()));
                case PARSED -> {
                    UnitSyntax.Classified c = UnitSyntax.classify(ll.text());
                    if (c instanceof UnitSyntax.Comment cm) {
                        els.add(new Comment(ll.lines(), cm.text(), false));
                    } else if (c instanceof UnitSyntax.Group g) {
                        els.add(new SectionHeader(ll.lines(), g.name(), g.error()));
                        if (g.error() == null) {
                            group = g.name();
                        } else {
                            probs.add(new SyntaxProblem(ll.lastLine(), g.error()));
                        }
                    } else if (c instanceof UnitSyntax.KeyValue kv) {
                        String error = group == null ? UnitSyntax.KEY_BEFORE_GROUP : kv.error();
                        els.add(new Entry(ll.lines(), group, kv.key(), kv.value(), error));
                        if (error != null) {
                            probs.add(new SyntaxProblem(ll.lastLine(), error));
                        }
                    } else {
                        String message = UnitSyntax.invalidLineMessage(ll.lastLine(), ll.text());
                        els.add(new InvalidLine(ll.lines(), ll.text(), message));
                        probs.add(new SyntaxProblem(ll.lastLine(), message));
                    }
                }
                default -> throw new IllegalStateException("unknown kind " + ll.kind());
            }
        }
        this.elements = List.copyOf(els);
        this.problems = List.copyOf(probs);
    }

    /** Reads text; never fails. */
    public static UnitDocument parse(String text) {
        return new UnitDocument(PhysicalLine.split(Objects.requireNonNull(text, "text")));
    }

    /** Reads bytes (UTF-8 or not); never fails. {@link #toBytes()} gives the same bytes back. */
    public static UnitDocument parse(byte[] bytes) {
        return parse(LosslessUtf8.decode(Objects.requireNonNull(bytes, "bytes")));
    }

    /** An empty document, the start of a new file. */
    public static UnitDocument empty() {
        return parse("");
    }

    /** The file's text, exactly as read (plus edits). */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (PhysicalLine l : lines) {
            sb.append(l.content()).append(l.eol());
        }
        return sb.toString();
    }

    /** The file's bytes, exactly as read (plus edits). */
    public byte[] toBytes() {
        return LosslessUtf8.encode(render());
    }

    public List<PhysicalLine> lines() {
        return lines;
    }

    public List<UnitElement> elements() {
        return elements;
    }

    /** Every line podman's parser would reject, with podman's message; empty for a file podman accepts. */
    public List<SyntaxProblem> problems() {
        return problems;
    }

    /** Names of the valid sections, each once, in order of first appearance (repeated sections merge). */
    public List<String> groups() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (UnitElement e : elements) {
            if (e instanceof SectionHeader h && h.valid()) {
                names.add(h.name());
            }
        }
        return List.copyOf(names);
    }

    /** Every assignment in a group (all sections of that name), in file order. */
    public List<Entry> entries(String group) {
        List<Entry> out = new ArrayList<>();
        for (UnitElement e : elements) {
            if (e instanceof Entry en && group.equals(en.group())) {
                out.add(en);
            }
        }
        return out;
    }

    /** Every assignment of one key in a group, in file order. */
    public List<Entry> entries(String group, String key) {
        List<Entry> out = new ArrayList<>();
        for (Entry en : entries(group)) {
            if (en.key().equals(key)) {
                out.add(en);
            }
        }
        return out;
    }

    /** The assignment podman's single-value lookups use: the last one. */
    public Optional<Entry> lastEntry(String group, String key) {
        List<Entry> all = entries(group, key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The value podman's {@code Lookup} returns (last assignment, trailing blanks trimmed, one pair of quotes off). */
    public Optional<String> lookup(String group, String key) {
        return lastEntry(group, key).map(e -> UnitValues.lookupForm(e.value()));
    }

    /** The line ending used for inserted lines: the one most lines of this file use ({@code \n} when none). */
    public String lineEnding() {
        int crlf = 0;
        int lf = 0;
        for (PhysicalLine l : lines) {
            if (l.eol().equals("\r\n")) {
                crlf++;
            } else if (l.eol().equals("\n")) {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    // ------------------------------------------------------------------------------------------------ edits

    /**
     * Sets a single-valued key: the last assignment gets the new value in place (indentation and spacing around
     * {@code =} kept, its continuation lines removed); without one, a line is added after the group's last
     * assignment (in that line's style), after the group header, or in a new section at the end.
     */
    public UnitDocument setValue(String group, String key, String value) {
        checkGroup(group);
        checkKey(key);
        checkValue(value);
        Optional<Entry> last = lastEntry(group, key);
        if (last.isPresent()) {
            return replaceValue(last.get(), value);
        }
        return appendToGroup(group, key, value);
    }

    /** Adds one more assignment of a (list) key right after its last sibling, or as {@link #setValue} would. */
    public UnitDocument addValue(String group, String key, String value) {
        checkGroup(group);
        checkKey(key);
        checkValue(value);
        Optional<Entry> last = lastEntry(group, key);
        if (last.isEmpty()) {
            return appendToGroup(group, key, value);
        }
        Entry anchor = last.get();
        Edit edit = new Edit(this);
        edit.insertAfter(anchor.lastLine(), styledLine(anchor, key, value));
        List<Triple> expected = triples();
        expected.add(indexOf(anchor) + 1, new Triple(group, key, value));
        return edit.apply(expected, sectionNames(), "add " + key + " to [" + group + "]");
    }

    /**
     * Makes the assignments of a key equal to {@code values}: existing lines are rewritten in place, extra ones
     * removed, missing ones added after the last sibling. An empty list removes the key.
     */
    public UnitDocument setValues(String group, String key, List<String> values) {
        checkGroup(group);
        checkKey(key);
        values.forEach(UnitDocument::checkValue);
        UnitDocument doc = this;
        int existing = entries(group, key).size();
        int common = Math.min(existing, values.size());
        for (int i = 0; i < common; i++) {
            doc = doc.replaceValue(doc.entries(group, key).get(i), values.get(i));
        }
        for (int i = existing - 1; i >= values.size(); i--) {
            doc = doc.removeEntry(doc.entries(group, key).get(i));
        }
        for (int i = existing; i < values.size(); i++) {
            doc = doc.addValue(group, key, values.get(i));
        }
        return doc;
    }

    /** Removes every assignment of a key in a group, continuation lines included. */
    public UnitDocument removeKey(String group, String key) {
        checkGroup(group);
        List<Entry> victims = entries(group, key);
        if (victims.isEmpty()) {
            return this;
        }
        Edit edit = new Edit(this);
        List<Triple> expected = new ArrayList<>();
        for (UnitElement e : elements) {
            if (e instanceof Entry en) {
                if (victims.contains(en)) {
                    en.lines().forEach(edit::remove);
                } else {
                    expected.add(Triple.of(en));
                }
            }
        }
        return edit.apply(expected, sectionNames(), "remove " + key + " from [" + group + "]");
    }

    /** Removes one assignment (an element of this document), continuation lines included. */
    public UnitDocument removeEntry(Entry entry) {
        int index = indexOf(entry);
        if (index < 0) {
            throw new IllegalArgumentException("entry is not part of this document: " + entry);
        }
        Edit edit = new Edit(this);
        entry.lines().forEach(edit::remove);
        List<Triple> expected = triples();
        expected.remove(index);
        return edit.apply(expected, sectionNames(), "remove line " + entry.firstLine());
    }

    /**
     * Appends a {@code [name]} section at the end of the file, after a blank line when the file does not already
     * end with one. A section that already exists gets a second header (podman merges them).
     */
    public UnitDocument addSection(String name) {
        checkGroup(name);
        Edit edit = new Edit(this);
        int lastNumber = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
        List<String> added = new ArrayList<>();
        if (!lines.isEmpty() && !GoText.trimSpace(lines.get(lines.size() - 1).content()).isEmpty()) {
            added.add("");
        }
        added.add("[" + name + "]");
        edit.insertAfter(lastNumber, added.toArray(new String[0]));
        List<String> sections = sectionNames();
        sections.add(name);
        return edit.apply(triples(), sections, "add section [" + name + "]");
    }

    private UnitDocument replaceValue(Entry entry, String value) {
        int index = indexOf(entry);
        Edit edit = new Edit(this);
        String first = line(entry.firstLine()).content();
        int eq = first.indexOf('=');
        String content;
        if (eq >= 0) {
            int valueStart = eq + 1;
            while (valueStart < first.length() && (first.charAt(valueStart) == ' ' || first.charAt(valueStart) == '\t')) {
                valueStart++;
            }
            content = first.substring(0, valueStart) + value;
        } else {
            content = entry.key() + "=" + value;
        }
        edit.replace(entry.firstLine(), content);
        for (int n : entry.lines()) {
            if (n != entry.firstLine()) {
                edit.remove(n);
            }
        }
        List<Triple> expected = triples();
        expected.set(index, new Triple(entry.group(), entry.key(), value));
        return edit.apply(expected, sectionNames(), "set " + entry.key() + " on line " + entry.firstLine());
    }

    private UnitDocument appendToGroup(String group, String key, String value) {
        List<Entry> inGroup = entries(group);
        if (!inGroup.isEmpty()) {
            Entry anchor = inGroup.get(inGroup.size() - 1);
            Edit edit = new Edit(this);
            edit.insertAfter(anchor.lastLine(), styledLine(anchor, key, value));
            List<Triple> expected = triples();
            expected.add(indexOf(anchor) + 1, new Triple(group, key, value));
            return edit.apply(expected, sectionNames(), "add " + key + " to [" + group + "]");
        }
        SectionHeader header = null;
        for (UnitElement e : elements) {
            if (e instanceof SectionHeader h && h.valid() && h.name().equals(group)) {
                header = h;
            }
        }
        if (header == null) {
            return addSection(group).appendToGroup(group, key, value);
        }
        Edit edit = new Edit(this);
        edit.insertAfter(header.lastLine(), key + "=" + value);
        List<Triple> expected = triples();
        int insertAt = 0;
        for (UnitElement e : elements) {
            if (e instanceof Entry && e.firstLine() < header.firstLine()) {
                insertAt++;
            }
        }
        expected.add(insertAt, new Triple(group, key, value));
        return edit.apply(expected, sectionNames(), "add " + key + " to [" + group + "]");
    }

    /** A new assignment written in the style (indentation, spaces around {@code =}) of an existing one. */
    private String styledLine(Entry model, String key, String value) {
        String first = line(model.firstLine()).content();
        int eq = first.indexOf('=');
        if (eq < 0) {
            return key + "=" + value;
        }
        int indentEnd = 0;
        while (indentEnd < eq && (first.charAt(indentEnd) == ' ' || first.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        int beforeEq = eq;
        while (beforeEq > indentEnd && (first.charAt(beforeEq - 1) == ' ' || first.charAt(beforeEq - 1) == '\t')) {
            beforeEq--;
        }
        int afterEq = eq + 1;
        while (afterEq < first.length() && (first.charAt(afterEq) == ' ' || first.charAt(afterEq) == '\t')) {
            afterEq++;
        }
        return first.substring(0, indentEnd) + key + first.substring(beforeEq, eq) + "="
                + first.substring(eq + 1, afterEq) + value;
    }

    private PhysicalLine line(int number) {
        return lines.get(number - 1);
    }

    private int indexOf(Entry entry) {
        int i = 0;
        for (UnitElement e : elements) {
            if (e instanceof Entry en) {
                if (en.equals(entry)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private List<Triple> triples() {
        List<Triple> out = new ArrayList<>();
        for (UnitElement e : elements) {
            if (e instanceof Entry en) {
                out.add(Triple.of(en));
            }
        }
        return out;
    }

    private List<String> sectionNames() {
        List<String> out = new ArrayList<>();
        for (UnitElement e : elements) {
            if (e instanceof SectionHeader h) {
                out.add(h.name());
            }
        }
        return out;
    }

    static void checkGroup(String group) {
        Objects.requireNonNull(group, "group");
        if (!UnitSyntax.isGroupNameValid(group)) {
            throw new IllegalArgumentException("invalid section name \"" + group + "\": it must be non-empty and"
                    + " contain no [, ] or control characters");
        }
    }

    static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0
                || !GoText.trimSpace(key).equals(key) || key.charAt(0) == '[' || key.charAt(0) == '#'
                || key.charAt(0) == ';' || key.endsWith("\\")) {
            throw new IllegalArgumentException("invalid key \"" + key + "\": podman could not read it back");
        }
    }

    static void checkValue(String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a value cannot contain a line break: \"" + value + "\"");
        }
        if (!value.isEmpty() && (GoText.isSpace(value.codePointAt(0))
                || GoText.isSpace(value.codePointBefore(value.length())))) {
            throw new IllegalArgumentException("a value cannot start or end with white space (podman trims it): \""
                    + value + "\"");
        }
        if (value.endsWith("\\")) {
            throw new IllegalArgumentException("a value cannot end with a backslash (podman would read a"
                    + " continuation line): \"" + value + "\"");
        }
    }

    /** What an edit must leave behind, compared after reading the result back. */
    private record Triple(String group, String key, String value) {
        static Triple of(Entry e) {
            return new Triple(e.group(), e.key(), e.value());
        }
    }

    /** Line-level changes to this document: replacements, removals and insertions after a given line. */
    private static final class Edit {
        private final UnitDocument base;
        private final String[] replaced;
        private final boolean[] removed;
        private final List<List<String>> insertedAfter;

        Edit(UnitDocument base) {
            this.base = base;
            int n = base.lines.size();
            replaced = new String[n + 1];
            removed = new boolean[n + 1];
            insertedAfter = new ArrayList<>(Collections.nCopies(n + 1, null));
        }

        void replace(int number, String content) {
            replaced[number] = content;
        }

        void remove(int number) {
            removed[number] = true;
        }

        void insertAfter(int number, String... contents) {
            if (insertedAfter.get(number) == null) {
                insertedAfter.set(number, new ArrayList<>());
            }
            insertedAfter.get(number).addAll(List.of(contents));
        }

        UnitDocument apply(List<Triple> expectedEntries, List<String> expectedSections, String what) {
            String eol = base.lineEnding();
            boolean noFinalNewline = !base.lines.isEmpty() && base.lines.get(base.lines.size() - 1).eol().isEmpty();
            List<String[]> out = new ArrayList<>();
            addInserted(out, 0, eol);
            for (PhysicalLine l : base.lines) {
                int n = l.number();
                if (!removed[n]) {
                    out.add(new String[] {replaced[n] != null ? replaced[n] : l.content(), l.eol()});
                }
                addInserted(out, n, l.eol().isEmpty() ? eol : l.eol());
            }
            List<PhysicalLine> result = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                String[] cl = out.get(i);
                String lineEol = cl[1];
                boolean last = i == out.size() - 1;
                if (!last && lineEol.isEmpty()) {
                    lineEol = eol;
                } else if (last && noFinalNewline) {
                    lineEol = "";
                }
                result.add(new PhysicalLine(i + 1, cl[0], lineEol));
            }
            UnitDocument doc = new UnitDocument(result);
            if (!doc.triples().equals(expectedEntries) || !doc.sectionNames().equals(expectedSections)) {
                throw new UnitEditException("cannot " + what + ": podman would not read the result as intended"
                        + " (an open continuation line, a line ending in a backslash, or a line podman rejects is"
                        + " in the way)");
            }
            return doc;
        }

        private void addInserted(List<String[]> out, int after, String eol) {
            List<String> ins = insertedAfter.get(after);
            if (ins != null) {
                for (String s : ins) {
                    out.add(new String[] {s, eol});
                }
            }
        }
    }
}
