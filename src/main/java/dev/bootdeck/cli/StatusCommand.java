package dev.bootdeck.cli;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.remote.FleetInspector;
import dev.bootdeck.remote.HostInspector;
import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.ssh.SshClient;
import dev.bootdeck.ssh.SshEnvironment;
import dev.bootdeck.ssh.SshSessionPool;
import dev.bootdeck.ssh.SshSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bootdeck status HOST... [--json]}: inspects bootc hosts over SSH (in parallel) and prints each host's
 * deployments with their bound images, or one JSON document. Exit code 0 when every host answered, 1 when any
 * failed (its error says why), 2 on usage errors.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the deployments of bootc hosts and whether their logically bound images are in bootc's"
                + " storage.", "HOST is an ssh_config alias or [user@]host[:port]; ~/.ssh/config, known_hosts and"
                + " the ssh-agent are used as ssh would."},
        footer = {"", "Exit codes: 0 every host answered, 1 a host failed (see its error), 2 usage error."})
public final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "HOST", arity = "0..*", description = "Hosts to inspect.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = {"-F", "--ssh-config"}, paramLabel = "FILE",
            description = "Use this ssh_config instead of ~/.ssh/config (and no system-wide config), like ssh -F.")
    Path sshConfig;

    @Option(names = "--accept-new-host-keys", description = "Accept and remember host keys not yet in known_hosts"
            + " (like StrictHostKeyChecking accept-new). A CHANGED host key is always refused.")
    boolean acceptNewHostKeys;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "150",
            description = "Longest time one host's inspection may take once connected (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Hosts inspected at the same time (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--demo", description = "Also show the demo host, built from recorded bootc outputs.")
    boolean demo;

    @Option(names = {"-v", "--verbose"}, description = "Show warnings about bound images too (errors always show).")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hosts.isEmpty() && !demo) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing HOST (or --demo)");
        }
        if (timeoutSeconds < 1 || parallel < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout and --parallel must be >= 1");
        }
        SshEnvironment env = SshEnvironment.fromSystem();
        if (sshConfig != null) {
            if (!Files.isRegularFile(sshConfig)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--ssh-config: no such file: "
                        + sshConfig);
            }
            env = env.withConfigFile(sshConfig.toAbsolutePath());
        }
        SshSettings settings = SshSettings.defaults().withEnvironment(env)
                .withInteraction(new TerminalInteraction(System.console(), err))
                .acceptingNewHostKeys(acceptNewHostKeys);
        List<HostReport> reports = new ArrayList<>();
        if (demo) {
            reports.add(DemoHost.report(Clock.systemUTC().instant()));
        }
        if (!hosts.isEmpty()) {
            try (SshClient client = new SshClient(settings);
                    SshSessionPool pool = new SshSessionPool(client, Duration.ofMinutes(1));
                    FleetInspector fleet = new FleetInspector(new HostInspector(pool, settings.interaction(),
                            Duration.ofSeconds(timeoutSeconds), Clock.systemUTC()),
                            Math.min(parallel, hosts.size()))) {
                reports.addAll(fleet.inspectAll(hosts, Cancellation.none()));
            }
        }
        if (json) {
            out.println(StatusJson.write(reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                StatusText.write(out, reports.get(i), verbose);
            }
        }
        out.flush();
        return reports.stream().allMatch(HostReport::ok) ? BootdeckCommand.EXIT_OK : BootdeckCommand.EXIT_FAILURE;
    }
}
