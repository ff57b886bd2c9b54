package dev.bootdeck.quadlet;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unit files held in memory, keyed by {@code /}-separated path (e.g. {@code units/foo.container},
 * {@code units/foo.container.d/10.conf}); directories exist implicitly. Used for unsaved editor buffers and in
 * tests.
 */
public final class MemoryUnitTree implements UnitTree {
    private final TreeMap<String, byte[]> files = new TreeMap<>();

    public MemoryUnitTree() {
    }

    public MemoryUnitTree(Map<String, byte[]> files) {
        files.forEach(this::put);
    }

    /** Adds or replaces a file. */
    public MemoryUnitTree put(String path, byte[] content) {
        files.put(normalize(path), content.clone());
        return this;
    }

    /** Adds or replaces a file given as UTF-8 text. */
    public MemoryUnitTree put(String path, String content) {
        return put(path, LosslessUtf8.encode(content));
    }

    @Override
    public boolean isDirectory(String path) {
        String prefix = prefixOf(path);
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    @Override
    public List<String> list(String dir) {
        String prefix = prefixOf(dir);
        TreeSet<String> names = new TreeSet<>(Comparator.naturalOrder());
        for (String key : files.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            String rest = key.substring(prefix.length());
            int slash = rest.indexOf('/');
            names.add(slash < 0 ? rest : rest.substring(0, slash));
        }
        return new ArrayList<>(names);
    }

    @Override
    public byte[] read(String path) throws IOException {
        byte[] b = files.get(normalize(path));
        if (b == null) {
            throw new NoSuchFileException(path, null, isDirectory(path) ? "is a directory" : "no such file");
        }
        return b.clone();
    }

    @Override
    public String canonical(String path) {
        return normalize(path);
    }

    private static String prefixOf(String dir) {
        String d = normalize(dir);
        return d.isEmpty() ? "" : d + "/";
    }

    private static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
