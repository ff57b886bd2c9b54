package dev.bootdeck.ui.project;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Binding;
import dev.bootdeck.project.BindingRule;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.QuadletFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the project tree shows, worded for people: the Containerfile, every Quadlet file with where it lands in the
 * image and what binds it (or that nothing does), the read-only binding rules, and bindings that lead to no project
 * file. Only reads the core's analysis; decides nothing itself.
 */
public record ProjectOutline(Entry containerfile, List<Entry> quadletFiles, List<Entry> rules,
                             List<Entry> otherBindings) {

    /** What a row is. */
    public enum Kind { CONTAINERFILE, UNIT, DROP_IN, RULE, BINDING }

    /**
     * One row: the file it opens (if any) and the line to show, its folder and name, where it lands in the image,
     * what binds it, and the worst finding on it.
     */
    public record Entry(Kind kind, Optional<String> path, String folder, String name, String lands, String binding,
                        boolean bound, Optional<Severity> worst, int line) {

        /** Everything the row says, for tooltips and tests. */
        public String describe() {
            return folder + name + (lands.isEmpty() ? "" : "\n" + lands) + (binding.isEmpty() ? "" : "\n" + binding);
        }
    }

    public ProjectOutline {
        quadletFiles = List.copyOf(quadletFiles);
        rules = List.copyOf(rules);
        otherBindings = List.copyOf(otherBindings);
    }

    public static ProjectOutline of(Project p, Collection<Finding> findings) {
        String cf = p.containerfilePath();
        int bound = p.boundImages().size();
        Entry cfEntry = new Entry(Kind.CONTAINERFILE, Optional.of(cf), folder(cf), name(cf), "",
                bound == 0 ? "binds no images" : "binds " + bound + (bound == 1 ? " image" : " images"), bound > 0,
                worst(findings, cf), 0);
        List<Entry> files = new ArrayList<>();
        for (QuadletFile f : p.quadletFiles()) {
            files.add(new Entry(f.isDropIn() ? Kind.DROP_IN : Kind.UNIT, Optional.of(f.path()), folder(f.path()),
                    f.name(), from(f.path()) + lands(f), boundBy(f), f.bound(), worst(findings, f.path()), 0));
        }
        List<Entry> rules = new ArrayList<>();
        for (BindingRule r : p.bindingRules()) {
            String entries = r.entries().isEmpty() ? "makes no entry in this build"
                    : "makes " + String.join(", ", r.entries());
            rules.add(new Entry(Kind.RULE, Optional.of(cf), "", cf + " line " + r.line(), r.description(),
                    entries + " (read-only: edit the line by hand)", !r.entries().isEmpty(), Optional.empty(),
                    r.line()));
        }
        List<Entry> others = new ArrayList<>();
        for (Binding b : p.bindings()) {
            if (b.projectFile().isPresent()) {
                continue;
            }
            String target = b.symlink() ? "\u2192 " + b.target() + (b.resolvedPath().isEmpty() ? " (leads nowhere)"
                    : "") : "(a regular file, not a symlink)";
            others.add(new Entry(Kind.BINDING, Optional.of(cf), "", b.name(), target, "made by " + b.description(),
                    true, Optional.empty(), b.origin().line()));
        }
        return new ProjectOutline(cfEntry, files, rules, others);
    }

    /** Where it lands; only the folder when the file keeps its name there (the usual case, and short). */
    private static String lands(QuadletFile f) {
        if (f.imagePaths().isEmpty()) {
            return "not copied into the image";
        }
        return "\u2192 " + f.imagePaths().stream().map(p -> name(p).equals(f.name()) ? folder(p) : p)
                .collect(Collectors.joining(", "));
    }

    /** The project folder a file sits in, as the start of its "lands" line ("quadlet/ "). */
    private static String from(String path) {
        String folder = folder(path);
        return folder.isEmpty() ? "" : folder + " ";
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String boundBy(QuadletFile f) {
        if (!f.bound()) {
            return "not bound";
        }
        return "bound by " + f.bindings().stream().map(b -> b.description()
                + (b.editable() || b.byRule() ? "" : " (read-only)")).distinct().collect(Collectors.joining(", "));
    }

    private static Optional<Severity> worst(Collection<Finding> findings, String path) {
        return findings.stream().filter(f -> f.file().equals(path)).map(Finding::severity)
                .min(Comparator.naturalOrder());
    }
}
