package dev.bootdeck.project.build;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.containerfile.Containerfile;
import dev.bootdeck.project.containerfile.ContainerfileParser;
import dev.bootdeck.project.containerfile.Expansion;
import dev.bootdeck.project.containerfile.Instruction;
import dev.bootdeck.project.containerfile.Stage;
import dev.bootdeck.project.containerfile.Variables;
import dev.bootdeck.project.containerfile.WordExpander;
import dev.bootdeck.project.image.ImageEntry;
import dev.bootdeck.project.image.ImageLayout;
import dev.bootdeck.project.image.ImagePaths;
import dev.bootdeck.project.image.ImageTree;
import dev.bootdeck.project.image.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replays a Containerfile over the build context to model the image it builds.
 *
 * <p>{@code COPY}/{@code ADD} follow Docker's and Buildah's rules: sources are context-relative (a leading {@code /}
 * too), globs match with Go's {@code filepath.Match}; a directory source copies its <em>contents</em>
 * ({@code COPY rootfs/ /}, {@code COPY dir/. /usr} and {@code COPY dir /usr} all do); a file goes <em>into</em> the
 * destination when it ends in {@code /}, when there are several sources or a glob, or when the destination already
 * is a directory in the image (the bootc base directories and everything earlier steps made), and otherwise is
 * written <em>as</em> the destination; a relative destination is taken from {@code WORKDIR}; symlinks inside a copied
 * tree stay symlinks; {@code --parents} keeps source paths; {@code --exclude} drops matches;
 * {@code --chown}/{@code --chmod}/{@code --link} change nothing here. {@code --from=STAGE} copies from that stage's
 * model (files keep the project path they came from); {@code --from=IMAGE} and remote {@code ADD} sources are
 * outside the project and skipped, as are local archives that {@code ADD} unpacks. {@code COPY <<EOF} here-documents
 * become files whose content bootdeck does not model.
 *
 * <p>Stages start from the stage they name (a copy of its model and {@code ENV}), from nothing for {@code scratch},
 * or from a bootc base image otherwise. Only the last stage is the image.
 */
public final class BuildSimulator {
    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2|tar\\.xz|txz|"
            + "tar\\.zst|tar\\.lz4)$");

    private final Containerfile cf;
    private final BuildContext ctx;
    private final List<CopyRecord> copies = new ArrayList<>();
    private final List<LinkRecord> links = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Variables globals = Variables.empty();
    private final List<StageState> stages = new ArrayList<>();
    private final Map<String, Integer> stageNames = new HashMap<>();

    /** What one stage has built so far. */
    static final class StageState {
        final ImageTree tree;
        final Variables env;
        final Variables vars;
        String workdir;

        StageState(ImageTree tree, Variables env, String workdir) {
            this.tree = tree;
            this.env = env;
            this.vars = env.copy();
            this.workdir = workdir;
        }
    }

    private BuildSimulator(Containerfile cf, BuildContext ctx) {
        this.cf = cf;
        this.ctx = ctx;
    }

    public static Simulation simulate(Containerfile cf, BuildContext ctx) {
        BuildSimulator s = new BuildSimulator(cf, ctx);
        s.run();
        ImageTree image = s.stages.isEmpty() ? ImageTree.bootcBase() : s.stages.get(s.stages.size() - 1).tree;
        return new Simulation(image, List.copyOf(s.copies), List.copyOf(s.links), List.copyOf(s.findings));
    }

    private void run() {
        for (Instruction ins : cf.instructions()) {
            if (ins.is("FROM")) {
                from(ins);
                continue;
            }
            if (ins.stage() < 0) {
                if (ins.is("ARG")) {
                    arg(ins, globals, null);
                }
                continue;
            }
            StageState st = stages.get(ins.stage());
            switch (ins.keyword()) {
                case "ARG" -> arg(ins, st.vars, st.env);
                case "ENV" -> env(ins, st);
                case "WORKDIR" -> workdir(ins, st);
                case "COPY", "ADD" -> copy(ins, st);
                case "RUN" -> new RunInterpreter(cf, ins.stage(), st.tree, st.vars.copy(), st.workdir, links,
                        findings).run(ins);
                default -> {
                }
            }
        }
    }

    private void from(Instruction ins) {
        Stage stage = cf.stages().get(ins.stage());
        String base = new WordExpander(globals, cf.escape()).expand(stage.base()).value()
                .toLowerCase(Locale.ROOT);
        Integer parent = stageNames.get(base);
        if (parent == null && base.matches("\\d+") && Integer.parseInt(base) < stages.size()) {
            parent = Integer.parseInt(base);
        }
        StageState st;
        if (parent != null) {
            StageState p = stages.get(parent);
            st = new StageState(p.tree.copy(), p.env.copy(), p.workdir);
        } else if (base.equals("scratch")) {
            st = new StageState(new ImageTree(), Variables.empty(), "/");
        } else {
            st = new StageState(ImageTree.bootcBase(), Variables.empty(), "/");
        }
        stages.add(st);
        stage.name().ifPresent(n -> stageNames.put(n, stage.index()));
    }

    private void arg(Instruction ins, Variables into, Variables env) {
        for (String word : ContainerfileParser.splitShellWordsRaw(ins.args())) {
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            if (env != null && env.declared(name)) {
                continue; // ENV of the same name wins over ARG
            }
            if (eq >= 0) {
                Expansion e = new WordExpander(into, cf.escape()).expand(word.substring(eq + 1));
                into.set(name, e.resolved() ? e.value() : null);
            } else if (env != null && globals.declared(name)) {
                into.set(name, globals.get(name).orElse(null));
            } else {
                into.set(name, null);
            }
        }
    }

    private void env(Instruction ins, StageState st) {
        List<String> words = ContainerfileParser.splitShellWordsRaw(ins.args());
        WordExpander x = new WordExpander(st.vars, cf.escape());
        if (!words.isEmpty() && !words.get(0).contains("=")) {
            String name = words.get(0);
            String rest = ins.args().strip().substring(name.length()).strip();
            Expansion e = x.expand(rest);
            set(st, name, e);
            return;
        }
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0) {
                set(st, w.substring(0, eq), x.expand(w.substring(eq + 1)));
            }
        }
    }

    private static void set(StageState st, String name, Expansion e) {
        String v = e.resolved() ? e.value() : null;
        st.env.set(name, v);
        st.vars.set(name, v);
    }

    private void workdir(Instruction ins, StageState st) {
        Expansion e = new WordExpander(st.vars, cf.escape()).expand(ins.args().strip());
        if (!e.resolved()) {
            unresolved(ins, e, "WORKDIR");
            return;
        }
        st.workdir = ImagePaths.resolve(st.workdir, e.value());
        st.tree.mkdirs(st.workdir, new Origin(Origin.Kind.RUN, ins.startLine(), "", ""));
    }

    // ------------------------------------------------------------------ COPY / ADD

    private void copy(Instruction ins, StageState st) {
        List<InstructionWords.Span> words = InstructionWords.of(ins);
        if (words.size() < 2) {
            return;
        }
        boolean add = ins.is("ADD");
        WordExpander x = new WordExpander(st.vars, cf.escape());
        Optional<String> from = ins.flag("from").map(f -> x.expand(f).value());
        boolean parents = ins.flag("parents").isPresent();
        List<Pattern> excludes = ins.flags().stream().filter(f -> f.name().equals("exclude") && f.value() != null)
                .map(f -> Globs.compile(BuildContext.clean(x.expand(f.value()).value()), true)).toList();
        InstructionWords.Span destWord = words.get(words.size() - 1);
        List<InstructionWords.Span> srcWords = words.subList(0, words.size() - 1);
        Expansion destExp = x.expand(destWord.text());
        String destRaw = destExp.value();
        boolean trailingSlash = destRaw.endsWith("/") || destRaw.endsWith("/.") || destRaw.equals(".");
        String destAbs = destExp.resolved() ? ImagePaths.resolve(st.workdir, destRaw) : "";
        CopyRecord.Dest dest = new CopyRecord.Dest(destWord.text(), destWord.start(), destWord.end(), destAbs,
                trailingSlash);
        List<CopyRecord.Source> sources = new ArrayList<>();
        List<CopyRecord.Landing> landings = new ArrayList<>();
        Origin origin = new Origin(Origin.Kind.COPY, ins.startLine(), "", "");
        boolean multi = srcWords.size() > 1 || srcWords.stream().anyMatch(w -> Globs.hasMeta(w.text()));
        ImageTree fromTree = null;
        if (from.isPresent()) {
            String f = from.get().toLowerCase(Locale.ROOT);
            Integer idx = stageNames.get(f);
            if (idx == null && f.matches("\\d+") && Integer.parseInt(f) < stages.size()) {
                idx = Integer.parseInt(f);
            }
            if (idx == null || idx >= stages.size()) {
                // another image: its files are outside the project
                copies.add(new CopyRecord(ins, from, List.of(), dest, List.of()));
                return;
            }
            fromTree = stages.get(idx).tree;
        }
        if (!destExp.resolved()) {
            if (srcWords.stream().anyMatch(w -> mentionsQuadlet(w.text())) || mentionsQuadlet(destWord.text())) {
                unresolved(ins, destExp, "COPY destination");
            }
            copies.add(new CopyRecord(ins, from, List.of(), dest, List.of()));
            return;
        }
        for (InstructionWords.Span sw : srcWords) {
            Optional<String> heredoc = heredocName(ins, sw.text());
            if (heredoc.isPresent()) {
                String at = trailingSlash || multi || st.tree.isDirectory(destAbs)
                        ? ImagePaths.resolve(destAbs, heredoc.get()) : destAbs;
                st.tree.put(at, new ImageEntry.OtherFile("here-document <<" + heredoc.get() + " of line "
                        + ins.startLine(), origin));
                sources.add(new CopyRecord.Source(sw.text(), sw.start(), sw.end(), heredoc.get(), List.of(), true));
                continue;
            }
            Expansion e = x.expand(sw.text());
            if (!e.resolved()) {
                if (mentionsQuadlet(sw.text()) || mentionsQuadlet(destAbs)) {
                    unresolved(ins, e, "COPY source");
                }
                sources.add(new CopyRecord.Source(sw.text(), sw.start(), sw.end(), "", List.of(), false));
                continue;
            }
            String value = e.value();
            if (add && (value.contains("://") || value.startsWith("git@"))) {
                sources.add(new CopyRecord.Source(sw.text(), sw.start(), sw.end(), value, List.of(), false));
                continue;
            }
            List<String> matches = fromTree == null
                    ? copyFromContext(ins, st, value, destAbs, trailingSlash, multi, parents, add, excludes, landings,
                            origin)
                    : copyFromStage(st, fromTree, value, destAbs, trailingSlash, multi, origin, landings);
            sources.add(new CopyRecord.Source(sw.text(), sw.start(), sw.end(),
                    fromTree == null ? BuildContext.clean(value) : ImagePaths.normalize("/" + value), matches,
                    false));
        }
        copies.add(new CopyRecord(ins, from, List.copyOf(sources), dest, List.copyOf(landings)));
    }

    private List<String> copyFromContext(Instruction ins, StageState st, String value, String destAbs,
            boolean trailingSlash, boolean multi, boolean parents, boolean add, List<Pattern> excludes,
            List<CopyRecord.Landing> landings, Origin origin) {
        String pivot = null;
        int pv = value.indexOf("/./");
        if (parents && pv >= 0) {
            pivot = BuildContext.clean(value.substring(0, pv));
        }
        String p = BuildContext.clean(value);
        List<String> matches;
        if (Globs.hasMeta(p)) {
            matches = ctx.match(p);
        } else {
            matches = p.isEmpty() || ctx.get(Globs.unescape(p)).isPresent() ? List.of(Globs.unescape(p)) : List.of();
        }
        if (matches.isEmpty()) {
            if (ImageLayout.isQuadletPath(p)) {
                findings.add(new Finding(Rules.MISSING_COPY_SOURCE, Severity.ERROR, cf.name(), ins.startLine(),
                        "COPY source " + value + " does not exist in the project (the build fails here)"));
            }
            return List.of();
        }
        for (String m : matches) {
            String path = m;
            ContextEntry entry = m.isEmpty() ? new ContextEntry("", ContextEntry.Type.DIRECTORY, "")
                    : ctx.get(m).orElse(null);
            for (int hops = 0; entry != null && entry.type() == ContextEntry.Type.SYMLINK && hops < 40; hops++) {
                String t = entry.target().startsWith("/") ? BuildContext.clean(entry.target())
                        : BuildContext.clean(parentOf(path) + "/" + entry.target());
                path = t;
                entry = t.isEmpty() ? new ContextEntry("", ContextEntry.Type.DIRECTORY, "") : ctx.get(t).orElse(null);
            }
            if (entry == null) {
                continue;
            }
            String kept = null;
            if (parents) {
                kept = pivot != null && !pivot.isEmpty() && m.startsWith(pivot + "/")
                        ? m.substring(pivot.length() + 1) : m;
            }
            if (entry.type() == ContextEntry.Type.DIRECTORY) {
                String base = kept != null ? ImagePaths.resolve(destAbs, kept) : destAbs;
                st.tree.mkdirs(base, origin);
                String prefix = path.isEmpty() ? "" : path + "/";
                for (ContextEntry e : ctx.below(path)) {
                    String rel = e.path().substring(prefix.length());
                    if (excluded(excludes, e.path(), rel)) {
                        continue;
                    }
                    place(st.tree, e, ImagePaths.resolve(base, rel), origin, landings);
                }
            } else {
                if (add && ARCHIVE.matcher(path).matches()) {
                    continue; // ADD unpacks local archives: their contents are not modelled
                }
                if (excluded(excludes, path, path.substring(path.lastIndexOf('/') + 1))) {
                    continue;
                }
                String at;
                if (kept != null) {
                    at = ImagePaths.resolve(destAbs, kept);
                } else if (trailingSlash || multi || st.tree.isDirectory(destAbs)) {
                    at = ImagePaths.resolve(destAbs, nameOf(m));
                } else {
                    at = destAbs;
                    warnFileDestination(ins, m, destAbs);
                }
                place(st.tree, entry, at, origin, landings);
            }
        }
        return List.copyOf(matches);
    }

    private void warnFileDestination(Instruction ins, String source, String destAbs) {
        String srcName = nameOf(source);
        String destName = ImagePaths.name(destAbs);
        if (ImageLayout.unitType(srcName).isPresent() && ImageLayout.unitType(destName).isEmpty()
                && !ImageLayout.isInBoundImagesDir(destAbs)) {
            findings.add(new Finding(Rules.COPY_DESTINATION_NOT_A_DIRECTORY, Severity.WARNING, cf.name(),
                    ins.startLine(), "COPY writes " + source + " as the file " + destAbs + " unless " + destAbs
                    + " already exists as a directory in the base image; end the destination with '/' to copy it"
                    + " into the directory"));
        }
    }

    private static boolean excluded(List<Pattern> excludes, String path, String rel) {
        for (Pattern p : excludes) {
            if (p.matcher(path).matches() || p.matcher(rel).matches()) {
                return true;
            }
        }
        return false;
    }

    private void place(ImageTree tree, ContextEntry e, String at, Origin origin, List<CopyRecord.Landing> landings) {
        switch (e.type()) {
            case DIRECTORY -> tree.mkdirs(at, origin);
            case FILE -> {
                tree.put(at, new ImageEntry.ProjectFile(e.path(), new Origin(Origin.Kind.COPY, origin.line(),
                        e.path(), "")));
                landings.add(new CopyRecord.Landing(e.path(), tree.resolveParents(at)));
            }
            case SYMLINK -> tree.put(at, new ImageEntry.Symlink(e.target(),
                    new Origin(Origin.Kind.TREE_SYMLINK, origin.line(), e.path(), "")));
            case FLATTENED_SYMLINK -> tree.put(at, new ImageEntry.Symlink(e.target(),
                    new Origin(Origin.Kind.FLATTENED_SYMLINK, origin.line(), e.path(), "")));
        }
    }

    private List<String> copyFromStage(StageState st, ImageTree from, String value, String destAbs,
            boolean trailingSlash, boolean multi, Origin origin, List<CopyRecord.Landing> landings) {
        String p = ImagePaths.normalize("/" + value);
        List<String> matches = new ArrayList<>();
        if (Globs.hasMeta(p)) {
            for (String path : from.entries().keySet()) {
                if (path.split("/").length == p.split("/").length
                        && Globs.compile(p, false).matcher(path).matches()) {
                    matches.add(path);
                }
            }
        } else if (from.get(p).isPresent() || from.resolve(p).exists()) {
            matches.add(p);
        }
        for (String m : matches) {
            String real = from.resolve(m).path();
            ImageEntry e = from.get(real).orElse(null);
            if (e instanceof ImageEntry.Directory) {
                st.tree.mkdirs(destAbs, origin);
                for (String below : from.below(real)) {
                    if (below.equals(real)) {
                        continue;
                    }
                    String at = ImagePaths.resolve(destAbs, below.substring(real.length() + 1));
                    copyEntry(st.tree, from.get(below).orElseThrow(), at, origin, landings);
                }
            } else if (e != null) {
                String at = trailingSlash || multi || st.tree.isDirectory(destAbs)
                        ? ImagePaths.resolve(destAbs, ImagePaths.name(m)) : destAbs;
                copyEntry(st.tree, e, at, origin, landings);
            }
        }
        return List.copyOf(matches);
    }

    private static void copyEntry(ImageTree tree, ImageEntry e, String at, Origin origin,
            List<CopyRecord.Landing> landings) {
        if (e instanceof ImageEntry.ProjectFile f) {
            tree.put(at, new ImageEntry.ProjectFile(f.projectPath(), new Origin(Origin.Kind.COPY, origin.line(),
                    f.projectPath(), "")));
            landings.add(new CopyRecord.Landing(f.projectPath(), tree.resolveParents(at)));
        } else if (e instanceof ImageEntry.Directory) {
            tree.mkdirs(at, origin);
        } else {
            tree.put(at, e);
        }
    }

    private static Optional<String> heredocName(Instruction ins, String word) {
        if (!word.startsWith("<<")) {
            return Optional.empty();
        }
        String n = word.substring(2);
        if (n.startsWith("-")) {
            n = n.substring(1);
        }
        n = n.replace("\"", "").replace("'", "");
        String name = n;
        return ins.heredocs().stream().filter(h -> h.name().equals(name)).map(h -> name).findFirst();
    }

    private void unresolved(Instruction ins, Expansion e, String what) {
        findings.add(new Finding(Rules.UNRESOLVED_VARIABLE, Severity.WARNING, cf.name(), ins.startLine(),
                what + " uses " + String.join(", ", e.unresolved().stream().map(v -> "$" + v).toList())
                + ", whose value the Containerfile does not set; bootdeck does not guess where the files land"));
    }

    /** Whether a word looks like it concerns Quadlet files or bound images (decides whether a problem is ours). */
    static boolean mentionsQuadlet(String s) {
        String name = s.substring(s.lastIndexOf('/') + 1);
        return s.contains("containers/systemd") || s.contains("bound-images") || ImageLayout.unitType(name)
                .isPresent() || ImageLayout.isDropIn(s);
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
