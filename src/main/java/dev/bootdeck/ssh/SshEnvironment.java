package dev.bootdeck.ssh;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The local facts OpenSSH's client reads from the machine: the home directory (for {@code ~} and {@code %d}), the
 * local user, the config files, the agent socket, the system-wide known_hosts files. Tests and the CLI's
 * {@code --ssh-config} build their own; {@link #fromSystem()} is what a normal run uses.
 *
 * @param home                  the local home directory
 * @param localUser             the local user name ({@code %u}, and the default remote user)
 * @param localHostName         this machine's host name ({@code %l})
 * @param userConfig            the user's ssh_config ({@code ~/.ssh/config}), or null for none
 * @param systemConfig          the system-wide ssh_config ({@code /etc/ssh/ssh_config}), or null for none
 * @param agentSocket           the ssh-agent socket ({@code SSH_AUTH_SOCK}), or null when no agent is running
 * @param systemKnownHostsFiles the default {@code GlobalKnownHostsFile} list
 */
public record SshEnvironment(Path home, String localUser, String localHostName, Path userConfig, Path systemConfig,
        Path agentSocket, List<Path> systemKnownHostsFiles) {
    public SshEnvironment {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(localUser, "localUser");
        Objects.requireNonNull(localHostName, "localHostName");
        systemKnownHostsFiles = List.copyOf(systemKnownHostsFiles);
    }

    /** The running user's environment: {@code ~/.ssh/config}, {@code /etc/ssh/ssh_config}, {@code SSH_AUTH_SOCK}. */
    public static SshEnvironment fromSystem() {
        Path home = Path.of(System.getProperty("user.home"));
        String sock = System.getenv("SSH_AUTH_SOCK");
        return new SshEnvironment(home, System.getProperty("user.name", "root"), systemHostName(),
                home.resolve(".ssh").resolve("config"), Path.of("/etc/ssh/ssh_config"),
                sock == null || sock.isBlank() ? null : Path.of(sock),
                List.of(Path.of("/etc/ssh/ssh_known_hosts"), Path.of("/etc/ssh/ssh_known_hosts2")));
    }

    /** Like {@code ssh -F FILE}: this file instead of {@code ~/.ssh/config}, and no system-wide config. */
    public SshEnvironment withConfigFile(Path file) {
        return new SshEnvironment(home, localUser, localHostName, file, null, agentSocket, systemKnownHostsFiles);
    }

    public SshEnvironment withAgentSocket(Path socket) {
        return new SshEnvironment(home, localUser, localHostName, userConfig, systemConfig, socket,
                systemKnownHostsFiles);
    }

    /** {@code ~/.ssh}, where relative Include paths and default keys live. */
    public Path sshDir() {
        return home.resolve(".ssh");
    }

    private static String systemHostName() {
        try {
            Path etcHostname = Path.of("/etc/hostname");
            String h = Files.isReadable(etcHostname) ? Files.readString(etcHostname).strip() : "";
            if (h.isEmpty()) {
                h = InetAddress.getLocalHost().getHostName();
            }
            int dot = h.indexOf('.');
            return dot > 0 ? h.substring(0, dot) : h;
        } catch (Exception e) {
            return "localhost";
        }
    }
}
