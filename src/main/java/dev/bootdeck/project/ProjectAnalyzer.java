package dev.bootdeck.project;

import dev.bootdeck.bootc.BootcPodmanComparison;
import dev.bootdeck.bootc.FlattenedLinks;
import dev.bootdeck.bootc.SnapshotRootView;
import dev.bootdeck.project.build.BuildContext;
import dev.bootdeck.project.build.BuildSimulator;
import dev.bootdeck.project.build.ContextEntry;
import dev.bootdeck.project.build.ContextIgnore;
import dev.bootdeck.project.build.LinkRecord;
import dev.bootdeck.project.build.Simulation;
import dev.bootdeck.project.containerfile.Containerfile;
import dev.bootdeck.project.containerfile.ContainerfileParser;
import dev.bootdeck.project.image.ImageEntry;
import dev.bootdeck.project.image.ImageLayout;
import dev.bootdeck.project.image.ImagePaths;
import dev.bootdeck.project.image.ImageTree;
import dev.bootdeck.project.image.Origin;
import dev.bootdeck.project.image.Resolution;
import dev.bootdeck.quadlet.MemoryUnitTree;
import dev.bootdeck.quadlet.QuadletReport;
import dev.bootdeck.quadlet.QuadletValidator;
import dev.bootdeck.quadlet.UnitSearchPath;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a {@link ProjectSource} into a {@link Project}: parses the Containerfile, replays the build over the
 * context, finds the Quadlet files and where they land, reads {@code bound-images.d} of the image with bootc's
 * rules ({@code dev.bootdeck.bootc}) and the Quadlet files with podman's ({@code dev.bootdeck.quadlet}). Pure apart
 * from reading through the source.
 */
public final class ProjectAnalyzer {
    private static final String NOT_IN_IMAGE_ROOT = "/project";

    private final ProjectSource source;
    private final String containerfilePath;
    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final Map<String, String> unreadable = new TreeMap<>();

    private ProjectAnalyzer(ProjectSource source, String containerfilePath) {
        this.source = source;
        this.containerfilePath = containerfilePath;
    }

    public static Project analyze(ProjectSource source, String containerfilePath) throws ProjectException {
        return new ProjectAnalyzer(source, containerfilePath).run();
    }

    private Project run() throws ProjectException {
        byte[] cfBytes = source.read(containerfilePath).orElseThrow(() -> new ProjectException(
                "No " + containerfilePath + " in " + source.directory()));
        contents.put(containerfilePath, cfBytes);
        String text = strictUtf8(cfBytes).orElseThrow(() -> new ProjectException(containerfilePath
                + " is not valid UTF-8 text"));
        Containerfile cf = ContainerfileParser.parse(containerfilePath, text);
        ContextIgnore ignore = ignoreRules();
        List<ContextEntry> inContext = source.entries().stream().filter(e -> !ignore.excludes(e.path())).toList();
        BuildContext context = new BuildContext(inContext);
        Simulation sim = BuildSimulator.simulate(cf, context);
        ImageTree image = sim.image();

        Map<String, List<String>> landings = new TreeMap<>();
        Map<String, String> imageToProject = new HashMap<>();
        for (Map.Entry<String, ImageEntry> e : image.entries().entrySet()) {
            if (e.getValue() instanceof ImageEntry.ProjectFile f) {
                landings.computeIfAbsent(f.projectPath(), k -> new ArrayList<>()).add(e.getKey());
                imageToProject.put(e.getKey(), f.projectPath());
            } else if (e.getValue() instanceof ImageEntry.Symlink) {
                Resolution r = image.resolve(e.getKey());
                if (r.exists() && r.entry().get() instanceof ImageEntry.ProjectFile f) {
                    imageToProject.put(e.getKey(), f.projectPath());
                }
            }
        }

        List<Binding> bindings = bindings(cf, image);
        List<BindingRule> rules = rules(sim);
        List<QuadletFile> quadletFiles = new ArrayList<>();
        for (ContextEntry e : source.entries()) {
            if (e.type() != ContextEntry.Type.FILE || !ImageLayout.isQuadletPath(e.path())) {
                continue;
            }
            read(e.path());
            List<Binding> by = bindings.stream().filter(b -> b.projectFile().filter(e.path()::equals).isPresent())
                    .toList();
            quadletFiles.add(new QuadletFile(e.path(), ImageLayout.unitType(e.name()), landings.getOrDefault(
                    e.path(), List.of()), by));
        }
        for (ContextEntry e : source.entries()) {
            if (e.type() == ContextEntry.Type.FILE && (e.name().equals("storage.conf")
                    || e.path().contains("storage.conf.d/") && e.name().endsWith(".conf"))) {
                read(e.path());
            }
        }
        BootcPodmanComparison.RootComparison bootc = bootcReport(image);
        List<QuadletScope> scopes = quadletScopes(image, quadletFiles);
        return new Project(source, containerfilePath, cf, context, sim, quadletFiles, bindings, rules, bootc, scopes,
                contents, unreadable, imageToProject);
    }

    private ContextIgnore ignoreRules() throws ProjectException {
        for (String name : List.of(".containerignore", ".dockerignore")) {
            Optional<byte[]> b = source.read(name);
            if (b.isPresent()) {
                contents.put(name, b.get());
                return ContextIgnore.parse(new String(b.get(), StandardCharsets.UTF_8));
            }
        }
        return ContextIgnore.none();
    }

    private Optional<byte[]> read(String path) {
        if (contents.containsKey(path)) {
            return Optional.of(contents.get(path));
        }
        try {
            Optional<byte[]> b = source.read(path);
            b.ifPresent(bytes -> contents.put(path, bytes));
            if (b.isEmpty()) {
                unreadable.put(path, "not a regular file");
            }
            return b;
        } catch (ProjectException e) {
            unreadable.put(path, e.getMessage());
            return Optional.empty();
        }
    }

    private List<Binding> bindings(Containerfile cf, ImageTree image) {
        List<Binding> out = new ArrayList<>();
        String dir = image.resolve(ImageLayout.BOUND_IMAGES_DIR).path();
        for (String p : image.children(dir)) {
            ImageEntry e = image.get(p).orElseThrow();
            String name = ImagePaths.name(p);
            String description = e.origin().describe(cf.name());
            if (e instanceof ImageEntry.Symlink link) {
                Resolution r = image.resolve(p);
                Optional<String> resolved = r.exists() ? Optional.of(r.path()) : Optional.empty();
                Optional<String> file = r.entry().filter(x -> x instanceof ImageEntry.ProjectFile && !r.loop())
                        .map(x -> ((ImageEntry.ProjectFile) x).projectPath());
                out.add(new Binding(name, true, link.target(), resolved, file, e.origin(), description));
            } else {
                Optional<String> file = e instanceof ImageEntry.ProjectFile f ? Optional.of(f.projectPath())
                        : Optional.empty();
                out.add(new Binding(name, false, "", Optional.empty(), file, e.origin(), description));
            }
        }
        return out;
    }

    private static List<BindingRule> rules(Simulation sim) {
        Map<String, TreeSet<String>> byRule = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (LinkRecord l : sim.links()) {
            if (l.origin().kind() != Origin.Kind.RULE || !ImageLayout.isInBoundImagesDir(l.linkPath())) {
                continue;
            }
            String key = l.origin().line() + "\n" + l.origin().rule();
            byRule.computeIfAbsent(key, k -> new TreeSet<>()).add(ImagePaths.name(l.linkPath()));
            lines.put(key, l.origin().line());
        }
        List<BindingRule> out = new ArrayList<>();
        byRule.forEach((k, v) -> out.add(new BindingRule(lines.get(k), k.substring(k.indexOf('\n') + 1),
                new ArrayList<>(v))));
        return out;
    }

    /**
     * The image as bootc's reader sees a root (directories, symlinks, the bytes of the files bootc or podman may
     * read), read by bootc and compared with podman's reading of the same files.
     */
    private BootcPodmanComparison.RootComparison bootcReport(ImageTree image) {
        SnapshotRootView.Builder b = SnapshotRootView.builder("the image built from " + containerfilePath);
        TreeSet<String> needed = new TreeSet<>();
        String dir = image.resolve(ImageLayout.BOUND_IMAGES_DIR).path();
        for (String p : image.children(dir)) {
            Resolution r = image.resolve(p);
            if (r.exists()) {
                needed.add(r.path());
            }
        }
        for (Map.Entry<String, ImageEntry> e : image.entries().entrySet()) {
            String p = e.getKey();
            if (p.equals("/")) {
                continue;
            }
            ImageEntry entry = e.getValue();
            if (entry instanceof ImageEntry.Directory) {
                b.directory(p);
            } else if (entry instanceof ImageEntry.Symlink s) {
                if (s.origin().kind() == Origin.Kind.FLATTENED_SYMLINK) {
                    // as the project holds it: a plain file with the target in it (bootc's reader says so)
                    b.file(p, s.target());
                } else {
                    b.symlink(p, s.target());
                }
            } else if (entry instanceof ImageEntry.ProjectFile f) {
                if (needed.contains(p) || ImageLayout.isQuadletPath(p)) {
                    Optional<byte[]> bytes = read(f.projectPath());
                    if (bytes.isPresent()) {
                        b.file(p, bytes.get());
                    } else {
                        b.unreadableFile(p, "cannot read " + f.projectPath());
                    }
                } else {
                    b.unreadableFile(p, "not read by bootdeck");
                }
            } else if (entry instanceof ImageEntry.OtherFile o) {
                b.unreadableFile(p, o.description() + ": made during the build, its content is unknown here");
            }
        }
        return BootcPodmanComparison.compareRoot(b.build(), FlattenedLinks.ACCEPT_WITH_WARNING);
    }

    private List<QuadletScope> quadletScopes(ImageTree image, List<QuadletFile> files) {
        List<QuadletScope> out = new ArrayList<>();
        Map<String, MemoryUnitTree> rootless = new TreeMap<>();
        MemoryUnitTree rootful = new MemoryUnitTree();
        Map<String, String> rootfulMap = new HashMap<>();
        Map<String, Map<String, String>> rootlessMaps = new HashMap<>();
        boolean anyRootful = false;
        java.util.Set<String> inImage = new java.util.HashSet<>();
        for (Map.Entry<String, ImageEntry> e : image.entries().entrySet()) {
            String p = e.getKey();
            if (!ImageLayout.isQuadletPath(p)) {
                continue;
            }
            Resolution r = image.resolve(p);
            if (!r.exists() || !(r.entry().get() instanceof ImageEntry.ProjectFile f)) {
                continue;
            }
            Optional<byte[]> bytes = Optional.ofNullable(contents.get(f.projectPath()));
            if (bytes.isEmpty()) {
                continue;
            }
            if (ImageLayout.isRootfulQuadletPath(p)) {
                rootful.put(p, bytes.get());
                rootfulMap.put(p, f.projectPath());
                anyRootful = true;
                inImage.add(f.projectPath());
            } else if (ImageLayout.isRootlessQuadletPath(p)) {
                String root = rootlessRoot(p);
                rootless.computeIfAbsent(root, k -> new MemoryUnitTree()).put(p, bytes.get());
                rootlessMaps.computeIfAbsent(root, k -> new HashMap<>()).put(p, f.projectPath());
                inImage.add(f.projectPath());
            }
        }
        if (anyRootful) {
            QuadletReport r = QuadletValidator.validate(rootful, UnitSearchPath.ROOTFUL_DIRECTORIES);
            out.add(new QuadletScope(QuadletScope.Kind.ROOTFUL, String.join(", ",
                    UnitSearchPath.ROOTFUL_DIRECTORIES), r, rootfulMap));
        }
        rootless.forEach((root, tree) -> out.add(new QuadletScope(QuadletScope.Kind.ROOTLESS, root,
                QuadletValidator.validate(tree, List.of(root)), rootlessMaps.get(root))));
        MemoryUnitTree elsewhere = new MemoryUnitTree();
        Map<String, String> elsewhereMap = new HashMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        for (QuadletFile f : files) {
            byte[] bytes = contents.get(f.path());
            if (inImage.contains(f.path()) || bytes == null) {
                continue;
            }
            String virtual = NOT_IN_IMAGE_ROOT + "/" + f.path();
            elsewhere.put(virtual, bytes);
            elsewhereMap.put(virtual, f.path());
            String parent = ImagePaths.parent(virtual);
            if (f.isDropIn()) {
                parent = ImagePaths.parent(parent);
            }
            dirs.add(parent);
        }
        if (!elsewhereMap.isEmpty()) {
            out.add(new QuadletScope(QuadletScope.Kind.NOT_IN_IMAGE, "project files not in the image",
                    QuadletValidator.validate(elsewhere, new ArrayList<>(dirs)), elsewhereMap));
        }
        return out;
    }

    /** The rootless search directory a path belongs to ({@code .../.config/containers/systemd} or users dir). */
    private static String rootlessRoot(String p) {
        int i = p.indexOf("/.config/containers/systemd");
        if (i >= 0) {
            return p.substring(0, i + "/.config/containers/systemd".length());
        }
        if (p.startsWith("/etc/containers/systemd/users")) {
            return "/etc/containers/systemd/users";
        }
        int run = p.indexOf("/containers/systemd");
        return p.substring(0, run + "/containers/systemd".length());
    }

    static Optional<String> strictUtf8(byte[] b) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
