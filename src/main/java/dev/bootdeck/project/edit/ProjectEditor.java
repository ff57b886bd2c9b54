package dev.bootdeck.project.edit;

import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Binding;
import dev.bootdeck.project.OverlayProjectSource;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectAnalyzer;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.QuadletFile;
import dev.bootdeck.project.build.CopyRecord;
import dev.bootdeck.project.build.LinkRecord;
import dev.bootdeck.project.build.ScriptSource;
import dev.bootdeck.project.containerfile.Instruction;
import dev.bootdeck.project.containerfile.OffsetMap;
import dev.bootdeck.project.containerfile.SourceText;
import dev.bootdeck.project.image.ImageLayout;
import dev.bootdeck.project.image.ImagePaths;
import dev.bootdeck.project.image.Origin;
import dev.bootdeck.project.shell.Script;
import dev.bootdeck.project.shell.ShellNode;
import dev.bootdeck.project.shell.Word;
import dev.bootdeck.quadlet.UnitDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project edits, each one action over every file involved: create a bound image, bind, unbind, rename, delete.
 * Each returns an {@link EditPlan} and writes nothing; {@link PlanApplier} or {@link EditHistory} write it.
 *
 * <p>Containerfile edits change only the lines they touch and keep the file's style: a new {@code ln -s} is added
 * to the last {@code RUN} chain of the final stage that ends with a binding {@code ln}, joined with the separator
 * that chain already uses ({@code  && \} and its indentation) and written like the chain's last {@code ln} (its
 * options, absolute or relative target, explicit link name or directory, arguments split over lines or not); a
 * project that binds through symlinks in a copied tree gets a new symlink there; otherwise a new
 * {@code RUN ln -s TARGET LINK} line goes after the project's Quadlet {@code COPY} lines. A new {@code COPY} is only
 * added when the file would not land in a Quadlet directory otherwise: as one more source of a multi-source
 * {@code COPY} of the same directory, or as a line modelled on the last single-file Quadlet {@code COPY}, or as
 * {@code COPY ./FILE /usr/share/containers/systemd/FILE}, placed after the last Quadlet {@code COPY} of the final
 * stage. Quadlet files are written through quadlet's lossless {@link UnitDocument}.
 *
 * <p>Every plan is checked before it is returned: the project is analyzed again as the plan would leave it, and the
 * plan is refused if the file is not bound (or unbound, ...) as asked.
 */
public final class ProjectEditor {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@:-]*");
    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_./@%+=:,-]+");
    private static final Set<String> CHAIN_OPS = Set.of("&&", ";", "\n");

    private final Project project;
    private final String cfPath;
    private final String cfText;
    private final SourceText src;
    private final int finalStage;

    public ProjectEditor(Project project) {
        this.project = project;
        this.cfPath = project.containerfilePath();
        this.cfText = project.containerfile().source().text();
        this.src = project.containerfile().source();
        this.finalStage = project.containerfile().stages().size() - 1;
    }

    // ================================================================== actions

    /** A new {@code .image} or {@code .container} with {@code Image=}, copied into the image and bound. */
    public EditPlan createBoundImage(NewBoundImage req) throws ProjectException {
        requireStage();
        if (!NAME.matcher(req.name()).matches()) {
            throw new ProjectException("'" + req.name() + "' is not a usable file name (letters, digits, . _ - @)");
        }
        String image = req.image().strip();
        if (image.isEmpty() || image.chars().anyMatch(c -> Character.isWhitespace(c) || c == '#' || c == ';'
                || c == '"' || c == '\'' || c == '%')) {
            throw new ProjectException("'" + req.image() + "' is not an image reference bootc can pull as written");
        }
        String dir = req.projectDirectory().map(ProjectEditor::cleanDir).orElseGet(this::defaultProjectDir);
        String path = dir.isEmpty() ? req.fileName() : dir + "/" + req.fileName();
        if (project.source().entries().stream().anyMatch(e -> e.path().equals(path))) {
            throw new ProjectException(path + " already exists");
        }
        String imageDir = req.imageDirectory().map(ImagePaths::normalize).orElseGet(this::defaultImageDir);
        Draft d = new Draft("Create bound image " + req.fileName());
        d.files.put(path, new FileState.Regular(template(req, image)));
        ensureLands(d, path, imageDir);
        ensureBound(d, path);
        Project after = d.analyze();
        QuadletFile f = after.quadletFile(path).orElseThrow();
        if (!f.bound() || f.imagePaths().stream().noneMatch(ImageLayout::isRootfulQuadletPath)) {
            throw new ProjectException("bootdeck could not work out how to copy and bind " + path + " in this "
                    + "project; add it by hand");
        }
        return d.plan();
    }

    /** Binds an existing {@code .image}/{@code .container}: a {@code COPY} if it is not in the image, and a link. */
    public EditPlan bind(String path) throws ProjectException {
        requireStage();
        QuadletFile f = file(path);
        if (f.unitType().filter(t -> t.equals("image") || t.equals("container")).isEmpty()) {
            throw new ProjectException(path + " is not a .image or .container file; bootc binds only those");
        }
        if (f.bound()) {
            throw new ProjectException(path + " is already bound by " + f.bindings().get(0).description());
        }
        Draft d = new Draft("Bind " + f.name());
        String imageDir = f.imagePaths().stream().filter(ImageLayout::isRootfulQuadletPath).findFirst()
                .map(ImagePaths::parent).orElseGet(this::defaultImageDir);
        ensureLands(d, path, imageDir);
        ensureBound(d, path);
        if (!d.analyze().quadletFile(path).orElseThrow().bound()) {
            throw new ProjectException("bootdeck could not bind " + path + "; bind it by hand");
        }
        return d.plan();
    }

    /** Removes every link that binds {@code path}; refuses for links made by a loop, glob or find rule. */
    public EditPlan unbind(String path) throws ProjectException {
        QuadletFile f = file(path);
        if (!f.bound()) {
            throw new ProjectException(path + " is not bound");
        }
        Draft d = new Draft("Unbind " + f.name());
        for (Binding b : f.bindings()) {
            removeBinding(d, b);
        }
        if (d.analyze().quadletFile(path).orElseThrow().bound()) {
            throw new ProjectException("bootdeck could not unbind " + path + "; something else still binds it");
        }
        return d.plan();
    }

    /** Renames a Quadlet file and every COPY source, link target and link name that names it. */
    public EditPlan rename(String path, String newName) throws ProjectException {
        QuadletFile f = file(path);
        if (!NAME.matcher(newName).matches() || newName.contains("/")) {
            throw new ProjectException("'" + newName + "' is not a usable file name");
        }
        String ext = f.name().substring(f.name().lastIndexOf('.'));
        if (!newName.endsWith(ext)) {
            throw new ProjectException("the new name must keep the extension " + ext);
        }
        String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String newPath = parent.isEmpty() ? newName : parent + "/" + newName;
        if (project.source().entries().stream().anyMatch(e -> e.path().equals(newPath))) {
            throw new ProjectException(newPath + " already exists");
        }
        Draft d = new Draft("Rename " + f.name() + " to " + newName);
        byte[] bytes = project.content(path).orElseThrow(() -> new ProjectException("cannot read " + path));
        d.files.put(path, FileState.absent());
        d.files.put(newPath, new FileState.Regular(bytes));
        for (CopyRecord c : finalCopiesNaming(path)) {
            renameInCopy(d, c, path, newPath);
        }
        Map<String, String> imageRenames = new LinkedHashMap<>();
        for (String ip : f.imagePaths()) {
            imageRenames.put(ip, ImagePaths.parent(ip) + "/" + newName);
        }
        for (Binding b : f.bindings()) {
            renameBinding(d, b, imageRenames, newName);
        }
        renameReferences(d, f.name(), newName);
        Project after = d.analyze();
        QuadletFile nf = after.quadletFile(newPath).orElseThrow();
        if (nf.bound() != f.bound() || nf.copied() != f.copied()) {
            throw new ProjectException("after renaming, " + newName + " would " + (f.bound() ? "no longer be bound"
                    : nf.bound() ? "be bound" : "not be copied") + " (" + (f.bound()
                    ? f.bindings().get(0).description() : "its COPY") + " does not follow the new name)");
        }
        return d.plan();
    }

    /** Deletes a Quadlet file with its COPY source and its links. */
    public EditPlan delete(String path) throws ProjectException {
        QuadletFile f = file(path);
        Draft d = new Draft("Delete " + f.name());
        d.files.put(path, FileState.absent());
        for (Binding b : f.bindings()) {
            if (!b.byRule()) {
                removeBinding(d, b);
            } else {
                d.notes.add(b.description() + " no longer finds " + f.name());
            }
        }
        for (CopyRecord c : finalCopiesNaming(path)) {
            removeCopySource(d, c, path);
        }
        Project after = d.analyze();
        if (bootcErrors(after) > bootcErrors(project)) {
            throw new ProjectException("deleting " + path + " would leave a broken binding: "
                    + after.bootcReport().firstError().map(x -> x.message()).orElse(""));
        }
        return d.plan();
    }

    private static long bootcErrors(Project p) {
        return p.bootcReport().findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
    }

    // ================================================================== draft

    /** The planned state: new file states and Containerfile edits; turned into a checked plan. */
    private final class Draft {
        final String title;
        final Map<String, FileState> files = new LinkedHashMap<>();
        final TextEdits cf = new TextEdits(cfText);
        final List<String> notes = new ArrayList<>();

        Draft(String title) {
            this.title = title;
        }

        String containerfileAfter() {
            return cf.apply();
        }

        Project analyze() throws ProjectException {
            OverlayProjectSource o = new OverlayProjectSource(project.source());
            if (!cf.isEmpty()) {
                o.write(cfPath, containerfileAfter().getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, FileState> e : files.entrySet()) {
                if (e.getValue() instanceof FileState.Regular r) {
                    o.write(e.getKey(), r.bytes());
                } else if (e.getValue() instanceof FileState.Symlink s) {
                    o.symlink(e.getKey(), s.target());
                } else {
                    o.delete(e.getKey());
                }
            }
            return ProjectAnalyzer.analyze(o, cfPath);
        }

        EditPlan plan() throws ProjectException {
            List<FileChange> changes = new ArrayList<>();
            for (Map.Entry<String, FileState> e : files.entrySet()) {
                FileState before = PlanApplier.read(project.directory(), e.getKey());
                if (!before.equals(e.getValue())) {
                    changes.add(new FileChange(e.getKey(), before, e.getValue(), UnifiedDiff.of(e.getKey(), before,
                            e.getValue())));
                }
            }
            if (!cf.isEmpty()) {
                FileState before = new FileState.Regular(project.content(cfPath).orElseThrow());
                FileState after = new FileState.Regular(containerfileAfter().getBytes(StandardCharsets.UTF_8));
                if (!before.equals(after)) {
                    changes.add(new FileChange(cfPath, before, after, UnifiedDiff.of(cfPath, before, after)));
                }
            }
            changes.sort(Comparator.comparing((FileChange c) -> c.deletes() ? 1 : 0));
            return new EditPlan(title, changes, notes);
        }
    }

    // ================================================================== landing (COPY)

    private void ensureLands(Draft d, String path, String imageDir) throws ProjectException {
        QuadletFile now = d.analyze().quadletFile(path).orElseThrow();
        if (now.imagePaths().stream().anyMatch(ImageLayout::isRootfulQuadletPath)) {
            return;
        }
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        // one more source of a multi-source COPY of the same directory into the same place
        for (CopyRecord c : finalQuadletCopies()) {
            if (c.sources().size() > 1 && c.dest().start() >= 0 && c.dest().trailingSlash()
                    && ImagePaths.normalize(c.dest().path()).equals(ImagePaths.normalize(imageDir))
                    && c.sources().stream().allMatch(s -> s.start() >= 0 && parentOf(s.path()).equals(dir))) {
                Instruction ins = c.instruction();
                int at = ins.map().toFile(c.dest().start());
                d.cf.insert(at, sourceWord(c.sources().get(c.sources().size() - 1).raw(), path) + " ");
                return;
            }
        }
        String line = copyLine(path, name, imageDir);
        int after = lastQuadletCopyEnd();
        insertLineAfter(d, after, line);
    }

    /** A COPY line modelled on the last single-file Quadlet COPY of the final stage, or the seeds' form. */
    private String copyLine(String path, String name, String imageDir) {
        List<CopyRecord> singles = finalQuadletCopies().stream().filter(c -> c.sources().size() == 1
                && c.dest().start() >= 0 && c.sources().get(0).start() >= 0 && c.sources().get(0).matches().size() == 1
                && c.sources().get(0).matches().get(0).equals(c.sources().get(0).path())
                && !project.context().isDirectory(c.sources().get(0).path())).toList();
        String dest = imageDir + "/" + name;
        if (singles.isEmpty()) {
            return "COPY ./" + path + " " + dest;
        }
        CopyRecord t = singles.get(singles.size() - 1);
        Instruction ins = t.instruction();
        String text = ins.text();
        CopyRecord.Source s = t.sources().get(0);
        String newDest = t.dest().trailingSlash() ? imageDir + "/" : dest;
        return text.substring(0, s.start()) + sourceWord(s.raw(), path) + text.substring(s.end(), t.dest().start())
                + newDest + text.substring(t.dest().end());
    }

    /** {@code path} written in the style of source word {@code like} ({@code ./x}, {@code /x} or {@code x}). */
    private static String sourceWord(String like, String path) {
        if (like.startsWith("./")) {
            return "./" + path;
        }
        if (like.startsWith("/")) {
            return "/" + path;
        }
        return path;
    }

    private List<CopyRecord> finalQuadletCopies() {
        return project.simulation().copies().stream().filter(c -> c.instruction().stage() == finalStage
                && c.fromContext() && c.landings().stream().anyMatch(l -> ImageLayout.isQuadletPath(l.projectPath()))).toList();
    }

    /** The file offset after the last Quadlet COPY of the final stage (else before its first binding RUN). */
    private int lastQuadletCopyEnd() {
        List<CopyRecord> copies = finalQuadletCopies();
        if (!copies.isEmpty()) {
            return src.lineEnd(copies.get(copies.size() - 1).instruction().endLine());
        }
        Optional<Instruction> firstBinding = bindingRuns().stream().findFirst();
        if (firstBinding.isPresent()) {
            return src.lineStart(firstBinding.get().startLine());
        }
        return cfText.length();
    }

    private List<Instruction> bindingRuns() {
        return project.simulation().links().stream().filter(l -> l.stage() == finalStage
                && ImageLayout.isInBoundImagesDir(l.linkPath())).map(l -> l.source().instruction()).distinct()
                .sorted(Comparator.comparingInt(Instruction::index)).toList();
    }

    private List<CopyRecord> finalCopiesNaming(String path) {
        return project.simulation().copies().stream().filter(c -> c.instruction().stage() == finalStage
                && c.fromContext() && c.sources().stream().anyMatch(s -> s.path().equals(path))).toList();
    }

    private void removeCopySource(Draft d, CopyRecord c, String path) throws ProjectException {
        requireShellForm(c);
        if (c.sources().size() == 1) {
            removeInstruction(d, c.instruction());
            return;
        }
        Instruction ins = c.instruction();
        for (CopyRecord.Source s : c.sources()) {
            if (s.path().equals(path)) {
                int end = s.end();
                while (end < ins.text().length() && Character.isWhitespace(ins.text().charAt(end))) {
                    end++;
                }
                d.cf.replace(ins.map().toFile(s.start()), ins.map().toFile(end), "");
            }
        }
    }

    private void renameInCopy(Draft d, CopyRecord c, String path, String newPath) throws ProjectException {
        requireShellForm(c);
        Instruction ins = c.instruction();
        for (CopyRecord.Source s : c.sources()) {
            if (s.path().equals(path)) {
                d.cf.replace(ins.map().toFile(s.start()), ins.map().toFileEnd(s.end()), sourceWord(s.raw(), newPath));
            }
        }
        String oldName = path.substring(path.lastIndexOf('/') + 1);
        String newName = newPath.substring(newPath.lastIndexOf('/') + 1);
        String destRaw = c.dest().raw();
        if (c.sources().size() == 1 && !c.dest().trailingSlash() && destRaw.endsWith("/" + oldName)) {
            d.cf.replace(ins.map().toFile(c.dest().start()), ins.map().toFileEnd(c.dest().end()),
                    destRaw.substring(0, destRaw.length() - oldName.length()) + newName);
        }
    }

    private void requireShellForm(CopyRecord c) throws ProjectException {
        if (c.dest().start() < 0) {
            throw new ProjectException(cfPath + " line " + c.instruction().startLine() + " uses the JSON form of "
                    + c.instruction().keyword() + "; bootdeck does not edit it, change it by hand");
        }
    }

    // ================================================================== binding (ln / symlink)

    private void ensureBound(Draft d, String path) throws ProjectException {
        Project now = d.analyze();
        QuadletFile f = now.quadletFile(path).orElseThrow();
        if (f.bound()) {
            d.notes.add(f.name() + " is bound by " + f.bindings().get(0).description() + "; no link was added");
            return;
        }
        String imagePath = f.imagePaths().stream().filter(ImageLayout::isRootfulQuadletPath).findFirst()
                .orElseThrow(() -> new ProjectException(path + " does not land in a Quadlet directory of the image"));
        String name = f.name();
        Optional<Binding> clash = now.bindings().stream().filter(b -> b.name().equals(name)).findFirst();
        if (clash.isPresent()) {
            throw new ProjectException(ImageLayout.BOUND_IMAGES_DIR + "/" + name + " already exists (made by "
                    + clash.get().description() + ") and leads elsewhere; rename the file first");
        }
        Optional<LinkRecord> chain = appendableChain();
        if (chain.isPresent()) {
            appendToChain(d, chain.get(), imagePath, name);
            return;
        }
        Optional<Binding> treeLink = project.bindings().stream().filter(b -> b.origin().kind() == Origin.Kind
                .TREE_SYMLINK || b.origin().kind() == Origin.Kind.FLATTENED_SYMLINK).reduce((a, b) -> b);
        if (treeLink.isPresent()) {
            String linkDir = parentOf(treeLink.get().origin().projectPath());
            String target = treeLink.get().target().startsWith("/") ? imagePath
                    : ImagePaths.relativize(ImageLayout.BOUND_IMAGES_DIR, imagePath);
            d.files.put(linkDir + "/" + name, new FileState.Symlink(target));
            return;
        }
        String line = "RUN ln -s " + shellQuote(imagePath) + " " + shellQuote(ImageLayout.BOUND_IMAGES_DIR + "/"
                + name);
        List<Instruction> runs = bindingRuns();
        int after = runs.isEmpty() ? lastQuadletCopyEnd() : src.lineEnd(runs.get(runs.size() - 1).endLine());
        // a COPY planned above sits at lastQuadletCopyEnd() too; edits at one offset keep their order
        insertLineAfter(d, after, line);
    }

    /**
     * The {@code RUN} chain a new {@code ln} joins: the last one in the final stage whose last command is a plain
     * binding {@code ln -s}, in the shell form, joined by {@code &&} or {@code ;}.
     */
    private Optional<LinkRecord> appendableChain() {
        LinkRecord best = null;
        for (LinkRecord l : project.simulation().links()) {
            if (l.stage() != finalStage || l.chain().isEmpty() || !ImageLayout.isInBoundImagesDir(l.linkPath())) {
                continue;
            }
            ScriptSource s = l.source();
            if (!s.editable() || !s.instruction().heredocs().isEmpty()) {
                continue;
            }
            LinkRecord.Chain c = l.chain().get();
            List<Script.Item> items = c.script().items();
            if (c.item() != items.size() - 1) {
                continue;
            }
            if (items.size() >= 2 && !CHAIN_OPS.contains(items.get(items.size() - 2).op())) {
                continue;
            }
            if (best == null || s.instruction().index() >= best.source().instruction().index()) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }

    private void appendToChain(Draft d, LinkRecord rec, String imagePath, String name) {
        LinkRecord.Chain ch = rec.chain().orElseThrow();
        OffsetMap map = rec.source().map();
        List<Script.Item> items = ch.script().items();
        int n = items.size();
        ShellNode last = items.get(n - 1).node();
        String sep;
        if (n >= 2) {
            int prevEnd = map.toFileEnd(items.get(n - 2).node().end());
            sep = cfText.substring(prevEnd, map.toFile(last.start()));
            int first = sep.indexOf('\n');
            int lastNl = sep.lastIndexOf('\n');
            if (first >= 0 && first != lastNl) {
                sep = sep.substring(0, first + 1) + sep.substring(lastNl + 1);
            }
        } else {
            sep = " && " + project.containerfile().escape() + src.dominantLineEnding() + "    ";
        }
        String command = commandLike(rec, imagePath, name);
        d.cf.insert(map.toFileEnd(last.end()), sep + command);
    }

    /** A new {@code ln} written like {@code rec}'s: same options and layout, new target and link name. */
    private String commandLike(LinkRecord rec, String imagePath, String name) {
        LinkRecord.Chain ch = rec.chain().orElseThrow();
        OffsetMap map = rec.source().map();
        int cs = map.toFile(ch.command().start());
        String text = cfText.substring(cs, map.toFileEnd(ch.command().end()));
        Word tw = ch.targetWord();
        Word lw = ch.linkWord();
        boolean relativeOption = ch.command().words().stream().anyMatch(w -> w.isLiteral() && (w.literal()
                .matches("-[a-zA-Z]*r[a-zA-Z]*") || w.literal().equals("--relative")));
        String target = tw.literal().startsWith("/") || relativeOption ? imagePath
                : ImagePaths.relativize(ImageLayout.BOUND_IMAGES_DIR, imagePath);
        String link = lw.literal();
        String newLink;
        if (link.endsWith("/") || ImagePaths.normalize(link).equals(ImageLayout.BOUND_IMAGES_DIR)) {
            newLink = ImagePaths.name(imagePath).equals(name) ? link : ImageLayout.BOUND_IMAGES_DIR + "/" + name;
        } else {
            newLink = link.substring(0, link.lastIndexOf('/') + 1) + name;
        }
        TextEdits e = new TextEdits(text);
        e.replace(map.toFile(tw.start()) - cs, map.toFileEnd(tw.end()) - cs, shellQuote(target));
        e.replace(map.toFile(lw.start()) - cs, map.toFileEnd(lw.end()) - cs, shellQuote(newLink));
        return e.apply();
    }

    private void removeBinding(Draft d, Binding b) throws ProjectException {
        switch (b.origin().kind()) {
            case TREE_SYMLINK, FLATTENED_SYMLINK -> d.files.put(b.origin().projectPath(), FileState.absent());
            case RULE -> throw new ProjectException(b.name() + " is bound by " + b.description()
                    + "; bootdeck does not edit such rules: change that line by hand, or move the file out of "
                    + "its reach");
            case RUN -> removeFromChain(d, chainOf(b));
            default -> throw new ProjectException(b.name() + " is made by " + b.description()
                    + "; bootdeck cannot remove it");
        }
    }

    private LinkRecord chainOf(Binding b) throws ProjectException {
        String linkPath = ImageLayout.BOUND_IMAGES_DIR + "/" + b.name();
        List<LinkRecord> recs = project.simulation().links().stream().filter(l -> l.stage() == finalStage
                && project.image().resolveParents(l.linkPath()).equals(linkPath)
                && l.origin().line() == b.origin().line()).toList();
        for (LinkRecord l : recs) {
            if (l.chain().isPresent()) {
                return l;
            }
        }
        throw new ProjectException(b.name() + " is made by " + b.description() + " in a form bootdeck does not edit "
                + "(JSON form, sh -c, several targets in one ln, or variables); change it by hand");
    }

    private void removeFromChain(Draft d, LinkRecord rec) throws ProjectException {
        LinkRecord.Chain ch = rec.chain().orElseThrow();
        OffsetMap map = rec.source().map();
        List<Script.Item> items = ch.script().items();
        int n = items.size();
        int k = ch.item();
        if (n == 1) {
            if (rec.source().instruction().heredocs().isEmpty()) {
                removeInstruction(d, rec.source().instruction());
            } else {
                ShellNode c = items.get(0).node();
                int line = src.lineOf(map.toFile(c.start()));
                d.cf.replace(src.lineStart(line), src.lineEnd(line), "");
            }
            return;
        }
        if (k < n - 1) {
            if (!CHAIN_OPS.contains(items.get(k).op())) {
                throw refuseOperator(rec, items.get(k).op());
            }
            d.cf.replace(map.toFile(items.get(k).node().start()), map.toFile(items.get(k + 1).node().start()), "");
        } else {
            if (!CHAIN_OPS.contains(items.get(k - 1).op())) {
                throw refuseOperator(rec, items.get(k - 1).op());
            }
            d.cf.replace(map.toFileEnd(items.get(k - 1).node().end()), map.toFileEnd(items.get(k).node().end()), "");
        }
    }

    private ProjectException refuseOperator(LinkRecord rec, String op) {
        return new ProjectException("the ln on " + cfPath + " line " + rec.origin().line() + " is joined with '"
                + op + "'; bootdeck only edits chains joined with && or ;, change it by hand");
    }

    private void renameBinding(Draft d, Binding b, Map<String, String> imageRenames, String newName)
            throws ProjectException {
        String newTargetPath = b.resolvedPath().map(imageRenames::get).orElse(null);
        switch (b.origin().kind()) {
            case RULE -> d.notes.add(b.name() + " is bound by " + b.description());
            case TREE_SYMLINK, FLATTENED_SYMLINK -> {
                String old = b.origin().projectPath();
                String target = b.target();
                if (newTargetPath != null) {
                    target = target.startsWith("/") ? newTargetPath : target.substring(0, target.lastIndexOf('/')
                            + 1) + newName;
                }
                d.files.put(old, FileState.absent());
                d.files.put(parentOf(old) + "/" + newName, new FileState.Symlink(target));
            }
            case RUN -> {
                LinkRecord rec = chainOf(b);
                LinkRecord.Chain ch = rec.chain().orElseThrow();
                OffsetMap map = rec.source().map();
                Word tw = ch.targetWord();
                String t = tw.literal();
                String newTarget = t.substring(0, t.lastIndexOf('/') + 1) + newName;
                d.cf.replace(map.toFile(tw.start()), map.toFileEnd(tw.end()), shellQuote(newTarget));
                Word lw = ch.linkWord();
                String l = lw.literal();
                if (!l.endsWith("/") && !ImagePaths.normalize(l).equals(ImageLayout.BOUND_IMAGES_DIR)) {
                    d.cf.replace(map.toFile(lw.start()), map.toFileEnd(lw.end()),
                            shellQuote(l.substring(0, l.lastIndexOf('/') + 1) + newName));
                }
            }
            default -> throw new ProjectException(b.name() + " is made by " + b.description()
                    + "; bootdeck cannot rename it");
        }
    }

    /** Other units that use the renamed {@code .image}/{@code .build} by name ({@code Image=old.image}). */
    private void renameReferences(Draft d, String oldName, String newName) {
        if (!oldName.endsWith(".image") && !oldName.endsWith(".build")) {
            return;
        }
        for (QuadletFile q : project.quadletFiles()) {
            Optional<byte[]> bytes = project.content(q.path());
            if (bytes.isEmpty() || d.files.containsKey(q.path())) {
                continue;
            }
            UnitDocument doc = UnitDocument.parse(bytes.get());
            UnitDocument changed = doc;
            for (String group : List.of("Container", "Volume", "Kube", "Pod")) {
                if (doc.lookup(group, "Image").filter(oldName::equals).isPresent()) {
                    changed = changed.setValue(group, "Image", newName);
                }
            }
            if (changed != doc) {
                d.files.put(q.path(), new FileState.Regular(changed.toBytes()));
                d.notes.add(q.name() + " uses " + oldName + " and now names " + newName);
            }
        }
    }

    // ================================================================== Containerfile text

    private void insertLineAfter(Draft d, int offset, String line) {
        String eol = src.dominantLineEnding();
        if (offset > 0 && cfText.charAt(offset - 1) != '\n') {
            d.cf.insert(offset, eol + line + (offset < cfText.length() ? eol : ""));
        } else {
            d.cf.insert(offset, line + eol);
        }
    }

    private void removeInstruction(Draft d, Instruction ins) {
        d.cf.replace(src.lineStart(ins.startLine()), src.lineEnd(ins.endLine()), "");
    }

    // ================================================================== helpers

    private QuadletFile file(String path) throws ProjectException {
        return project.quadletFile(path).orElseThrow(() -> new ProjectException(path
                + " is not a Quadlet file of this project"));
    }

    private void requireStage() throws ProjectException {
        if (finalStage < 0) {
            throw new ProjectException(cfPath + " has no FROM line");
        }
    }

    private String defaultProjectDir() {
        Optional<QuadletFile> ref = reference();
        return ref.map(f -> parentOf(f.path())).orElse("");
    }

    private String defaultImageDir() {
        return reference().flatMap(f -> f.imagePaths().stream().filter(ImageLayout::isRootfulQuadletPath)
                .findFirst()).map(ImagePaths::parent).orElse(ImageLayout.DEFAULT_QUADLET_DIR);
    }

    /** The Quadlet unit a new one should sit beside: the last bound one, else the last one in a Quadlet dir. */
    private Optional<QuadletFile> reference() {
        List<QuadletFile> units = project.quadletFiles().stream().filter(f -> !f.isDropIn()
                && f.imagePaths().stream().anyMatch(ImageLayout::isRootfulQuadletPath)).toList();
        Optional<QuadletFile> bound = units.stream().filter(QuadletFile::bound).reduce((a, b) -> b);
        return bound.isPresent() ? bound : units.stream().reduce((a, b) -> b);
    }

    private byte[] template(NewBoundImage req, String image) {
        UnitDocument doc = UnitDocument.empty();
        if (req.kind() == NewBoundImage.Kind.IMAGE) {
            doc = doc.addSection("Image").setValue("Image", "Image", image);
        } else {
            doc = doc.addSection("Unit").setValue("Unit", "Description", req.name() + " (logically bound image)")
                    .addSection("Container").setValue("Container", "Image", image)
                    .setValue("Container", "GlobalArgs", "--storage-opt=additionalimagestore="
                            + ImageLayout.BOOTC_STORAGE)
                    .addSection("Install").setValue("Install", "WantedBy", "default.target");
        }
        return doc.toBytes();
    }

    static String shellQuote(String s) {
        return SAFE_WORD.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String cleanDir(String dir) {
        String d = dir.replace('\\', '/');
        while (d.startsWith("./")) {
            d = d.substring(2);
        }
        while (d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.equals(".") ? "" : d;
    }
}
