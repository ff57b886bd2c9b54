package dev.bootdeck.project;

import dev.bootdeck.bootc.BootcPodmanComparison;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Finding;
import dev.bootdeck.project.build.BuildContext;
import dev.bootdeck.project.build.Simulation;
import dev.bootdeck.project.containerfile.Containerfile;
import dev.bootdeck.project.image.ImageTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An opened Containerfile project: its Containerfile, its Quadlet files with where they land and what binds them,
 * the bindings in {@code /usr/lib/bootc/bound-images.d} of the image it builds, and what bootc and podman make of
 * them. Immutable: an edit produces a new {@code Project} by analyzing again. Lint findings come from
 * {@code dev.bootdeck.project.lint.ProjectLinter}; edits from {@code dev.bootdeck.project.edit.ProjectEditor}.
 */
public final class Project {
    private final ProjectSource source;
    private final String containerfilePath;
    private final Containerfile containerfile;
    private final BuildContext context;
    private final Simulation simulation;
    private final List<QuadletFile> quadletFiles;
    private final List<Binding> bindings;
    private final List<BindingRule> rules;
    private final BootcPodmanComparison.RootComparison bootc;
    private final List<QuadletScope> quadletScopes;
    private final Map<String, byte[]> contents;
    private final Map<String, String> unreadable;
    private final Map<String, String> imageToProject;

    Project(ProjectSource source, String containerfilePath, Containerfile containerfile, BuildContext context,
            Simulation simulation, List<QuadletFile> quadletFiles, List<Binding> bindings, List<BindingRule> rules,
            BootcPodmanComparison.RootComparison bootc, List<QuadletScope> quadletScopes, Map<String, byte[]> contents,
            Map<String, String> unreadable, Map<String, String> imageToProject) {
        this.source = source;
        this.containerfilePath = containerfilePath;
        this.containerfile = containerfile;
        this.context = context;
        this.simulation = simulation;
        this.quadletFiles = List.copyOf(quadletFiles);
        this.bindings = List.copyOf(bindings);
        this.rules = List.copyOf(rules);
        this.bootc = bootc;
        this.quadletScopes = List.copyOf(quadletScopes);
        this.contents = Map.copyOf(contents);
        this.unreadable = Map.copyOf(unreadable);
        this.imageToProject = Map.copyOf(imageToProject);
    }

    public Path directory() {
        return source.directory();
    }

    public ProjectSource source() {
        return source;
    }

    /** The Containerfile's project-relative path, e.g. {@code Containerfile}. */
    public String containerfilePath() {
        return containerfilePath;
    }

    public Containerfile containerfile() {
        return containerfile;
    }

    /** The build context after {@code .containerignore}/{@code .dockerignore}. */
    public BuildContext context() {
        return context;
    }

    public Simulation simulation() {
        return simulation;
    }

    /** The image model of the final stage. */
    public ImageTree image() {
        return simulation.image();
    }

    /** Every Quadlet unit and drop-in of the project, sorted by path. */
    public List<QuadletFile> quadletFiles() {
        return quadletFiles;
    }

    public Optional<QuadletFile> quadletFile(String path) {
        return quadletFiles.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Every entry of {@code bound-images.d} in the image, sorted by name. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The read-only binding rules (loops, globs, {@code find -exec}). */
    public List<BindingRule> bindingRules() {
        return rules;
    }

    /** What bootc makes of the image's {@code bound-images.d}. */
    public BoundImagesReport bootcReport() {
        return bootc.bootc();
    }

    /**
     * bootc's findings about the image's {@code bound-images.d} with each bound file compared to podman's reading of
     * it (paths inside the image; the lint maps them to project files).
     */
    public List<Finding> bootcFindings() {
        return bootc.findings();
    }

    /** The images the project binds, as bootc reads them: sorted, without duplicates (the list to mirror). */
    public List<String> boundImages() {
        return bootc.bootc().imageNames().stream().sorted().distinct().toList();
    }

    /** podman's view of the Quadlet files: rootful image search path, rootless ones, files not in the image. */
    public List<QuadletScope> quadletScopes() {
        return quadletScopes;
    }

    /** The bytes read from the project during analysis (Containerfile, Quadlet files, ...), by path. */
    public Optional<byte[]> content(String path) {
        byte[] b = contents.get(path);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    public Map<String, byte[]> contents() {
        return contents;
    }

    /** Files that could not be read, with the reason. */
    public Map<String, String> unreadable() {
        return unreadable;
    }

    /** The project file that sits at {@code imagePath} in the image (following symlinks), if any. */
    public Optional<String> projectPathOf(String imagePath) {
        return Optional.ofNullable(imageToProject.get(imagePath));
    }

    public Map<String, String> imageToProject() {
        return imageToProject;
    }
}
