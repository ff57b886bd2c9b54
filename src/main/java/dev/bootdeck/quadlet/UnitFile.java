package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit file as podman's generator holds it: groups merged by name, each with its assignments in order, drop-ins
 * appended by {@link #merge}. Offers podman's lookup flavours ({@code Lookup}, {@code LookupBoolean},
 * {@code LookupAll} with {@code Key=} reset, {@code LookupAllStrv}, {@code LookupAllArgs},
 * {@code LookupAllKeyVal}, {@code LookupLastArgs}) and keeps, for every value, the file and line it came from.
 * Immutable.
 */
public final class UnitFile {
    private final String file;
    private final Map<String, List<UnitEntry>> groups;

    private UnitFile(String file, Map<String, List<UnitEntry>> groups) {
        this.file = file;
        Map<String, List<UnitEntry>> copy = new LinkedHashMap<>();
        groups.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.groups = copy;
    }

    /** The file this unit was read from, as named by the caller. */
    public String file() {
        return file;
    }

    /** Group names in order of first appearance. */
    public List<String> groups() {
        return List.copyOf(groups.keySet());
    }

    /** All assignments of a group in order (drop-in assignments after the file's own). */
    public List<UnitEntry> entries(String group) {
        return groups.getOrDefault(group, List.of());
    }

    /** Podman's {@code ListKeys}: each key once, in order of first appearance. */
    public List<String> keys(String group) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (UnitEntry e : entries(group)) {
            keys.add(e.key());
        }
        return List.copyOf(keys);
    }

    /** The first assignment of each key (for pointing at the line of an unsupported key). */
    public Optional<UnitEntry> firstEntry(String group, String key) {
        for (UnitEntry e : entries(group)) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The last assignment of a key: the one every single-value lookup uses. */
    public Optional<UnitEntry> lastEntry(String group, String key) {
        List<UnitEntry> list = entries(group);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).key().equals(key)) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean hasKey(String group, String key) {
        return lastEntry(group, key).isPresent();
    }

    /** Podman's {@code LookupLast}: the raw last value. */
    public Optional<String> lookupLast(String group, String key) {
        return lastEntry(group, key).map(UnitEntry::value);
    }

    /** Podman's {@code Lookup}: last value, trailing blanks trimmed, one pair of surrounding quotes removed. */
    public Optional<String> lookup(String group, String key) {
        return lastEntry(group, key).map(e -> UnitValues.lookupForm(e.value()));
    }

    /** Podman's {@code LookupBoolean}: empty when the key is absent. */
    public Optional<Boolean> lookupBoolean(String group, String key) {
        return lastEntry(group, key).map(e -> UnitValues.booleanForm(e.value()));
    }

    public boolean lookupBoolean(String group, String key, boolean defaultValue) {
        return lookupBoolean(group, key).orElse(defaultValue);
    }

    /** Podman's {@code LookupAllRaw}: every value in order, an empty assignment clearing those before it. */
    public List<UnitEntry> lookupAllEntries(String group, String key) {
        List<UnitEntry> out = new ArrayList<>();
        for (UnitEntry e : entries(group)) {
            if (e.key().equals(key)) {
                if (e.value().isEmpty()) {
                    out.clear();
                } else {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Podman's {@code LookupAll}. */
    public List<String> lookupAll(String group, String key) {
        return lookupAllEntries(group, key).stream().map(UnitEntry::value).toList();
    }

    /** Podman's {@code LookupAllStrv}: words split systemd-strv style; a value that fails to split is dropped. */
    public List<String> lookupAllStrv(String group, String key) {
        List<String> out = new ArrayList<>();
        for (String v : lookupAll(group, key)) {
            try {
                out.addAll(WordSplitter.split(v, WordSplitter.STRV));
            } catch (WordSplitException e) {
                // podman keeps what it had before this value
            }
        }
        return out;
    }

    /** Podman's {@code LookupAllArgs}: exec-style words; a value that fails to unescape is silently dropped. */
    public List<String> lookupAllArgs(String group, String key) {
        List<String> out = new ArrayList<>();
        for (String v : lookupAll(group, key)) {
            try {
                out.addAll(WordSplitter.split(v, WordSplitter.EXEC));
            } catch (WordSplitException e) {
                // silently dropped, as podman does
            }
        }
        return out;
    }

    /**
     * Podman's {@code LookupLastArgs}: the last value split exec-style. On a split error podman ignores the key and
     * warns; the result then carries the error and the entry.
     */
    public SplitResult lookupLastArgs(String group, String key) {
        Optional<UnitEntry> last = lastEntry(group, key);
        if (last.isEmpty()) {
            return new SplitResult(null, List.of(), List.of());
        }
        try {
            return new SplitResult(WordSplitter.split(last.get().value(), WordSplitter.EXEC), List.of(), List.of());
        } catch (WordSplitException e) {
            return new SplitResult(null, List.of(e.getMessage()), List.of(last.get()));
        }
    }

    /**
     * Podman's {@code LookupAllKeyVal}: each value split exec-style, each word cut at its first {@code =} (a word
     * without one is a key with a null value). Values that fail to split are skipped with a warning.
     */
    public KeyValResult lookupAllKeyVal(String group, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<UnitEntry> offending = new ArrayList<>();
        for (UnitEntry e : lookupAllEntries(group, key)) {
            List<String> words;
            try {
                words = WordSplitter.split(e.value(), WordSplitter.EXEC);
            } catch (WordSplitException ex) {
                warnings.add(ex.getMessage());
                offending.add(e);
                continue;
            }
            for (String w : words) {
                int eq = w.indexOf('=');
                if (eq >= 0) {
                    map.put(w.substring(0, eq), w.substring(eq + 1));
                } else {
                    map.put(w, null);
                }
            }
        }
        return new KeyValResult(map, warnings, offending);
    }

    /** A new unit with the other file's groups appended, as podman merges a drop-in. */
    public UnitFile merge(UnitFile dropin) {
        Map<String, List<UnitEntry>> merged = new LinkedHashMap<>();
        groups.forEach((k, v) -> merged.put(k, new ArrayList<>(v)));
        dropin.groups.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new UnitFile(file, merged);
    }

    /** Result of an exec-style split of the last value. */
    public record SplitResult(List<String> args, List<String> warnings, List<UnitEntry> offending) {
        public boolean present() {
            return args != null;
        }
    }

    /** Result of {@link #lookupAllKeyVal}: the map (null values for bare words) and the split warnings. */
    public record KeyValResult(Map<String, String> values, List<String> warnings, List<UnitEntry> offending) {
    }

    /** Collects groups and entries while parsing. */
    static final class Builder {
        private final String file;
        private final Map<String, List<UnitEntry>> groups = new LinkedHashMap<>();

        Builder(String file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        void ensureGroup(String name) {
            groups.computeIfAbsent(name, k -> new ArrayList<>());
        }

        void add(String group, UnitEntry entry) {
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(entry);
        }

        UnitFile build() {
            return new UnitFile(file, groups);
        }
    }
}
