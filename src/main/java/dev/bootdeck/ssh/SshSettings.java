package dev.bootdeck.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link SshClient} behaves beyond what ssh_config says.
 *
 * @param environment        local files and agent
 * @param interaction        who answers questions (passphrases, unknown host keys, passwords)
 * @param acceptNewHostKeys  accept (and remember) keys of hosts not in known_hosts without asking, like
 *                           {@code StrictHostKeyChecking accept-new}; a CHANGED key is refused regardless
 * @param connectTimeout     used when ssh_config has no {@code ConnectTimeout}
 * @param keepAliveInterval  keep-alive probes on idle sessions when ssh_config has no {@code ServerAliveInterval}
 */
public record SshSettings(SshEnvironment environment, UserInteraction interaction, boolean acceptNewHostKeys,
        Duration connectTimeout, Duration keepAliveInterval) {
    public SshSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
    }

    /** The machine's own ssh setup, asking nobody, 15 s connect timeout, 30 s keep-alive. */
    public static SshSettings defaults() {
        return new SshSettings(SshEnvironment.fromSystem(), UserInteraction.NONE, false, Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    public SshSettings withEnvironment(SshEnvironment e) {
        return new SshSettings(e, interaction, acceptNewHostKeys, connectTimeout, keepAliveInterval);
    }

    public SshSettings withInteraction(UserInteraction i) {
        return new SshSettings(environment, i, acceptNewHostKeys, connectTimeout, keepAliveInterval);
    }

    public SshSettings acceptingNewHostKeys(boolean accept) {
        return new SshSettings(environment, interaction, accept, connectTimeout, keepAliveInterval);
    }
}
