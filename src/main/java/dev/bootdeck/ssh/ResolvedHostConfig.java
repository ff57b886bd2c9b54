package dev.bootdeck.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything bootdeck needs to reach one host, after ssh_config was applied to what the user typed: the same values
 * {@code ssh -G HOST} would print for the directives bootdeck honours.
 *
 * @param alias                 the host as typed (the name {@code Host} patterns matched)
 * @param hostName              where to connect ({@code HostName}, else the alias)
 * @param port                  the port
 * @param user                  the remote user
 * @param identityFiles         key files to offer, in order ({@code IdentityFile}, else the default key files)
 * @param identityFilesExplicit true when IdentityFile came from the config (missing files are then worth a warning)
 * @param identitiesOnly        offer only the identity files, not every agent key
 * @param proxyJump             jump hosts in order (empty for a direct connection)
 * @param proxyCommand          a {@code ProxyCommand} bootdeck cannot honour, or null
 * @param connectTimeout        {@code ConnectTimeout}, or null for the caller's default
 * @param userKnownHostsFiles   known_hosts files of the user; new keys go to the first one
 * @param globalKnownHostsFiles system-wide known_hosts files (read only)
 * @param strictHostKeyChecking what to do with a key that is not known
 * @param serverAliveInterval   seconds between keep-alive probes, 0 for the caller's default
 * @param serverAliveCountMax   missed probes before the connection counts as lost
 * @param identityAgent         the agent socket to use, or null for none
 * @param hashKnownHosts        write new known_hosts entries hashed
 * @param batchMode             never prompt
 * @param hostKeyAlias          name to look up in known_hosts instead of the host name, or null
 */
public record ResolvedHostConfig(String alias, String hostName, int port, String user, List<Path> identityFiles,
        boolean identityFilesExplicit, boolean identitiesOnly, List<HostTarget> proxyJump, String proxyCommand,
        Duration connectTimeout, List<Path> userKnownHostsFiles, List<Path> globalKnownHostsFiles,
        StrictHostKeyChecking strictHostKeyChecking, int serverAliveInterval, int serverAliveCountMax,
        Path identityAgent, boolean hashKnownHosts, boolean batchMode, String hostKeyAlias) {
    public ResolvedHostConfig {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(user, "user");
        identityFiles = List.copyOf(identityFiles);
        proxyJump = List.copyOf(proxyJump);
        userKnownHostsFiles = List.copyOf(userKnownHostsFiles);
        globalKnownHostsFiles = List.copyOf(globalKnownHostsFiles);
        Objects.requireNonNull(strictHostKeyChecking, "strictHostKeyChecking");
    }

    /** The name known_hosts lists this host under: {@code host}, or {@code [host]:port} off port 22. */
    public String knownHostsName() {
        if (hostKeyAlias != null) {
            return hostKeyAlias;
        }
        return port == 22 ? hostName : "[" + hostName + "]:" + port;
    }

    /** {@code user@host:port} for messages. */
    public String display() {
        return user + "@" + (hostName.indexOf(':') >= 0 ? "[" + hostName + "]" : hostName) + ":" + port;
    }
}
