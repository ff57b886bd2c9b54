package dev.bootdeck.remote;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.ssh.CommandResult;
import dev.bootdeck.ssh.ExecOptions;
import dev.bootdeck.ssh.HostTarget;
import dev.bootdeck.ssh.Privilege;
import dev.bootdeck.ssh.RemoteCommand;
import dev.bootdeck.ssh.SshConnection;
import dev.bootdeck.ssh.SshException;
import dev.bootdeck.ssh.SshSessionPool;
import dev.bootdeck.ssh.SudoProblem;
import dev.bootdeck.ssh.UserInteraction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One refresh of one host: one exec channel on the pooled connection, running {@code gather.sh} as root (directly or
 * through sudo), then the report built locally. Never throws: every failure becomes a report with a state and a
 * message naming the host. When sudo wants a password, the {@link UserInteraction} may supply one (the GUI asks);
 * it is fed to {@code sudo -S} for this one command and wiped.
 */
public final class HostInspector {
    private static final Logger LOG = LoggerFactory.getLogger(HostInspector.class);
    /** Longest a refresh may take once connected (the script bounds each bootc/podman call at 120 s itself). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(150);

    private final SshSessionPool pool;
    private final UserInteraction interaction;
    private final Duration timeout;
    private final Clock clock;

    public HostInspector(SshSessionPool pool, UserInteraction interaction, Duration timeout, Clock clock) {
        this.pool = pool;
        this.interaction = interaction;
        this.timeout = timeout;
        this.clock = clock;
    }

    public HostInspector(SshSessionPool pool, UserInteraction interaction) {
        this(pool, interaction, DEFAULT_TIMEOUT, Clock.systemUTC());
    }

    /** Inspects the host named by {@code text} (an ssh_config alias or {@code [user@]host[:port]}). */
    public HostReport inspect(String text, Cancellation cancel) {
        HostTarget target;
        try {
            target = HostTarget.parse(text);
        } catch (IllegalArgumentException e) {
            return HostReport.failed(text, HostState.CONFIG_ERROR, e.getMessage(), clock.instant());
        }
        return inspect(target, cancel);
    }

    public HostReport inspect(HostTarget target, Cancellation cancel) {
        Instant started = clock.instant();
        String host = target.toString();
        try {
            SshConnection conn = pool.connection(target, cancel);
            return run(target, conn.user(), null, cancel, started);
        } catch (SshException e) {
            LOG.debug("{}: {}", host, e.getMessage(), e);
            return HostReport.failed(host, stateOf(e.kind()), e.getMessage(), started);
        } catch (RuntimeException e) {
            LOG.error("{}: inspection failed unexpectedly", host, e);
            return HostReport.failed(host, HostState.BAD_OUTPUT, "Inspecting " + host + " failed unexpectedly: " + e,
                    started);
        }
    }

    private HostReport run(HostTarget target, String user, char[] sudoPassword, Cancellation cancel,
            Instant started) throws SshException {
        String host = target.toString();
        String nonce = GatherScript.newNonce();
        RemoteCommand cmd = Privilege.asRoot(user, sudoPassword == null ? GatherScript.command(nonce)
                : GatherScript.commandWithScriptArgument(nonce), sudoPassword);
        CommandResult r;
        try {
            r = pool.exec(target, cmd, ExecOptions.withTimeout(timeout).cancelledBy(cancel));
        } finally {
            if (sudoPassword != null) {
                Arrays.fill(sudoPassword, '\0');
            }
        }
        switch (r.outcome()) {
            case TIMED_OUT -> {
                return HostReport.failed(host, HostState.TIMEOUT, "The inspection of " + host + " did not finish"
                        + " within " + timeout.toSeconds() + " s (is bootc or podman hanging there?)", started);
            }
            case CANCELLED -> {
                return HostReport.failed(host, HostState.CANCELLED, "The inspection of " + host + " was cancelled",
                        started);
            }
            default -> {
                // read what came
            }
        }
        if (!GatherOutputParser.started(r.stdout(), nonce)) {
            if (r.outcome() == CommandResult.Outcome.CONNECTION_LOST) {
                return HostReport.failed(host, HostState.UNREACHABLE, "The connection to " + host
                        + " dropped during the inspection", started);
            }
            SudoProblem sudo = Privilege.isRoot(user) ? null : SudoProblem.detect(r);
            if (sudo == SudoProblem.PASSWORD_REQUIRED && sudoPassword == null) {
                Optional<char[]> pw = interaction.sudoPassword(host, user);
                if (pw.isPresent()) {
                    return run(target, user, pw.get(), cancel, started);
                }
            }
            if (sudo != null) {
                return HostReport.failed(host, sudo == SudoProblem.PASSWORD_REQUIRED
                        ? HostState.SUDO_PASSWORD_REQUIRED : HostState.SUDO_DENIED, sudo.message(user, host),
                        started);
            }
            return HostReport.failed(host, HostState.BAD_OUTPUT, "The inspection script did not start on " + host
                    + " (exit " + r.exitCode() + "): " + HostReportBuilder.oneLine(r.stderrText(), "no message"),
                    started);
        }
        GatheredHost g;
        try {
            g = GatherOutputParser.parse(r.stdout(), nonce);
        } catch (GatherFormatException e) {
            return HostReport.failed(host, HostState.BAD_OUTPUT, "The inspection output from " + host
                    + " is malformed: " + e.getMessage(), started);
        }
        return HostReportBuilder.build(host, g, started, false);
    }

    static HostState stateOf(SshException.Kind kind) {
        return switch (kind) {
            case CONFIG -> HostState.CONFIG_ERROR;
            case UNREACHABLE, CONNECTION_LOST -> HostState.UNREACHABLE;
            case TIMEOUT -> HostState.TIMEOUT;
            case HOST_KEY_CHANGED, HOST_KEY_REVOKED -> HostState.HOST_KEY_CHANGED;
            case HOST_KEY_UNKNOWN -> HostState.HOST_KEY_UNKNOWN;
            case AUTH_FAILED -> HostState.AUTH_FAILED;
            case CANCELLED -> HostState.CANCELLED;
        };
    }
}
