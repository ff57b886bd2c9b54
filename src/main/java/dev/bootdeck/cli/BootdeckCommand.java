package dev.bootdeck.cli;

import dev.bootdeck.model.BootdeckVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code java -jar bootdeck.jar COMMAND ...}. Exit codes are a public interface:
 * 0 success, 1 the command ran and found a failure (a host that did not answer, a lint error), 2 usage error or
 * unreadable input.
 */
@Command(
        name = "bootdeck",
        mixinStandardHelpOptions = true,
        versionProvider = BootdeckCommand.VersionProvider.class,
        description = "Inspect bootc hosts and their logically bound images; edit and lint bootc image projects.",
        footer = {"", "Without a command, bootdeck opens its window (options: --demo, --screenshot FILE.png)."},
        subcommands = {
            CommandLine.HelpCommand.class,
            StatusCommand.class,
            LintCommand.class,
            ImagesCommand.class,
        })
public final class BootdeckCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Builds the command line with its subcommands; tests use it with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BootdeckCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A command that failed in a way it did not handle itself: one line, no stack trace.
            commandLine.getErr().println("bootdeck: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return EXIT_USAGE;
        });
        return cl;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Entry point used by the launcher: real standard streams. */
    public static int runWithStandardStreams(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bootdeck " + BootdeckVersion.get()};
        }
    }
}
