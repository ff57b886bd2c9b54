package dev.bootdeck.quadlet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.bootdeck.model.Finding;

/**
 * Loads Quadlet units the way podman's generator does ({@code cmd/quadlet/main.go}, {@code unitdirs.go}): the
 * search directories in precedence order, each with its sub-directories (depth first, {@code *.d} skipped, each
 * directory once); the first file of a given name wins and hides later ones; then, for every unit, its drop-ins
 * from every search directory: {@code foo-bar@inst.container.d}, {@code foo-bar@.container.d},
 * {@code foo-@.container.d}, {@code foo-.container.d}, {@code container.d} (most specific first), only
 * {@code *.conf}, the first file of a basename winning, merged in byte order of basename.
 *
 * <p>Rootful podman searches {@code /run/containers/systemd}, {@code /etc/containers/systemd} and
 * {@code /usr/share/containers/systemd} ({@link #ROOTFUL_DIRECTORIES}); callers pass the local directories that
 * stand for them, in that order.
 */
public final class UnitSearchPath {
    private static final Logger LOG = LoggerFactory.getLogger(UnitSearchPath.class);

    /** Podman's rootful search directories, in precedence order. */
    public static final List<String> ROOTFUL_DIRECTORIES =
            List.of("/run/containers/systemd", "/etc/containers/systemd", "/usr/share/containers/systemd");

    private final UnitTree tree;
    private final List<String> searchDirectories;

    public UnitSearchPath(UnitTree tree, List<String> searchDirectories) {
        this.tree = tree;
        this.searchDirectories = List.copyOf(searchDirectories);
    }

    /** The outcome of loading: the units, and the problems met (unreadable or unparsable files, shadowing). */
    public record Loaded(List<LoadedUnit> units, List<Finding> findings, List<String> sourceDirectories) {
        public Loaded {
            units = List.copyOf(units);
            findings = List.copyOf(findings);
            sourceDirectories = List.copyOf(sourceDirectories);
        }
    }

    /** Every directory podman reads units from: each search directory and its sub-directories, in order. */
    public List<String> sourceDirectories() {
        List<String> out = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String dir : searchDirectories) {
            appendSubPaths(out, visited, dir);
        }
        return out;
    }

    private void appendSubPaths(List<String> out, Set<String> visited, String path) {
        if (!tree.isDirectory(path)) {
            if (!visited.contains(path) && !path.endsWith(".d") && searchDirectories.contains(path)) {
                out.add(path);
                visited.add(path);
            }
            return;
        }
        String canonical = tree.canonical(path);
        if (visited.contains(canonical) || path.endsWith(".d")) {
            return;
        }
        visited.add(canonical);
        out.add(path);
        List<String> entries;
        try {
            entries = tree.list(path);
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", path, e.toString());
            return;
        }
        for (String name : entries) {
            String child = tree.join(path, name);
            if (tree.isDirectory(child)) {
                appendSubPaths(out, visited, child);
            }
        }
    }

    /** Loads every unit with its drop-ins. Never throws: problems become findings. */
    public Loaded load() {
        List<String> sources = sourceDirectories();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<LoadedUnit> units = new ArrayList<>();
        for (String dir : sources) {
            List<String> names;
            try {
                names = tree.list(dir);
            } catch (IOException e) {
                findings.add(finding(QuadletRule.UNREADABLE_FILE, dir, 0, "cannot read directory: " + e.getMessage()));
                continue;
            }
            for (String name : names) {
                if (QuadletType.ofFileName(name).isEmpty()) {
                    continue;
                }
                String path = tree.join(dir, name);
                if (seen.containsKey(name)) {
                    findings.add(finding(QuadletRule.SHADOWED_UNIT, path, 0,
                            "ignored: " + seen.get(name) + " has the same name and comes first in the search path"));
                    continue;
                }
                ParsedFile parsed = parse(path, findings);
                if (parsed != null) {
                    seen.put(name, path);
                    units.add(withDropins(path, name, parsed, sources, findings));
                }
            }
        }
        return new Loaded(units, findings, sources);
    }

    private record ParsedFile(UnitFile unit, UnitDocument document) {
    }

    /** Reads and parses one file; reports every line podman rejects. Null when podman would not load it. */
    private ParsedFile parse(String path, List<Finding> findings) {
        byte[] bytes;
        try {
            bytes = tree.read(path);
        } catch (IOException e) {
            findings.add(finding(QuadletRule.UNREADABLE_FILE, path, 0,
                    "error loading \"" + path + "\", " + describe(e)));
            return null;
        }
        UnitDocument doc = UnitDocument.parse(bytes);
        for (UnitElement e : doc.elements()) {
            if (e instanceof UnitElement.DroppedContinuation d) {
                findings.add(finding(QuadletRule.DROPPED_CONTINUATION, path, d.firstLine(),
                        "line " + d.firstLine() + " ends in a backslash but no key line follows before the end of"
                                + " the file; podman silently ignores it"));
            }
        }
        try {
            return new ParsedFile(UnitFileParser.parse(path, doc), doc);
        } catch (UnitParseException ex) {
            for (SyntaxProblem p : doc.problems()) {
                findings.add(finding(ruleOf(p.message()), path, p.line(), "error loading \"" + path + "\", "
                        + p.message()));
            }
            return null;
        }
    }

    private LoadedUnit withDropins(String path, String name, ParsedFile parsed, List<String> sources,
            List<Finding> findings) {
        TreeMap<String, String> byName = new TreeMap<>(UnitSearchPath::compareBytes);
        for (String dropinDir : dropinDirectoryNames(name)) {
            for (String source : sources) {
                String dir = tree.join(source, dropinDir);
                if (!tree.isDirectory(dir)) {
                    continue;
                }
                List<String> files;
                try {
                    files = tree.list(dir);
                } catch (IOException e) {
                    findings.add(finding(QuadletRule.UNREADABLE_FILE, dir, 0,
                            "error reading directory \"" + dir + "\", " + describe(e)));
                    continue;
                }
                for (String f : files) {
                    if (QuadletType.extensionOf(f).equals(".conf") && !byName.containsKey(f)) {
                        byName.put(f, tree.join(dir, f));
                    }
                }
            }
        }
        UnitFile unit = parsed.unit();
        List<String> merged = new ArrayList<>();
        for (String dropinPath : byName.values()) {
            ParsedFile dropin = parse(dropinPath, findings);
            if (dropin != null) {
                unit = unit.merge(dropin.unit());
                merged.add(dropinPath);
            }
        }
        QuadletType type = QuadletType.ofFileName(name).orElseThrow();
        return new LoadedUnit(path, name, type, unit, merged, parsed.document());
    }

    /**
     * Podman's {@code GetUnitDropinPaths}: drop-in directory names for a unit file name, most specific first.
     */
    public static List<String> dropinDirectoryNames(String fileName) {
        String ext = QuadletType.extensionOf(fileName);
        String base = fileName.substring(0, fileName.length() - ext.length());
        int at = base.indexOf('@');
        String unitName = at < 0 ? base : base.substring(0, at);
        String instance = at < 0 ? "" : base.substring(at + 1);
        boolean template = at >= 0;
        String dropinExt = ext + ".d";
        List<String> paths = new ArrayList<>();
        paths.add(dropinExt.startsWith(".") ? dropinExt.substring(1) : dropinExt);
        String[] parts = unitName.split("-", -1);
        if (parts.length > 1) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                prefix.append(parts[i]).append('-');
                paths.add(prefix + dropinExt);
                if (template) {
                    paths.add(prefix + "@" + dropinExt);
                }
            }
        }
        if (!instance.isEmpty()) {
            paths.add(unitName + "@" + dropinExt);
        }
        paths.add(fileName + ".d");
        List<String> reversed = new ArrayList<>(paths.size());
        for (int i = paths.size() - 1; i >= 0; i--) {
            reversed.add(paths.get(i));
        }
        return reversed;
    }

    static QuadletRule ruleOf(String podmanMessage) {
        if (podmanMessage.startsWith("invalid group name")) {
            return QuadletRule.INVALID_GROUP_NAME;
        }
        if (podmanMessage.equals(UnitSyntax.KEY_BEFORE_GROUP)) {
            return QuadletRule.KEY_OUTSIDE_GROUP;
        }
        if (podmanMessage.startsWith("invalid key name")) {
            return QuadletRule.INVALID_KEY_NAME;
        }
        return QuadletRule.INVALID_LINE;
    }

    private static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason;
    }

    static Finding finding(QuadletRule rule, String file, int line, String message) {
        return new Finding(rule.id(), rule.severity(), file, line, message);
    }

    private static int compareBytes(String a, String b) {
        byte[] x = LosslessUtf8.encode(a);
        byte[] y = LosslessUtf8.encode(b);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(x[i] & 0xFF, y[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
