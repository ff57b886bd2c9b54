package dev.bootdeck.project.lint;

import dev.bootdeck.bootc.BootcRules;
import dev.bootdeck.bootc.ImageReferenceChecks;
import dev.bootdeck.model.BoundImage;
import dev.bootdeck.model.BoundImageKind;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Binding;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.QuadletFile;
import dev.bootdeck.project.QuadletScope;
import dev.bootdeck.project.image.ImageLayout;
import dev.bootdeck.project.image.ImagePaths;
import dev.bootdeck.project.image.Origin;
import dev.bootdeck.quadlet.UnitDocument;
import dev.bootdeck.quadlet.UnitElement;
import dev.bootdeck.quadlet.UnitReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every check over a {@link Project} and returns the findings with project-relative files and lines, sorted by
 * file then line. podman's and bootc's own checks come from {@code dev.bootdeck.quadlet} and {@code dev.bootdeck.bootc}
 * and are only mapped from image paths back to project files (a finding about a {@code bound-images.d} entry goes to
 * the Containerfile line or project symlink that made it). Checks about bound files run only on files that are
 * bound. bootdeck's own rules are listed in {@link ProjectRules}.
 *
 * <p>A {@code .container} reads bootc's storage when its {@code GlobalArgs} (main file plus drop-ins) hold
 * {@code --storage-opt=additionalimagestore=/usr/lib/bootc/storage} or {@code --storage-opt} followed by
 * {@code additionalimagestore=/usr/lib/bootc/storage}. The same option in {@code PodmanArgs} does not count: there it
 * is {@code podman run --storage-opt}, a per-container storage option.
 */
public final class ProjectLinter {
    /** [Image] keys that shape a pull; bootc pulls with {@code podman pull IMAGE} and ignores all of them. */
    private static final List<String> IMAGE_PULL_KEYS = List.of("AllTags", "Arch", "CertDir",
            "ContainersConfModule", "Creds", "DecryptionKey", "GlobalArgs", "ImageTag", "OS", "PodmanArgs", "Policy",
            "PullSecret", "Retry", "RetryDelay", "TLSVerify", "Variant");
    /** Pull keys that do not belong in [Container] at all but are sometimes put there for bootc's sake. */
    private static final List<String> CONTAINER_PULL_KEYS = List.of("AllTags", "Arch", "AuthFile", "CertDir", "Creds",
            "DecryptionKey", "OS", "Policy", "PullSecret", "TLSVerify", "Variant");
    private static final Pattern STORES = Pattern.compile("^\\s*additionalimagestores\\s*=");

    private final Project p;
    private final String cf;
    private final List<Finding> out = new ArrayList<>();

    private ProjectLinter(Project p) {
        this.p = p;
        this.cf = p.containerfilePath();
    }

    /** The findings as a report with per-file lookups (what an editor view model wants). */
    public static LintReport report(Project project) {
        return new LintReport(lint(project));
    }

    /** All findings for the project, sorted by file, line, rule. */
    public static List<Finding> lint(Project project) {
        ProjectLinter l = new ProjectLinter(project);
        l.run();
        List<Finding> sorted = new ArrayList<>(new LinkedHashSet<>(l.out));
        // bootc's comparison already says it (with podman's resolved image): one finding for one mistake
        sorted.removeIf(f -> f.rule().equals(ImageReferenceChecks.UNIT_REFERENCE) && l.out.stream().anyMatch(o ->
                o.rule().equals(BootcRules.UNIT_REFERENCE) && o.file().equals(f.file()) && o.line() == f.line()));
        sorted.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparing(Finding::rule).thenComparing(Finding::message));
        return List.copyOf(sorted);
    }

    private void run() {
        out.addAll(p.containerfile().problems());
        out.addAll(p.simulation().findings());
        p.unreadable().forEach((path, why) -> out.add(new Finding(ProjectRules.UNREADABLE_FILE, Severity.ERROR, path,
                0, "cannot read " + path + ": " + why)));
        quadletFindings();
        bootcFindings();
        for (BoundImage b : p.bootcReport().images()) {
            for (Finding f : ImageReferenceChecks.check(b.image(), b.resolvedPath(), b.line())) {
                out.add(relocate(f));
            }
            pullKeys(b);
            rootless(b);
        }
        linksOutsideRoot();
        additionalImageStore();
        storageConf();
        copiedOrNot();
    }

    // ------------------------------------------------------------------ podman

    private void quadletFindings() {
        for (QuadletScope s : p.quadletScopes()) {
            for (Finding f : s.report().findings()) {
                String project = s.toProjectPath().get(f.file());
                if (project != null) {
                    out.add(new Finding(f.rule(), f.severity(), project, f.line(), f.message()));
                } else {
                    out.add(new Finding(f.rule(), f.severity(), cf, 0, f.file() + ": " + f.message()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ bootc

    private void bootcFindings() {
        for (Finding f : p.bootcFindings()) {
            if (f.rule().equals(BootcRules.DANGLING_SYMLINK) && targetNotCopied(f)) {
                continue;
            }
            out.add(relocate(f));
        }
    }

    /** A dangling link whose target a project file of the same name could fill: say which COPY is missing. */
    private boolean targetNotCopied(Finding f) {
        Optional<Binding> b = binding(f.file());
        if (b.isEmpty() || !b.get().symlink()) {
            return false;
        }
        String target = ImagePaths.resolve(ImageLayout.BOUND_IMAGES_DIR, b.get().target());
        String name = ImagePaths.name(target);
        List<String> candidates = p.quadletFiles().stream().filter(q -> q.name().equals(name))
                .map(QuadletFile::path).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Location at = locate(b.get());
        out.add(new Finding(ProjectRules.TARGET_NOT_COPIED, Severity.ERROR, at.file, at.line, b.get().name()
                + " links to " + target + ", which is not in the image: no COPY puts " + String.join(" or ",
                candidates) + " there (bootc fails: " + f.message() + ")"));
        return true;
    }

    private record Location(String file, int line) {
    }

    private Optional<Binding> binding(String inRootPath) {
        if (!ImageLayout.isInBoundImagesDir(inRootPath)) {
            return Optional.empty();
        }
        String name = ImagePaths.name(inRootPath);
        return p.bindings().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    private Location locate(Binding b) {
        Origin o = b.origin();
        return switch (o.kind()) {
            case RUN, RULE -> new Location(cf, o.line());
            case TREE_SYMLINK, FLATTENED_SYMLINK -> new Location(o.projectPath(), 0);
            case COPY -> o.projectPath().isEmpty() ? new Location(cf, o.line()) : new Location(o.projectPath(), 0);
            case BASE -> new Location(cf, 0);
        };
    }

    /** A finding about a path in the image, moved to the project file or line responsible. */
    private Finding relocate(Finding f) {
        Optional<Binding> b = binding(f.file());
        if (b.isPresent()) {
            Location at = locate(b.get());
            return new Finding(f.rule(), f.severity(), at.file, at.line, f.message());
        }
        if (f.file().equals(ImageLayout.BOUND_IMAGES_DIR)) {
            int line = p.image().get(ImageLayout.BOUND_IMAGES_DIR).map(e -> e.origin())
                    .filter(o -> o.kind() == Origin.Kind.RUN || o.kind() == Origin.Kind.RULE
                            || o.kind() == Origin.Kind.COPY).map(Origin::line).orElse(0);
            return new Finding(f.rule(), f.severity(), cf, line, f.message());
        }
        Optional<String> project = p.projectPathOf(f.file());
        if (project.isPresent()) {
            return new Finding(f.rule(), f.severity(), project.get(), f.line(), f.message());
        }
        return new Finding(f.rule(), f.severity(), cf, 0, f.file() + ": " + f.message());
    }

    private Optional<Binding> bindingOf(BoundImage b) {
        return p.bindings().stream().filter(x -> x.name().equals(b.name())).findFirst();
    }

    private void pullKeys(BoundImage b) {
        Optional<String> project = p.projectPathOf(b.resolvedPath());
        if (project.isEmpty()) {
            return;
        }
        UnitDocument doc = UnitDocument.parse(p.content(project.get()).orElse(new byte[0]));
        boolean image = b.kind() == BoundImageKind.IMAGE;
        String group = image ? "Image" : "Container";
        List<String> keys = image ? IMAGE_PULL_KEYS : CONTAINER_PULL_KEYS;
        for (UnitElement.Entry e : doc.entries(group)) {
            if (keys.contains(e.key())) {
                String extra = e.key().equals("ImageTag") ? "; units that use this .image look for the ImageTag "
                        + "name, which bootc never stores" : "";
                out.add(new Finding(ProjectRules.IGNORED_PULL_KEY, Severity.WARNING, project.get(), e.firstLine(),
                        e.key() + "= is ignored by bootc, which pulls the bound image with the host's defaults "
                        + "(only Image= is read)" + extra));
            }
        }
    }

    private void rootless(BoundImage b) {
        if (!ImageLayout.isRootlessQuadletPath(b.resolvedPath())) {
            return;
        }
        Optional<Binding> binding = bindingOf(b);
        Location at = binding.map(this::locate).orElse(new Location(cf, 0));
        out.add(new Finding(ProjectRules.ROOTLESS_BOUND_IMAGE, Severity.ERROR, at.file, at.line, b.name()
                + " binds " + b.resolvedPath() + ", a rootless (user) Quadlet file; bound images live in bootc's "
                + "root-owned storage and are not supported for rootless containers: run the container rootful "
                + "and drop privileges instead"));
    }

    private void linksOutsideRoot() {
        String projectDir = p.directory().toString().replace('\\', '/');
        for (Binding b : p.bindings()) {
            if (!b.symlink()) {
                continue;
            }
            Location at = locate(b);
            String t = b.target();
            if (t.startsWith("/") && (t.equals(projectDir) || t.startsWith(projectDir + "/"))) {
                out.add(new Finding(ProjectRules.LINK_OUTSIDE_ROOT, Severity.WARNING, at.file, at.line, b.name()
                        + " points to " + t + ", a path of this machine's project directory; in the image it "
                        + "resolves inside the image root. Link to the image path instead"));
            } else if (!t.startsWith("/") && climbsAboveRoot(ImageLayout.BOUND_IMAGES_DIR, t)) {
                out.add(new Finding(ProjectRules.LINK_OUTSIDE_ROOT, Severity.WARNING, at.file, at.line, b.name()
                        + " -> " + t + " climbs above the image root; bootc stops at / (RESOLVE_IN_ROOT), other "
                        + "tools may not"));
            }
        }
    }

    private static boolean climbsAboveRoot(String dir, String target) {
        int depth = dir.split("/").length - 1;
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ containers using bound images

    private void additionalImageStore() {
        Set<String> bound = Set.copyOf(p.bootcReport().imageNames());
        for (QuadletScope s : p.quadletScopes()) {
            if (s.kind() == QuadletScope.Kind.NOT_IN_IMAGE) {
                continue;
            }
            for (UnitReport u : s.report().units()) {
                if (!u.unit().fileName().endsWith(".container") || u.image().isEmpty()
                        || !bound.contains(u.image().get().image())) {
                    continue;
                }
                List<String> global = u.unit().unit().lookupAllArgs("Container", "GlobalArgs");
                if (readsBootcStorage(global)) {
                    continue;
                }
                String file = s.toProjectPath().getOrDefault(u.unit().path(), u.unit().path());
                int line = u.image().get().file().equals(u.unit().path()) ? u.image().get().line() : 0;
                if (readsBootcStorage(u.unit().unit().lookupAllArgs("Container", "PodmanArgs"))) {
                    out.add(new Finding(ProjectRules.STORAGE_OPT_IN_PODMAN_ARGS, Severity.WARNING, file, line,
                            "PodmanArgs puts --storage-opt after 'podman run', where it is a per-container storage "
                            + "option; move it to GlobalArgs=--storage-opt=additionalimagestore="
                            + ImageLayout.BOOTC_STORAGE));
                } else {
                    out.add(new Finding(ProjectRules.MISSING_ADDITIONAL_IMAGE_STORE, Severity.WARNING, file, line,
                            u.image().get().image() + " is a bound image, but this container does not read bootc's "
                            + "storage, so podman pulls it again into its own; add GlobalArgs=--storage-opt="
                            + "additionalimagestore=" + ImageLayout.BOOTC_STORAGE));
                }
            }
        }
    }

    static boolean readsBootcStorage(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            if (a.startsWith("--storage-opt=")) {
                value = a.substring("--storage-opt=".length());
            } else if (a.equals("--storage-opt") && i + 1 < args.size()) {
                value = args.get(i + 1);
            }
            if (value != null && value.startsWith("additionalimagestore=")) {
                for (String store : value.substring("additionalimagestore=".length()).split(",")) {
                    if (ImagePaths.normalize(store).equals(ImageLayout.BOOTC_STORAGE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ storage.conf

    private void storageConf() {
        for (Map.Entry<String, byte[]> e : p.contents().entrySet()) {
            String path = e.getKey();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.equals("storage.conf") && !(path.contains("storage.conf.d/") && name.endsWith(".conf"))) {
                continue;
            }
            String[] lines = new String(e.getValue(), StandardCharsets.UTF_8).split("\n", -1);
            boolean inArray = false;
            for (int i = 0; i < lines.length; i++) {
                String line = stripTomlComment(lines[i]);
                Matcher m = STORES.matcher(line);
                if (m.find()) {
                    inArray = true;
                    line = line.substring(m.end());
                }
                if (!inArray) {
                    continue;
                }
                if (line.contains("\"" + ImageLayout.BOOTC_STORAGE) || line.contains("'" + ImageLayout.BOOTC_STORAGE)) {
                    out.add(new Finding(ProjectRules.GLOBAL_ADDITIONAL_IMAGE_STORE, Severity.ERROR, path, i + 1,
                            "additionalimagestores lists " + ImageLayout.BOOTC_STORAGE + ": never enable bootc's "
                            + "storage globally; give it only to the containers that use bound images "
                            + "(GlobalArgs=--storage-opt=additionalimagestore=" + ImageLayout.BOOTC_STORAGE + ")"));
                }
                if (line.contains("]")) {
                    inArray = false;
                }
            }
        }
    }

    private static String stripTomlComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    // ------------------------------------------------------------------ files that podman never reads

    private void copiedOrNot() {
        for (QuadletFile f : p.quadletFiles()) {
            if (!f.copied()) {
                boolean ignored = p.context().get(f.path()).isEmpty();
                out.add(new Finding(ProjectRules.NOT_COPIED, Severity.INFO, f.path(), 0, "no COPY or ADD puts this "
                        + "file in the image" + (ignored ? " (it is excluded by the ignore file)" : "")));
            } else if (f.imagePaths().stream().noneMatch(x -> ImageLayout.isRootfulQuadletPath(x)
                    || ImageLayout.isRootlessQuadletPath(x) || ImageLayout.isInBoundImagesDir(x)) && !f.isDropIn()) {
                out.add(new Finding(ProjectRules.OUTSIDE_SEARCH_PATH, Severity.INFO, f.path(), 0, "lands at "
                        + String.join(", ", f.imagePaths()) + ", outside podman's Quadlet directories ("
                        + ImageLayout.DEFAULT_QUADLET_DIR + ", /etc/containers/systemd): podman never reads it"
                        + (f.bound() ? "; bootc still pulls its image" : "")));
            }
        }
    }
}
