package dev.bootdeck.project.build;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.containerfile.Containerfile;
import dev.bootdeck.project.containerfile.Heredoc;
import dev.bootdeck.project.containerfile.Instruction;
import dev.bootdeck.project.containerfile.Variables;
import dev.bootdeck.project.image.ImageEntry;
import dev.bootdeck.project.image.ImageLayout;
import dev.bootdeck.project.image.ImagePaths;
import dev.bootdeck.project.image.ImageTree;
import dev.bootdeck.project.image.Origin;
import dev.bootdeck.project.image.Resolution;
import dev.bootdeck.project.shell.Script;
import dev.bootdeck.project.shell.ShellNode;
import dev.bootdeck.project.shell.ShellParser;
import dev.bootdeck.project.shell.ShellSyntaxException;
import dev.bootdeck.project.shell.Word;
import dev.bootdeck.project.shell.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the parts of a {@code RUN} line that shape the image's links, against the image model: {@code ln} (every
 * GNU form: {@code -s -f -r -n -T -t DIR}, bundled options, one operand, several targets into a directory),
 * {@code mkdir}, {@code install -d}, {@code rm}, {@code unlink}, {@code touch}, {@code cd}, {@code export},
 * {@code sh -c}, output redirections, {@code for} loops, globs (expanded against the files in the image at that
 * point, as {@code sh} would) and {@code find ... -exec ln ... {} ...}. Every other command is ignored, unless it
 * names {@code bound-images.d}: then the line is reported as unreadable rather than guessed.
 *
 * <p>Links made through a loop, a glob, {@code find} or inside {@code if}/{@code while} are marked as rules
 * ({@link Origin.Kind#RULE}): they are shown but not edited.
 */
final class RunInterpreter {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");
    private static final Set<String> WRAPPERS = Set.of("sudo", "command", "exec", "nice", "nohup");

    private final Containerfile cf;
    private final int stage;
    private final ImageTree tree;
    private final List<LinkRecord> links;
    private final List<Finding> findings;
    private final Variables vars;
    private String cwd;
    private Instruction ins;

    /** Where a command sits, for records and line numbers. */
    private record Site(ScriptSource source, int pos, Script script, int item, ShellNode.SimpleCommand command) {
    }

    RunInterpreter(Containerfile cf, int stage, ImageTree tree, Variables vars, String workdir,
            List<LinkRecord> links, List<Finding> findings) {
        this.cf = cf;
        this.stage = stage;
        this.tree = tree;
        this.vars = vars;
        this.cwd = workdir;
        this.links = links;
        this.findings = findings;
    }

    void run(Instruction instruction) {
        this.ins = instruction;
        if (ins.json().isPresent()) {
            List<String> argv = ins.json().get();
            ScriptSource src = new ScriptSource(ins.args(), null, ins);
            if (argv.size() >= 3 && SHELLS.contains(base(argv.get(0))) && argv.get(1).equals("-c")) {
                interpret(new ScriptSource(argv.get(2), null, ins), null);
            } else {
                List<ArgWord> args = argv.stream().map(a -> new ArgWord(a, null, null, false)).toList();
                exec(args, new Site(src, 0, null, -1, null), null);
            }
            return;
        }
        ScriptSource shellForm = new ScriptSource(ins.args(), ins.map().slice(ins.argsStart(), ins.text().length()),
                ins);
        Optional<Script> parsed = parse(shellForm);
        if (parsed.isEmpty()) {
            return;
        }
        if (!ins.heredocs().isEmpty() && heredocIsScript(parsed.get())) {
            for (Heredoc h : ins.heredocs()) {
                if (!h.content().startsWith("#!") || SHELLS.contains(base(h.content().substring(2).strip()
                        .split("\\s+")[0]))) {
                    interpret(new ScriptSource(h.content(), h.contentMap(), ins), null);
                } else if (h.content().contains("bound-images.d")) {
                    unreadable(h.firstLine(), "a here-document script in another language");
                }
            }
            return;
        }
        exec(parsed.get(), shellForm, true, null);
    }

    /** {@code RUN <<EOF} or {@code RUN bash <<EOF}: the here-document is the script. */
    private static boolean heredocIsScript(Script s) {
        if (s.items().size() != 1 || !(s.items().get(0).node() instanceof ShellNode.SimpleCommand c)) {
            return false;
        }
        boolean heredocInput = c.redirects().stream().anyMatch(r -> r.operator().startsWith("<<"));
        if (!heredocInput) {
            return false;
        }
        if (c.words().isEmpty()) {
            return true;
        }
        return c.words().get(0).isLiteral() && SHELLS.contains(base(c.words().get(0).literal()))
                && c.words().stream().skip(1).noneMatch(w -> w.is("-c"));
    }

    private void interpret(ScriptSource src, String rule) {
        parse(src).ifPresent(s -> exec(s, src, rule == null && src.editable(), rule));
    }

    private Optional<Script> parse(ScriptSource src) {
        try {
            return Optional.of(ShellParser.parse(src.text()));
        } catch (ShellSyntaxException e) {
            if (src.text().contains("bound-images.d")) {
                unreadable(src.lineOf(cf, e.offset()), "shell syntax bootdeck cannot read (" + e.getMessage() + ")");
            }
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ scripts

    private void exec(Script script, ScriptSource src, boolean topLevel, String rule) {
        List<Script.Item> items = script.items();
        for (int i = 0; i < items.size(); i++) {
            Script.Item item = items.get(i);
            boolean piped = item.op().equals("|") || i > 0 && items.get(i - 1).op().equals("|");
            ShellNode node = item.node();
            if (node instanceof ShellNode.SimpleCommand c) {
                Site site = new Site(src, c.start(), script, topLevel && !piped ? i : -1, c);
                simple(c, site, rule, piped && i > 0 && items.get(i - 1).op().equals("|"));
            } else if (node instanceof ShellNode.ForLoop f) {
                forLoop(f, src, rule);
            } else if (node instanceof ShellNode.Group g) {
                String saved = cwd;
                exec(g.body(), src, false, rule);
                if (g.subshell()) {
                    cwd = saved;
                }
            } else if (node instanceof ShellNode.Conditional c) {
                String r = rule != null ? rule : "inside " + c.keyword() + ", which may or may not run";
                for (Script part : c.parts()) {
                    exec(part, src, false, r);
                }
            } else if (node instanceof ShellNode.Opaque o) {
                if (src.text().substring(o.start(), o.end()).contains("bound-images.d")) {
                    unreadable(src.lineOf(cf, o.start()), "a '" + o.keyword() + "' statement");
                }
            }
        }
    }

    private void forLoop(ShellNode.ForLoop f, ScriptSource src, String rule) {
        if (f.items().isEmpty()) {
            if (src.text().substring(f.start(), f.end()).contains("bound-images.d")) {
                unreadable(src.lineOf(cf, f.start()), "a for loop over positional parameters");
            }
            return;
        }
        List<ArgWord> values = new ArrayList<>();
        for (Word w : f.items().get()) {
            values.addAll(expand(w));
        }
        String r = rule;
        if (r == null) {
            List<String> patterns = f.items().get().stream().map(Word::raw).toList();
            boolean glob = values.stream().anyMatch(ArgWord::globbed);
            r = glob ? "binds every file matching " + String.join(" ", patterns)
                    : "a for loop over " + String.join(" ", patterns);
        }
        String saved = vars.get(f.variable()).orElse(null);
        for (ArgWord v : values) {
            if (v.unresolved()) {
                continue;
            }
            vars.set(f.variable(), v.value());
            exec(f.body(), src, false, r);
        }
        vars.set(f.variable(), saved);
    }

    private void simple(ShellNode.SimpleCommand c, Site site, String rule, boolean stdinFromPipe) {
        for (Word a : c.assignments()) {
            String raw = a.raw();
            int eq = raw.indexOf('=');
            List<ArgWord> v = expandNoGlob(a);
            String value = v.isEmpty() ? "" : v.get(0).value();
            int cut = value.indexOf('=');
            vars.set(raw.substring(0, eq), v.stream().anyMatch(ArgWord::unresolved) ? null
                    : cut >= 0 ? value.substring(cut + 1) : value);
        }
        for (ShellNode.Redirect r : c.redirects()) {
            if (r.operator().endsWith(">") || r.operator().endsWith(">>") || r.operator().endsWith(">|")) {
                List<ArgWord> t = expandNoGlob(r.target());
                if (t.size() == 1 && !t.get(0).unresolved() && cwd != null && !r.operator().contains("&")) {
                    String p = ImagePaths.resolve(cwd, t.get(0).value());
                    if (!p.startsWith("/dev/") && tree.get(p).isEmpty()) {
                        tree.put(p, new ImageEntry.OtherFile("written by a redirection", runOrigin(site, rule)));
                    }
                }
            }
        }
        if (c.words().isEmpty()) {
            return;
        }
        List<ArgWord> args = new ArrayList<>();
        for (Word w : c.words()) {
            args.addAll(expand(w));
        }
        if (stdinFromPipe && mentionsBoundImages(site, c)) {
            unreadable(site.source().lineOf(cf, c.start()), "a command fed by a pipe");
            return;
        }
        exec(args, site, rule);
    }

    private void exec(List<ArgWord> args, Site site, String rule) {
        int i = 0;
        while (i < args.size() && WRAPPERS.contains(base(args.get(i).value()))) {
            i++;
        }
        if (i < args.size() && base(args.get(i).value()).equals("env")) {
            i++;
            while (i < args.size() && (args.get(i).value().contains("=") || args.get(i).value().startsWith("-"))) {
                i++;
            }
        }
        if (i >= args.size()) {
            return;
        }
        List<ArgWord> a = args.subList(i, args.size());
        String name = base(a.get(0).value());
        switch (name) {
            case "ln" -> ln(a, site, rule);
            case "mkdir" -> mkdir(a, site, rule);
            case "install" -> {
                if (a.stream().anyMatch(w -> w.value().equals("-d") || w.value().equals("--directory"))) {
                    mkdir(a, site, rule);
                } else {
                    otherCommand(a, site, name);
                }
            }
            case "rm", "unlink" -> rm(a, site);
            case "touch" -> touch(a, site, rule);
            case "cd" -> cd(a);
            case "export" -> {
                for (ArgWord w : a.subList(1, a.size())) {
                    int eq = w.value().indexOf('=');
                    if (eq > 0) {
                        vars.set(w.value().substring(0, eq), w.unresolved() ? null : w.value().substring(eq + 1));
                    }
                }
            }
            case "find" -> find(a, site, rule);
            default -> {
                if (SHELLS.contains(name)) {
                    int c = indexOf(a, "-c");
                    if (c > 0 && c + 1 < a.size()) {
                        ArgWord script = a.get(c + 1);
                        if (script.unresolved()) {
                            otherCommand(a, site, name);
                        } else {
                            interpret(new ScriptSource(script.value(), null, ins), rule == null ? null : rule);
                        }
                        return;
                    }
                }
                otherCommand(a, site, name);
            }
        }
    }

    private void otherCommand(List<ArgWord> a, Site site, String name) {
        if (a.stream().anyMatch(w -> w.value().contains("bound-images.d")
                || w.word() != null && w.word().raw().contains("bound-images.d"))) {
            unreadable(line(site), "the command '" + name + "'");
        }
    }

    // ------------------------------------------------------------------ commands

    private void cd(List<ArgWord> a) {
        List<ArgWord> ops = a.subList(1, a.size()).stream().filter(w -> !w.value().startsWith("-")).toList();
        if (ops.isEmpty()) {
            cwd = "/root";
        } else if (ops.get(0).unresolved() || cwd == null) {
            cwd = ops.get(0).value().startsWith("/") && !ops.get(0).unresolved() ? ops.get(0).value() : null;
        } else {
            cwd = ImagePaths.resolve(cwd, ops.get(0).value());
        }
    }

    private void mkdir(List<ArgWord> a, Site site, String rule) {
        boolean skipNext = false;
        for (ArgWord w : a.subList(1, a.size())) {
            if (skipNext) {
                skipNext = false;
                continue;
            }
            if (w.value().equals("-m") || w.value().equals("--mode") || w.value().equals("-o")
                    || w.value().equals("-g")) {
                skipNext = true;
                continue;
            }
            if (w.value().startsWith("-")) {
                continue;
            }
            path(w).ifPresent(p -> tree.mkdirs(p, runOrigin(site, rule)));
        }
    }

    private void touch(List<ArgWord> a, Site site, String rule) {
        for (ArgWord w : a.subList(1, a.size())) {
            if (!w.value().startsWith("-")) {
                path(w).filter(p -> !tree.resolve(p).exists())
                        .ifPresent(p -> tree.put(p, new ImageEntry.OtherFile("created by touch",
                                runOrigin(site, rule))));
            }
        }
    }

    private void rm(List<ArgWord> a, Site site) {
        boolean options = true;
        for (ArgWord w : a.subList(1, a.size())) {
            if (options && w.value().equals("--")) {
                options = false;
                continue;
            }
            if (options && w.value().startsWith("-") && w.value().length() > 1) {
                continue;
            }
            if (w.unresolved() && w.value().contains("bound-images.d")) {
                unresolvedWarning(site, w);
                continue;
            }
            path(w).ifPresent(tree::remove);
        }
    }

    private void ln(List<ArgWord> a, Site site, String rule) {
        boolean symbolic = false;
        boolean force = false;
        boolean relative = false;
        boolean noDeref = false;
        boolean noTargetDir = false;
        String targetDir = null;
        List<ArgWord> operands = new ArrayList<>();
        boolean options = true;
        for (int i = 1; i < a.size(); i++) {
            ArgWord w = a.get(i);
            String v = w.value();
            if (options && v.equals("--")) {
                options = false;
            } else if (options && v.startsWith("--")) {
                switch (v.contains("=") ? v.substring(0, v.indexOf('=')) : v) {
                    case "--symbolic" -> symbolic = true;
                    case "--force" -> force = true;
                    case "--relative" -> relative = true;
                    case "--no-dereference" -> noDeref = true;
                    case "--no-target-directory" -> noTargetDir = true;
                    case "--target-directory" -> {
                        if (v.contains("=")) {
                            targetDir = v.substring(v.indexOf('=') + 1);
                        } else if (i + 1 < a.size()) {
                            targetDir = a.get(++i).value();
                        }
                    }
                    case "--suffix" -> {
                        if (!v.contains("=")) {
                            i++;
                        }
                    }
                    default -> {
                    }
                }
            } else if (options && v.startsWith("-") && v.length() > 1) {
                for (int k = 1; k < v.length(); k++) {
                    char o = v.charAt(k);
                    switch (o) {
                        case 's' -> symbolic = true;
                        case 'f' -> force = true;
                        case 'r' -> relative = true;
                        case 'n' -> noDeref = true;
                        case 'T' -> noTargetDir = true;
                        case 't', 'S' -> {
                            String arg = k + 1 < v.length() ? v.substring(k + 1) : i + 1 < a.size()
                                    ? a.get(++i).value() : "";
                            if (o == 't') {
                                targetDir = arg;
                            }
                            k = v.length();
                        }
                        default -> {
                        }
                    }
                }
            } else {
                operands.add(w);
            }
        }
        if (operands.stream().anyMatch(ArgWord::unresolved) || targetDir != null && cwd == null) {
            if (operands.stream().anyMatch(w -> w.value().contains("bound-images.d")
                    || w.word() != null && w.word().raw().contains("bound-images.d"))
                    || targetDir != null && targetDir.contains("bound-images.d")) {
                operands.stream().filter(ArgWord::unresolved).findFirst().ifPresentOrElse(
                        w -> unresolvedWarning(site, w), () -> unreadable(line(site), "an ln with unknown paths"));
            }
            return;
        }
        if (cwd == null) {
            if (operands.stream().anyMatch(w -> w.value().contains("bound-images.d"))) {
                unreadable(line(site), "an ln after a 'cd' to an unknown directory");
            }
            return;
        }
        List<String[]> made = new ArrayList<>(); // {target, linkPath}
        if (targetDir != null) {
            String dir = ImagePaths.resolve(cwd, targetDir);
            for (ArgWord t : operands) {
                made.add(new String[] {t.value(), ImagePaths.resolve(dir, ImagePaths.name(t.value()))});
            }
        } else if (operands.size() == 1) {
            String t = operands.get(0).value();
            made.add(new String[] {t, ImagePaths.resolve(cwd, ImagePaths.name(t))});
        } else if (operands.size() == 2) {
            String t = operands.get(0).value();
            String l = operands.get(1).value();
            String lp = ImagePaths.resolve(cwd, l);
            boolean intoDir = !noTargetDir && (l.endsWith("/") || isDirForLn(lp, noDeref));
            made.add(new String[] {t, intoDir ? ImagePaths.resolve(lp, ImagePaths.name(t)) : lp});
        } else if (operands.size() > 2) {
            String dir = ImagePaths.resolve(cwd, operands.get(operands.size() - 1).value());
            for (ArgWord t : operands.subList(0, operands.size() - 1)) {
                made.add(new String[] {t.value(), ImagePaths.resolve(dir, ImagePaths.name(t.value()))});
            }
        }
        boolean globbed = operands.stream().anyMatch(ArgWord::globbed);
        String r = rule;
        if (r == null && globbed) {
            r = "binds every file matching " + operands.stream().filter(ArgWord::globbed).map(ArgWord::pattern)
                    .distinct().reduce((x, y) -> x + " " + y).orElse("");
        }
        Optional<LinkRecord.Chain> chain = Optional.empty();
        if (r == null && symbolic && site.item() >= 0 && site.command() != null && operands.size() == 2
                && targetDir == null && site.source().editable() && operands.get(0).word() != null
                && operands.get(1).word() != null && operands.get(0).word().isLiteral()
                && operands.get(1).word().isLiteral()
                && operands.get(0).word() != operands.get(1).word()) {
            chain = Optional.of(new LinkRecord.Chain(site.script(), site.item(), site.command(),
                    operands.get(0).word(), operands.get(1).word()));
        }
        Origin origin = r != null ? new Origin(Origin.Kind.RULE, line(site), "", r)
                : new Origin(Origin.Kind.RUN, line(site), "", "");
        for (String[] m : made) {
            String linkPath = tree.resolveParents(m[1]);
            String stored = m[0];
            if (symbolic && relative) {
                stored = ImagePaths.relativize(ImagePaths.parent(linkPath), ImagePaths.resolve(cwd, m[0]));
            }
            Optional<ImageEntry> existing = tree.get(linkPath);
            if (existing.isPresent() && !force && ImageLayout.isInBoundImagesDir(linkPath)) {
                findings.add(new Finding(Rules.LINK_EXISTS, Severity.ERROR, cf.name(), line(site), "ln fails: "
                        + linkPath + " already exists (made by " + existing.get().origin().describe(cf.name())
                        + "); remove one of the two or use ln -sf"));
            }
            if (symbolic) {
                tree.put(linkPath, new ImageEntry.Symlink(stored, origin));
            } else {
                Resolution res = tree.resolve(ImagePaths.resolve(cwd, m[0]));
                ImageEntry hard = res.entry().filter(e -> e instanceof ImageEntry.ProjectFile)
                        .map(e -> (ImageEntry) new ImageEntry.ProjectFile(((ImageEntry.ProjectFile) e).projectPath(),
                                origin))
                        .orElse(new ImageEntry.OtherFile("hard link to " + m[0], origin));
                tree.put(linkPath, hard);
            }
            links.add(new LinkRecord(site.source(), stage, linkPath, stored, symbolic, origin, chain));
        }
    }

    private boolean isDirForLn(String path, boolean noDeref) {
        Optional<ImageEntry> e = tree.get(tree.resolveParents(path));
        if (noDeref && e.isPresent() && e.get() instanceof ImageEntry.Symlink) {
            return false;
        }
        return tree.isDirectory(path);
    }

    private void find(List<ArgWord> a, Site site, String rule) {
        int i = 1;
        while (i < a.size() && Set.of("-H", "-L", "-P").contains(a.get(i).value())) {
            i++;
        }
        List<String> starts = new ArrayList<>();
        while (i < a.size() && !a.get(i).value().startsWith("-") && !a.get(i).value().equals("(")
                && !a.get(i).value().equals("!")) {
            starts.add(a.get(i).value());
            i++;
        }
        if (starts.isEmpty()) {
            starts.add(".");
        }
        List<Pattern> names = new ArrayList<>();
        List<Pattern> paths = new ArrayList<>();
        String type = null;
        int maxDepth = Integer.MAX_VALUE;
        int minDepth = 0;
        List<ArgWord> template = null;
        boolean batch = false;
        List<String> described = new ArrayList<>();
        while (i < a.size()) {
            String v = a.get(i).value();
            String next = i + 1 < a.size() ? a.get(i + 1).value() : "";
            switch (v) {
                case "-name", "-iname" -> {
                    names.add(Pattern.compile(Globs.compile(next, false).pattern(),
                            v.equals("-iname") ? Pattern.CASE_INSENSITIVE : 0));
                    described.add("named " + next);
                    i += 2;
                }
                case "-path", "-wholename" -> {
                    paths.add(Pattern.compile(Globs.compile(next, false).pattern().replace("[^/]*", ".*")));
                    described.add("with path " + next);
                    i += 2;
                }
                case "-type" -> {
                    type = next;
                    i += 2;
                }
                case "-maxdepth" -> {
                    maxDepth = parseInt(next, Integer.MAX_VALUE);
                    i += 2;
                }
                case "-mindepth" -> {
                    minDepth = parseInt(next, 0);
                    i += 2;
                }
                case "-print", "-print0", "-a", "-and", "-xdev", "-follow", "-depth" -> i++;
                case "-exec" -> {
                    int end = i + 1;
                    while (end < a.size() && !a.get(end).value().equals(";") && !a.get(end).value().equals("+")) {
                        end++;
                    }
                    template = new ArrayList<>(a.subList(i + 1, Math.min(end, a.size())));
                    batch = end < a.size() && a.get(end).value().equals("+");
                    i = end + 1;
                }
                default -> {
                    otherCommand(a, site, "find " + v);
                    return;
                }
            }
        }
        if (template == null || template.isEmpty()) {
            return;
        }
        if (cwd == null) {
            otherCommand(a, site, "find");
            return;
        }
        String r = rule != null ? rule : "binds every file in " + String.join(" ", starts)
                + (described.isEmpty() ? "" : " " + String.join(", ", described)) + " (find -exec)";
        List<String> matches = new ArrayList<>();
        for (String start : starts) {
            String abs = ImagePaths.resolve(cwd, start);
            String real = tree.resolve(abs).path();
            int baseDepth = real.equals("/") ? 0 : real.split("/").length - 1;
            for (String p : tree.below(real)) {
                int depth = (p.equals("/") ? 0 : p.split("/").length - 1) - baseDepth;
                if (depth < minDepth || depth > maxDepth) {
                    continue;
                }
                ImageEntry e = tree.get(p).orElseThrow();
                if (type != null && !typeMatches(type, e)) {
                    continue;
                }
                String name = ImagePaths.name(p);
                if (!names.stream().allMatch(n -> n.matcher(name).matches())) {
                    continue;
                }
                String shown = depth == 0 ? start : (start.endsWith("/") ? start : start + "/")
                        + p.substring(real.length() + (real.equals("/") ? 0 : 1));
                if (!paths.stream().allMatch(n -> n.matcher(shown).matches())) {
                    continue;
                }
                matches.add(shown);
            }
        }
        if (batch) {
            List<ArgWord> argv = new ArrayList<>();
            for (ArgWord t : template) {
                if (t.value().equals("{}")) {
                    matches.forEach(m -> argv.add(new ArgWord(m, null, null, false)));
                } else {
                    argv.add(new ArgWord(t.value(), null, null, t.unresolved()));
                }
            }
            if (!matches.isEmpty()) {
                exec(argv, new Site(site.source(), site.pos(), null, -1, null), r);
            }
        } else {
            for (String m : matches) {
                List<ArgWord> argv = template.stream().map(t -> new ArgWord(t.value().replace("{}", m), null, null,
                        t.unresolved())).toList();
                exec(argv, new Site(site.source(), site.pos(), null, -1, null), r);
            }
        }
    }

    private static boolean typeMatches(String type, ImageEntry e) {
        return switch (type) {
            case "f" -> e instanceof ImageEntry.ProjectFile || e instanceof ImageEntry.OtherFile;
            case "l" -> e instanceof ImageEntry.Symlink;
            case "d" -> e instanceof ImageEntry.Directory;
            default -> true;
        };
    }

    // ------------------------------------------------------------------ expansion

    private Optional<String> path(ArgWord w) {
        if (w.unresolved() || cwd == null && !w.value().startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(ImagePaths.resolve(cwd == null ? "/" : cwd, w.value()));
    }

    private List<ArgWord> expandNoGlob(Word w) {
        Expanded e = expandParts(w);
        return List.of(new ArgWord(e.text.toString(), w, null, e.unresolved));
    }

    /** Expands a word: parameters, supported command substitutions, field splitting, then globbing. */
    private List<ArgWord> expand(Word w) {
        Expanded e = expandParts(w);
        if (e.unresolved) {
            return List.of(new ArgWord(e.text.toString(), w, null, true));
        }
        if (e.split != null) {
            return e.split.stream().map(s -> new ArgWord(s, w, null, false)).toList();
        }
        String pattern = e.pattern.toString();
        if (Globs.hasMeta(pattern) && cwd != null) {
            List<String> matches = glob(pattern);
            if (!matches.isEmpty()) {
                return matches.stream().map(m -> new ArgWord(m, w, pattern, false)).toList();
            }
            return List.of(new ArgWord(e.text.toString(), w, pattern, false));
        }
        return List.of(new ArgWord(e.text.toString(), w, null, false));
    }

    private static final class Expanded {
        final StringBuilder text = new StringBuilder();
        final StringBuilder pattern = new StringBuilder();
        boolean unresolved;
        List<String> split;
    }

    private Expanded expandParts(Word w) {
        Expanded e = new Expanded();
        for (WordPart p : w.parts()) {
            if (p instanceof WordPart.Literal l) {
                e.text.append(l.text());
                e.pattern.append(l.quoted() ? escapeGlob(l.text()) : l.text());
            } else if (p instanceof WordPart.Param pa) {
                Optional<String> v = param(pa);
                if (v.isEmpty()) {
                    e.unresolved = true;
                } else {
                    e.text.append(v.get());
                    e.pattern.append(pa.quoted() ? escapeGlob(v.get()) : v.get());
                    if (!pa.quoted() && w.parts().size() == 1 && v.get().strip().contains(" ")) {
                        e.split = List.of(v.get().strip().split("\\s+"));
                    }
                }
            } else if (p instanceof WordPart.CommandSub cs) {
                Optional<String> v = commandSub(cs.script());
                if (v.isEmpty()) {
                    e.unresolved = true;
                } else {
                    e.text.append(v.get());
                    e.pattern.append(escapeGlob(v.get()));
                }
            } else {
                e.unresolved = true;
            }
        }
        return e;
    }

    private Optional<String> param(WordPart.Param p) {
        String name = p.name();
        Optional<String> value = name.equals("PWD") && cwd != null ? Optional.of(cwd) : vars.get(name);
        switch (p.op()) {
            case "" -> {
                return value;
            }
            case ":-", "-", ":=", "=" -> {
                if (value.isPresent() && (!p.op().startsWith(":") || !value.get().isEmpty())) {
                    return value;
                }
                Expanded alt = expandParts(wordOf(p.arg()));
                return alt.unresolved ? Optional.empty() : Optional.of(alt.text.toString());
            }
            case ":+", "+" -> {
                if (value.isPresent() && (!p.op().startsWith(":") || !value.get().isEmpty())) {
                    Expanded alt = expandParts(wordOf(p.arg()));
                    return alt.unresolved ? Optional.empty() : Optional.of(alt.text.toString());
                }
                return Optional.of("");
            }
            case "%", "%%", "#", "##" -> {
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                Pattern pat = Globs.compile(p.arg(), false);
                String v = value.get();
                int n = v.length();
                String best = null;
                for (int step = 0; step <= n && best == null; step++) {
                    switch (p.op()) {
                        case "#" -> best = pat.matcher(v.substring(0, step)).matches() ? v.substring(step) : null;
                        case "##" -> best = pat.matcher(v.substring(0, n - step)).matches() ? v.substring(n - step)
                                : null;
                        case "%" -> best = pat.matcher(v.substring(n - step)).matches() ? v.substring(0, n - step)
                                : null;
                        default -> best = pat.matcher(v.substring(step)).matches() ? v.substring(0, step) : null;
                    }
                }
                return Optional.of(best == null ? v : best);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Word wordOf(String raw) {
        try {
            Script s = ShellParser.parse("x " + raw);
            if (s.items().size() == 1 && s.items().get(0).node() instanceof ShellNode.SimpleCommand c
                    && c.words().size() == 2) {
                return c.words().get(1);
            }
        } catch (ShellSyntaxException e) {
            // fall through: treat as literal
        }
        return new Word(raw, 0, raw.length(), List.of(new WordPart.Literal(raw, true)));
    }

    /** {@code $(basename X [SUFFIX])}, {@code $(dirname X)}, {@code $(pwd)}, {@code $(echo ...)}. */
    private Optional<String> commandSub(String script) {
        try {
            Script s = ShellParser.parse(script.strip());
            if (s.items().size() != 1 || !(s.items().get(0).node() instanceof ShellNode.SimpleCommand c)
                    || c.words().isEmpty() || !c.words().get(0).isLiteral()) {
                return Optional.empty();
            }
            List<String> args = new ArrayList<>();
            for (Word w : c.words().subList(1, c.words().size())) {
                for (ArgWord a : expand(w)) {
                    if (a.unresolved()) {
                        return Optional.empty();
                    }
                    args.add(a.value());
                }
            }
            switch (c.words().get(0).literal()) {
                case "basename" -> {
                    List<String> ops = args.stream().filter(x -> !x.startsWith("-")).toList();
                    if (ops.isEmpty()) {
                        return Optional.empty();
                    }
                    String b = ImagePaths.name(ops.get(0));
                    if (ops.size() > 1 && b.endsWith(ops.get(1)) && !b.equals(ops.get(1))) {
                        b = b.substring(0, b.length() - ops.get(1).length());
                    }
                    return Optional.of(b);
                }
                case "dirname" -> {
                    return args.isEmpty() ? Optional.empty() : Optional.of(dirname(args.get(0)));
                }
                case "pwd" -> {
                    return Optional.ofNullable(cwd);
                }
                case "echo" -> {
                    return Optional.of(String.join(" ", args.stream().filter(x -> !x.equals("-n")).toList()));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (ShellSyntaxException e) {
            return Optional.empty();
        }
    }

    private static String dirname(String p) {
        String s = p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
        int slash = s.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : s.substring(0, slash);
    }

    /** Expands a glob against the image model, as {@code sh} would at this point of the build. */
    private List<String> glob(String pattern) {
        boolean abs = pattern.startsWith("/");
        List<String> segs = new ArrayList<>();
        for (String s : pattern.split("/")) {
            if (!s.isEmpty()) {
                segs.add(s);
            }
        }
        List<String> current = List.of(abs ? "/" : cwd);
        for (String seg : segs) {
            List<String> next = new ArrayList<>();
            for (String dir : current) {
                if (Globs.hasMeta(seg)) {
                    String real = tree.resolve(dir).path();
                    for (String child : tree.children(real)) {
                        String name = ImagePaths.name(child);
                        if (Globs.matchSegment(seg, name)) {
                            next.add(dir.equals("/") ? "/" + name : dir + "/" + name);
                        }
                    }
                } else {
                    String p = dir.equals("/") ? "/" + Globs.unescape(seg) : dir + "/" + Globs.unescape(seg);
                    if (tree.resolve(p).exists()) {
                        next.add(p);
                    }
                }
            }
            current = next;
        }
        List<String> out = new ArrayList<>();
        for (String c : current) {
            String shown = abs ? c : c.substring(cwd.equals("/") ? 1 : cwd.length() + 1);
            out.add(shown);
        }
        out.sort(null);
        return out;
    }

    private static String escapeGlob(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?").replace("[", "\\[");
    }

    // ------------------------------------------------------------------ helpers

    private Origin runOrigin(Site site, String rule) {
        return rule != null ? new Origin(Origin.Kind.RULE, line(site), "", rule)
                : new Origin(Origin.Kind.RUN, line(site), "", "");
    }

    private int line(Site site) {
        return site.source().lineOf(cf, site.pos());
    }

    private boolean mentionsBoundImages(Site site, ShellNode.SimpleCommand c) {
        return site.source().text().substring(c.start(), c.end()).contains("bound-images.d");
    }

    private void unresolvedWarning(Site site, ArgWord w) {
        findings.add(new Finding(Rules.UNRESOLVED_VARIABLE, Severity.WARNING, cf.name(), line(site),
                "'" + (w.word() != null ? w.word().raw() : w.value()) + "' uses a variable or command whose value"
                + " the Containerfile does not set; bootdeck does not guess the binding it makes"));
    }

    private void unreadable(int line, String what) {
        findings.add(new Finding(Rules.UNREADABLE_BINDING, Severity.WARNING, cf.name(), line,
                "this RUN line changes " + ImageLayout.BOUND_IMAGES_DIR + " through " + what
                + ", which bootdeck cannot follow; the bindings it makes are not shown or checked"));
    }

    private static int indexOf(List<ArgWord> a, String v) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).value().equals(v)) {
                return i;
            }
        }
        return -1;
    }

    private static int parseInt(String s, int dflt) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String base(String cmd) {
        return cmd.substring(cmd.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
