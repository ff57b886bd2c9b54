package dev.bootdeck.cli;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.BoundImageList;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bootdeck images DIR}: every image the project binds, one per line, sorted, without duplicates: the list to
 * mirror for a disconnected install.
 */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Print every image a Containerfile project binds (the list to mirror), one per line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:listed, but bootc would fail on the project's bound-images.d (see lint)",
            "2:usage error or unreadable project"})
public final class ImagesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
    Path dir;

    @Option(names = {"-f", "--file"}, paramLabel = "CONTAINERFILE",
            description = "the Containerfile, relative to DIR (default: Containerfile, else Dockerfile)")
    String containerfile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the list to FILE instead")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project;
        try {
            project = ProjectLoader.load(dir, containerfile);
            if (output != null) {
                BoundImageList.export(project, output);
            } else {
                BoundImageList.of(project).forEach(out::println);
            }
        } catch (ProjectException e) {
            err.println("bootdeck images: " + e.getMessage());
            return BootdeckCommand.EXIT_USAGE;
        }
        if (project.bootcReport().bootcFails()) {
            Finding first = project.bootcReport().firstError().orElseThrow();
            err.println("bootdeck images: bootc would fail on this project's bound images, so it pulls none of them: "
                    + first.message() + " (run bootdeck lint for all problems)");
            return BootdeckCommand.EXIT_FAILURE;
        }
        return BootdeckCommand.EXIT_OK;
    }
}
