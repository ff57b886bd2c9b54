package dev.bootdeck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectLoader;
import dev.bootdeck.project.lint.LintRule;
import dev.bootdeck.project.lint.LintRules;
import dev.bootdeck.project.lint.ProjectLinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bootdeck lint DIR}: checks a Containerfile project as podman and bootc would read the image it builds.
 * Prints {@code path:line: severity: RULE: message}, paths relative to DIR, sorted by path then line.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check a Containerfile project: Quadlet files, bound-images.d links, image names.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found (or warnings, with --strict)",
            "2:usage error or unreadable project"})
public final class LintCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the project directory")
    Path dir;

    @Option(names = "--json", description = "print a JSON list of {file, line, severity, rule, message}")
    boolean json;

    @Option(names = "--strict", description = "exit 1 on warnings too")
    boolean strict;

    @Option(names = {"-f", "--file"}, paramLabel = "CONTAINERFILE",
            description = "the Containerfile, relative to DIR (default: Containerfile, else Dockerfile)")
    String containerfile;

    @Option(names = "--list-rules", description = "list every rule with its severity and description")
    boolean listRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            for (LintRule r : LintRules.all()) {
                out.println(r.id() + "\t" + r.severity().word() + "\t" + r.description());
            }
            return BootdeckCommand.EXIT_OK;
        }
        if (dir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'DIR'");
        }
        Project project;
        try {
            project = ProjectLoader.load(dir, containerfile);
        } catch (ProjectException e) {
            err.println("bootdeck lint: " + e.getMessage());
            return BootdeckCommand.EXIT_USAGE;
        }
        List<Finding> findings = ProjectLinter.lint(project);
        if (json) {
            out.println(toJson(findings));
        } else {
            findings.forEach(f -> out.println(f.format()));
        }
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        boolean warnings = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
        return errors || strict && warnings ? BootdeckCommand.EXIT_FAILURE : BootdeckCommand.EXIT_OK;
    }

    static String toJson(List<Finding> findings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("severity", f.severity().word());
            m.put("rule", f.rule());
            m.put("message", f.message());
            list.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are plain strings and numbers", e);
        }
    }
}
