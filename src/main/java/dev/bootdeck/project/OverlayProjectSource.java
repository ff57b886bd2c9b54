package dev.bootdeck.project;

import dev.bootdeck.project.build.ContextEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project source with changes laid over another: files written, symlinks made, files deleted. Used to analyze
 * the project as an edit would leave it, before writing anything.
 */
public final class OverlayProjectSource implements ProjectSource {
    private final ProjectSource base;
    private final Map<String, byte[]> written = new HashMap<>();
    private final Map<String, String> symlinks = new HashMap<>();
    private final java.util.Set<String> deleted = new java.util.HashSet<>();

    public OverlayProjectSource(ProjectSource base) {
        this.base = base;
    }

    public OverlayProjectSource write(String path, byte[] content) {
        deleted.remove(path);
        symlinks.remove(path);
        written.put(path, content.clone());
        return this;
    }

    public OverlayProjectSource symlink(String path, String target) {
        deleted.remove(path);
        written.remove(path);
        symlinks.put(path, target);
        return this;
    }

    public OverlayProjectSource delete(String path) {
        written.remove(path);
        symlinks.remove(path);
        deleted.add(path);
        return this;
    }

    @Override
    public Path directory() {
        return base.directory();
    }

    @Override
    public List<ContextEntry> entries() {
        TreeMap<String, ContextEntry> all = new TreeMap<>();
        for (ContextEntry e : base.entries()) {
            if (!deleted.contains(e.path())) {
                all.put(e.path(), e);
            }
        }
        for (String p : written.keySet()) {
            all.put(p, new ContextEntry(p, ContextEntry.Type.FILE, ""));
            addParents(all, p);
        }
        symlinks.forEach((p, t) -> {
            all.put(p, new ContextEntry(p, ContextEntry.Type.SYMLINK, t));
            addParents(all, p);
        });
        return new ArrayList<>(all.values());
    }

    private static void addParents(TreeMap<String, ContextEntry> all, String p) {
        for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
            all.putIfAbsent(p.substring(0, i), new ContextEntry(p.substring(0, i), ContextEntry.Type.DIRECTORY, ""));
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws ProjectException {
        if (deleted.contains(path) || symlinks.containsKey(path)) {
            return Optional.empty();
        }
        byte[] w = written.get(path);
        return w != null ? Optional.of(w.clone()) : base.read(path);
    }
}
