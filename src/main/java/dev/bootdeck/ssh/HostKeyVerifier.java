package dev.bootdeck.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a host key is trusted, for one connection attempt, and fails closed. JSch runs with
 * {@code StrictHostKeyChecking=yes} and this repository answers its {@code check}: a key that known_hosts lists is
 * accepted; a key that differs from known_hosts (or is {@code @revoked}) is refused whatever ssh_config, flags or the
 * user say; an unknown key is accepted only by {@code StrictHostKeyChecking accept-new/no}, the caller's explicit
 * accept-new flag, or the user through {@link UserInteraction#acceptUnknownHostKey}, and is then appended to the
 * first user known_hosts file. JSch itself never writes known_hosts ({@link #add} and {@link #remove} do nothing).
 * After a refusal, {@link #refusal()} holds the full message (host, key type, both fingerprints).
 */
final class HostKeyVerifier implements HostKeyRepository {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyVerifier.class);

    /** One lock per known_hosts file: parallel connections to one new host ask and append once. */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> FILE_LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final ResolvedHostConfig config;
    private final boolean acceptNewFlag;
    private final UserInteraction interaction;
    private final String displayHost;
    private final KnownHosts known;
    private volatile SshException refusal;
    private volatile boolean inPrompt;

    HostKeyVerifier(ResolvedHostConfig config, boolean acceptNewFlag, UserInteraction interaction,
            String displayHost) {
        this.config = config;
        this.acceptNewFlag = acceptNewFlag;
        this.interaction = interaction;
        this.displayHost = displayHost;
        List<Path> files = new ArrayList<>(config.userKnownHostsFiles());
        files.addAll(config.globalKnownHostsFiles());
        this.known = KnownHosts.load(files);
        this.files = List.copyOf(files);
    }

    private final List<Path> files;

    /** The reason the last check refused the key, or null. */
    SshException refusal() {
        return refusal;
    }

    /** True while the user is being asked (a connect deadline should not run meanwhile). */
    boolean inPrompt() {
        return inPrompt;
    }

    @Override
    public int check(String host, byte[] key) {
        KnownHosts.Lookup l = known.check(host, key);
        if (l.status() != KnownHosts.Status.UNKNOWN) {
            return verdict(host, key, l);
        }
        Path target = config.userKnownHostsFiles().isEmpty() ? null : config.userKnownHostsFiles().get(0);
        Object lock = target == null ? this : FILE_LOCKS.computeIfAbsent(target.toAbsolutePath(), p -> new Object());
        synchronized (lock) {
            // another connection may have added the key meanwhile (perhaps after asking the user): read again
            KnownHosts.Lookup again = KnownHosts.load(files).check(host, key);
            if (again.status() != KnownHosts.Status.UNKNOWN) {
                return verdict(host, key, again);
            }
            return decideUnknown(host, key, HostKeyFingerprint.keyType(key), HostKeyFingerprint.sha256(key),
                    again.otherKnownTypes());
        }
    }

    private int verdict(String host, byte[] key, KnownHosts.Lookup l) {
        String type = HostKeyFingerprint.keyType(key);
        String fp = HostKeyFingerprint.sha256(key);
        switch (l.status()) {
            case KNOWN -> {
                LOG.debug("{}: host key {} {} matches known_hosts", displayHost, type, fp);
                return OK;
            }
            case REVOKED -> {
                refusal = new SshException(SshException.Kind.HOST_KEY_REVOKED, displayHost,
                        "Host key for " + host + " is REVOKED: the server offered " + type + " key " + fp
                                + ", which " + l.conflicting().get(0).location()
                                + " marks @revoked. bootdeck refuses to connect.");
                return CHANGED;
            }
            default -> {
                String expected = l.conflicting().stream()
                        .map(e -> HostKeyFingerprint.sha256(e.key()) + " (" + e.location() + ")")
                        .collect(Collectors.joining(", "));
                refusal = new SshException(SshException.Kind.HOST_KEY_CHANGED, displayHost,
                        "HOST KEY CHANGED for " + host + ": the server offered " + type + " key " + fp
                                + ", but known_hosts has " + type + " key " + expected
                                + ". Someone may be intercepting the connection (man-in-the-middle), or the host"
                                + " was reinstalled. bootdeck refuses to connect; if the change is expected,"
                                + " remove the old key (ssh-keygen -R '" + host + "') and connect again.");
                return CHANGED;
            }
        }
    }

    private int decideUnknown(String host, byte[] key, String type, String fp, List<String> otherTypes) {
        Path target = config.userKnownHostsFiles().isEmpty() ? null : config.userKnownHostsFiles().get(0);
        UnknownHostKey unknown = new UnknownHostKey(displayHost, host, type, fp, otherTypes, target);
        boolean silentAllowed = otherTypes.isEmpty()
                && (acceptNewFlag || config.strictHostKeyChecking().acceptsNewKeysSilently());
        String how;
        if (config.strictHostKeyChecking() == StrictHostKeyChecking.YES) {
            return refuseUnknown(unknown, "ssh_config sets StrictHostKeyChecking yes for this host");
        } else if (silentAllowed) {
            how = acceptNewFlag ? "accepted by the accept-new-host-keys option"
                    : "accepted by StrictHostKeyChecking " + config.strictHostKeyChecking().name().toLowerCase()
                            .replace('_', '-');
        } else if (config.batchMode()) {
            return refuseUnknown(unknown, "BatchMode is on, so nobody can be asked");
        } else {
            boolean yes;
            inPrompt = true;
            try {
                yes = interaction.acceptUnknownHostKey(unknown);
            } finally {
                inPrompt = false;
            }
            if (!yes) {
                return refuseUnknown(unknown, otherTypes.isEmpty() ? "not accepted"
                        : "not accepted (other key types are known for this host, so it is never accepted"
                                + " automatically)");
            }
            how = "accepted by the user";
        }
        if (target == null) {
            LOG.warn("{}: host key {} {} {} but UserKnownHostsFile is none: not remembered", displayHost, type, fp,
                    how);
            return OK;
        }
        try {
            KnownHosts.append(target, host, key, config.hashKnownHosts());
            LOG.info("{}: host key {} {} {}; added to {}", displayHost, type, fp, how, target);
            return OK;
        } catch (IOException e) {
            refusal = new SshException(SshException.Kind.HOST_KEY_UNKNOWN, displayHost,
                    "Host key for " + host + " (" + type + " " + fp + ") was " + how + " but cannot be written to "
                            + target + ": " + e.getMessage(), e);
            return NOT_INCLUDED;
        }
    }

    private int refuseUnknown(UnknownHostKey unknown, String why) {
        refusal = new SshException(SshException.Kind.HOST_KEY_UNKNOWN, displayHost,
                "Host key for " + unknown.knownHostsName() + " is not known: " + unknown.keyType()
                        + " key fingerprint " + unknown.fingerprint() + " (" + why + "). Check the fingerprint on"
                        + " the host (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub); then accept it, use"
                        + " --accept-new-host-keys, or set StrictHostKeyChecking accept-new in ssh_config."
                        + (unknown.otherKnownTypes().isEmpty() ? ""
                                : " Known key types for this host: " + String.join(", ",
                                        unknown.otherKnownTypes()) + "."));
        return NOT_INCLUDED;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        LOG.debug("JSch asked to add a host key for {}: ignored (bootdeck writes known_hosts itself)",
                hostkey.getHost());
    }

    @Override
    public void remove(String host, String type) {
        LOG.debug("JSch asked to remove host keys for {}: ignored", host);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        LOG.debug("JSch asked to remove a host key for {}: ignored", host);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return config.userKnownHostsFiles().isEmpty() ? "known_hosts"
                : config.userKnownHostsFiles().get(0).toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return new HostKey[0];
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        List<HostKey> out = new ArrayList<>();
        for (KnownHosts.Entry e : known.keysFor(host)) {
            if (type != null && !type.equals(e.keyType())) {
                continue;
            }
            try {
                out.add(new HostKey(host, e.key()));
            } catch (JSchException ex) {
                LOG.debug("{}: key type {} not usable by JSch", e.location(), e.keyType());
            }
        }
        return out.toArray(new HostKey[0]);
    }
}
