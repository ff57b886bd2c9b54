package dev.bootdeck.app;

import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.remote.HostInspector;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ssh.SshClient;
import dev.bootdeck.ssh.SshConfigHosts;
import dev.bootdeck.ssh.SshEnvironment;
import dev.bootdeck.ssh.SshSessionPool;
import dev.bootdeck.ssh.SshSettings;
import dev.bootdeck.ui.dialogs.DialogService;
import dev.bootdeck.ui.hosts.DialogUserInteraction;
import dev.bootdeck.ui.hosts.HostInspection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's link to real hosts: one SSH client and session pool for the whole run (sessions are reused between
 * refreshes and closed when idle), the inspector behind each refresh, and the demo host's recorded outputs.
 */
final class RemoteServices implements AutoCloseable {
    private static final Duration IDLE = Duration.ofMinutes(10);
    private final SshEnvironment env;
    private final SshSessionPool pool;
    private final DialogService dialogs;
    private final Clock clock;

    RemoteServices(DialogService dialogs, Clock clock) {
        this(SshEnvironment.fromSystem(), dialogs, clock);
    }

    /** With another SSH environment (home, ssh_config, known_hosts, agent): tests use a private one. */
    RemoteServices(SshEnvironment env, DialogService dialogs, Clock clock) {
        this.env = env;
        this.dialogs = dialogs;
        this.clock = clock;
        SshSettings settings = SshSettings.defaults().withEnvironment(env)
                .withInteraction(new DialogUserInteraction(dialogs, dev.bootdeck.settings.SudoMode.AUTO));
        this.pool = new SshSessionPool(new SshClient(settings), IDLE);
    }

    HostInspection inspection() {
        return (entry, cancel) -> new HostInspector(pool, new DialogUserInteraction(dialogs, entry.sudo()))
                .inspect(entry.target(), cancel);
    }

    HostInspection demo() {
        return (entry, cancel) -> DemoHost.report(clock.instant());
    }

    Supplier<List<String>> sshConfigAliases() {
        return () -> {
            try {
                return SshConfigHosts.aliases(env);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading " + env.userConfig() + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public void close() {
        pool.close();
    }

    static SettingsStore settingsStore() {
        return SettingsStore.forEnvironment(System.getenv(), System.getProperty("user.home"));
    }
}
