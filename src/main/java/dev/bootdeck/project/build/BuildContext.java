package dev.bootdeck.project.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The build context: every project file a {@code COPY} can reach (ignore-file exclusions already applied), by
 * project-relative path. Sources are looked up relative to the context root; {@code ..} never leaves it.
 */
public final class BuildContext {
    private final TreeMap<String, ContextEntry> entries = new TreeMap<>();

    public BuildContext(Collection<ContextEntry> list) {
        for (ContextEntry e : list) {
            entries.put(e.path(), e);
        }
    }

    public Optional<ContextEntry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public Map<String, ContextEntry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** A COPY source as a context-relative path: leading {@code /} and {@code ./} dropped, {@code ..} clamped. */
    public static String clean(String source) {
        String n = dev.bootdeck.project.image.ImagePaths.normalize("/" + source);
        return n.equals("/") ? "" : n.substring(1);
    }

    /** True when {@code path} is the context root or a directory in it. */
    public boolean isDirectory(String path) {
        if (path.isEmpty()) {
            return true;
        }
        ContextEntry e = entries.get(path);
        return e != null && e.type() == ContextEntry.Type.DIRECTORY;
    }

    /** Entries below directory {@code dir} ({@code ""} for the root), sorted. */
    public List<ContextEntry> below(String dir) {
        if (dir.isEmpty()) {
            return new ArrayList<>(entries.values());
        }
        return new ArrayList<>(entries.subMap(dir + "/", dir + "/\uffff").values());
    }

    /** Context paths matching glob {@code pattern} segment by segment (Go {@code filepath.Match}). */
    public List<String> match(String pattern) {
        String[] segs = pattern.split("/");
        java.util.regex.Pattern[] compiled = new java.util.regex.Pattern[segs.length];
        for (int i = 0; i < segs.length; i++) {
            compiled[i] = Globs.compile(segs[i], false);
        }
        List<String> out = new ArrayList<>();
        for (String path : entries.keySet()) {
            String[] p = path.split("/");
            if (p.length != segs.length) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < p.length && ok; i++) {
                ok = compiled[i].matcher(p[i]).matches();
            }
            if (ok) {
                out.add(path);
            }
        }
        return out;
    }
}
