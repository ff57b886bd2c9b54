package dev.bootdeck.project.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The image file system model: a map from absolute path to {@link ImageEntry}. Parents of every entry are
 * directories. Writing follows symbolic links in the parent path inside the root, like a build step would; reading
 * can follow links with {@link #resolve(String)}.
 */
public final class ImageTree {
    private static final int MAX_LINKS = 40;
    private final TreeMap<String, ImageEntry> entries;

    public ImageTree() {
        entries = new TreeMap<>();
        entries.put("/", new ImageEntry.Directory(Origin.base()));
    }

    private ImageTree(TreeMap<String, ImageEntry> entries) {
        this.entries = entries;
    }

    /** The directories every bootc base image has (bootc's own package creates {@code bound-images.d}). */
    public static ImageTree bootcBase() {
        ImageTree t = new ImageTree();
        for (String d : List.of("/etc", "/usr/bin", "/usr/share", "/usr/lib/bootc/bound-images.d", "/var",
                "/tmp", "/opt")) {
            t.mkdirs(d, Origin.base());
        }
        return t;
    }

    public ImageTree copy() {
        return new ImageTree(new TreeMap<>(entries));
    }

    public Optional<ImageEntry> get(String path) {
        return Optional.ofNullable(entries.get(ImagePaths.normalize(path)));
    }

    /** True when {@code path}, following links, is a directory. */
    public boolean isDirectory(String path) {
        Resolution r = resolve(path);
        return r.exists() && r.entry().get() instanceof ImageEntry.Directory;
    }

    /** Creates {@code path} and its parents as directories (existing directories are kept). */
    public void mkdirs(String path, Origin origin) {
        String p = resolveParents(ImagePaths.normalize(path));
        if (p.equals("/")) {
            return;
        }
        mkdirs(ImagePaths.parent(p), origin);
        ImageEntry e = entries.get(p);
        if (!(e instanceof ImageEntry.Directory)) {
            if (e != null) {
                removeTree(p);
            }
            entries.put(p, new ImageEntry.Directory(origin));
        }
    }

    /** Puts {@code entry} at {@code path}, creating parents; a directory there is replaced only by a directory. */
    public void put(String path, ImageEntry entry) {
        String p = resolveParents(ImagePaths.normalize(path));
        if (p.equals("/")) {
            return;
        }
        mkdirs(ImagePaths.parent(p), entry.origin());
        ImageEntry old = entries.get(p);
        if (old instanceof ImageEntry.Directory && entry instanceof ImageEntry.Directory) {
            return;
        }
        if (old != null) {
            removeTree(p);
        }
        entries.put(p, entry);
    }

    /** Removes {@code path} and, for a directory, everything below it. Returns whether anything was there. */
    public boolean remove(String path) {
        String p = resolveParents(ImagePaths.normalize(path));
        if (!entries.containsKey(p) || p.equals("/")) {
            return false;
        }
        removeTree(p);
        return true;
    }

    private void removeTree(String p) {
        entries.remove(p);
        entries.subMap(p + "/", p + "/\uffff").clear();
    }

    /** Direct children of directory {@code dir} (not following links), sorted by name. */
    public List<String> children(String dir) {
        String d = ImagePaths.normalize(dir);
        String prefix = d.equals("/") ? "/" : d + "/";
        List<String> out = new ArrayList<>();
        for (String k : entries.subMap(prefix, prefix + "\uffff").keySet()) {
            if (k.length() > prefix.length() && k.indexOf('/', prefix.length()) < 0) {
                out.add(k);
            }
        }
        return out;
    }

    /** Every path at or below {@code dir}, sorted. */
    public List<String> below(String dir) {
        String d = ImagePaths.normalize(dir);
        List<String> out = new ArrayList<>();
        if (entries.containsKey(d)) {
            out.add(d);
        }
        String prefix = d.equals("/") ? "/" : d + "/";
        out.addAll(entries.subMap(prefix, prefix + "\uffff").keySet().stream().filter(k -> !k.equals(d)).toList());
        return out;
    }

    /** All entries, sorted by path. */
    public Map<String, ImageEntry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Follows symbolic links in every component of {@code path}, inside the root. */
    public Resolution resolve(String path) {
        return resolve(path, true);
    }

    /** Like {@link #resolve(String)} but, when {@code followLast} is false, the last component is not followed. */
    public Resolution resolve(String path, boolean followLast) {
        String[] parts = ImagePaths.normalize(path).substring(1).split("/");
        List<String> todo = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                todo.add(p);
            }
        }
        String cur = "/";
        int links = 0;
        int i = 0;
        while (i < todo.size()) {
            String comp = todo.get(i);
            String next = ImagePaths.resolve(cur, comp);
            if (comp.equals("..")) {
                cur = next;
                i++;
                continue;
            }
            ImageEntry e = entries.get(next);
            boolean last = i == todo.size() - 1;
            if (e instanceof ImageEntry.Symlink link && (!last || followLast)) {
                if (++links > MAX_LINKS) {
                    return new Resolution(next, Optional.empty(), true);
                }
                List<String> rest = new ArrayList<>(todo.subList(i + 1, todo.size()));
                String target = link.target();
                String base = target.startsWith("/") ? "/" : cur;
                todo = new ArrayList<>();
                for (String t : target.split("/")) {
                    if (!t.isEmpty() && !t.equals(".")) {
                        todo.add(t);
                    }
                }
                todo.addAll(rest);
                cur = base;
                i = 0;
                continue;
            }
            if (e == null) {
                return new Resolution(ImagePaths.normalize(cur + "/" + String.join("/", todo.subList(i,
                        todo.size()))), Optional.empty(), false);
            }
            cur = next;
            i++;
        }
        return new Resolution(cur, Optional.ofNullable(entries.get(cur)), false);
    }

    /** {@code path} with symbolic links in its parent directories followed (where a write would land). */
    public String resolveParents(String path) {
        String p = ImagePaths.normalize(path);
        if (p.equals("/")) {
            return p;
        }
        Resolution parent = resolve(ImagePaths.parent(p));
        return ImagePaths.resolve(parent.path(), ImagePaths.name(p));
    }
}
