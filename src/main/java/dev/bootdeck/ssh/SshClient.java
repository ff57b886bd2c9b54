package dev.bootdeck.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens SSH connections the way OpenSSH would for the same host: ssh_config applied by {@link SshConfigResolver},
 * ProxyJump chains, agent keys and key files (encrypted ones through the passphrase callback), host keys checked by
 * {@link HostKeyVerifier}, keep-alive. Every failure becomes an {@link SshException} whose message names the host and
 * says what to do. Thread-safe; one client serves the whole application.
 */
public final class SshClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshClient.class);
    private static final int MAX_JUMPS = 8;
    /** Handshake time allowed beyond ConnectTimeout (key exchange and authentication, prompts excluded). */
    private static final Duration HANDSHAKE_MARGIN = Duration.ofSeconds(10);

    private final SshSettings settings;
    private final JSch jsch = new JSch();
    private final SshConfigResolver resolver;
    private final Map<Path, CachedKey> keys = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bootdeck-ssh-watchdog");
        t.setDaemon(true);
        return t;
    });

    private record CachedKey(long modified, KeyFileIdentity identity) {
    }

    public SshClient(SshSettings settings) {
        this.settings = settings;
        this.resolver = new SshConfigResolver(settings.environment());
        jsch.setInstanceLogger(new JschLogBridge());
    }

    public SshSettings settings() {
        return settings;
    }

    /** The settings ssh_config gives {@code target} (what {@code ssh -G} would show), without connecting. */
    public ResolvedHostConfig resolve(HostTarget target) throws SshException {
        return resolver.resolve(target);
    }

    /** Connects and authenticates; {@code cancel} aborts the attempt from another thread. */
    public SshConnection connect(HostTarget target, Cancellation cancel) throws SshException {
        ResolvedHostConfig cfg = resolver.resolve(target);
        return connect(target.toString(), cfg, cancel, 0);
    }

    private SshConnection connect(String display, ResolvedHostConfig cfg, Cancellation cancel, int depth)
            throws SshException {
        if (cfg.proxyCommand() != null) {
            throw new SshException(SshException.Kind.CONFIG, display, "ssh_config sets ProxyCommand for " + display
                    + " (" + cfg.proxyCommand() + "); bootdeck does not run local commands to connect. Use ProxyJump"
                    + " instead.");
        }
        SshConnection via = null;
        if (!cfg.proxyJump().isEmpty()) {
            if (depth >= MAX_JUMPS) {
                throw new SshException(SshException.Kind.CONFIG, display, "ProxyJump chain for " + display
                        + " is longer than " + MAX_JUMPS + " hops (a loop in ssh_config?)");
            }
            List<HostTarget> jumps = cfg.proxyJump();
            HostTarget last = jumps.get(jumps.size() - 1);
            List<HostTarget> before = jumps.subList(0, jumps.size() - 1);
            ResolvedHostConfig jumpCfg = resolver.resolve(last, before.isEmpty() ? null : List.copyOf(before));
            via = connect("jump host " + last + " (for " + display + ")", jumpCfg, cancel, depth + 1);
        }
        try {
            return new SshConnection(display, cfg, openSession(display, cfg, via, cancel), via);
        } catch (SshException e) {
            if (via != null) {
                via.close();
            }
            throw e;
        }
    }

    private Session openSession(String display, ResolvedHostConfig cfg, SshConnection via, Cancellation cancel)
            throws SshException {
        UserInteraction ui = cfg.batchMode() ? UserInteraction.NONE : settings.interaction();
        Session s;
        try {
            s = jsch.getSession(cfg.user(), cfg.hostName(), cfg.port());
        } catch (JSchException e) {
            throw new SshException(SshException.Kind.CONFIG, display, "Cannot set up a session for " + display + ": "
                    + e.getMessage(), e);
        }
        HostKeyVerifier verifier = new HostKeyVerifier(cfg, settings.acceptNewHostKeys(), ui, display);
        PromptBridge prompts = new PromptBridge(display, cfg.user(), ui);
        SessionIdentities ids = identities(display, cfg);
        s.setHostKeyRepository(verifier);
        if (cfg.hostKeyAlias() != null) {
            s.setHostKeyAlias(cfg.hostKeyAlias());
        }
        s.setConfig("StrictHostKeyChecking", "yes");
        s.setConfig("PreferredAuthentications",
                cfg.batchMode() ? "publickey" : "publickey,keyboard-interactive,password");
        s.setIdentityRepository(ids);
        s.setUserInfo(prompts);
        s.setDaemonThread(true);
        Duration timeout = cfg.connectTimeout() != null ? cfg.connectTimeout() : settings.connectTimeout();
        int keepAliveMs = cfg.serverAliveInterval() > 0 ? cfg.serverAliveInterval() * 1000
                : (int) settings.keepAliveInterval().toMillis();
        try {
            if (keepAliveMs > 0) {
                s.setServerAliveInterval(keepAliveMs);
                s.setServerAliveCountMax(Math.max(1, cfg.serverAliveCountMax()));
            }
        } catch (JSchException e) {
            LOG.debug("{}: keep-alive not set: {}", display, e.toString());
        }
        if (via != null) {
            s.setProxy(new JumpHostProxy(via.session()));
        }
        ConnectWatchdog dog = new ConnectWatchdog(s, timeout.plus(HANDSHAKE_MARGIN),
                () -> prompts.inPrompt() || verifier.inPrompt());
        LOG.debug("{}: connecting to {} ({}), timeout {} s", display, cfg.display(),
                via == null ? "direct" : "via " + via.displayHost(), timeout.toSeconds());
        try (AutoCloseable reg = cancel.onCancel(s::disconnect)) {
            dog.start();
            if (cancel.isCancelled()) {
                throw new JSchException("cancelled");
            }
            s.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            LOG.debug("{}: connected as {}", display, cfg.user());
            return s;
        } catch (Exception e) {
            s.disconnect();
            throw translate(e, display, cfg, verifier, ids, dog.fired(), cancel, timeout, via);
        } finally {
            dog.stop();
        }
    }

    private SshException translate(Exception e, String display, ResolvedHostConfig cfg, HostKeyVerifier verifier,
            SessionIdentities ids, boolean timedOut, Cancellation cancel, Duration timeout, SshConnection via) {
        String where = cfg.display() + (via == null ? "" : " via " + via.displayHost());
        if (cancel.isCancelled()) {
            return new SshException(SshException.Kind.CANCELLED, display, "Connecting to " + display
                    + " was cancelled", e);
        }
        if (verifier.refusal() != null) {
            return verifier.refusal();
        }
        if (timedOut) {
            return new SshException(SshException.Kind.TIMEOUT, display, "Connecting to " + display + " (" + where
                    + ") timed out after " + timeout.plus(HANDSHAKE_MARGIN).toSeconds()
                    + " s without completing the SSH handshake", e);
        }
        Throwable c = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (c instanceof UnknownHostException || m.contains("unknownhostexception")) {
            return new SshException(SshException.Kind.UNREACHABLE, display, "Cannot resolve host name '"
                    + cfg.hostName() + "' (for " + display + ")", e);
        }
        if (c instanceof ConnectException) {
            return new SshException(SshException.Kind.UNREACHABLE, display, "Connection to " + where
                    + " refused: is an SSH server listening there?", e);
        }
        if (c instanceof NoRouteToHostException) {
            return new SshException(SshException.Kind.UNREACHABLE, display, "No route to " + where, e);
        }
        if (c instanceof SocketTimeoutException || m.contains("timeout") || m.contains("timed out")) {
            return new SshException(SshException.Kind.TIMEOUT, display, "Connecting to " + display + " (" + where
                    + ") timed out after " + timeout.toSeconds() + " s", e);
        }
        if (e.getClass().getSimpleName().equals("JSchAuthCancelException") || m.contains("auth cancel")) {
            return new SshException(SshException.Kind.AUTH_FAILED, display, "Authentication to " + where
                    + " was cancelled (a passphrase or password was not given)", e);
        }
        if (m.contains("auth fail") || m.contains("userauth fail") || m.contains("too many authentication")) {
            return new SshException(SshException.Kind.AUTH_FAILED, display, "Authentication failed for "
                    + where + ": the server accepted none of the offered keys or passwords (" + ids.description()
                    + ")", e);
        }
        if (via != null && (m.contains("channel is not opened") || m.contains("channel") && m.contains("open"))) {
            return new SshException(SshException.Kind.UNREACHABLE, display, via.displayHost()
                    + " could not open a connection to " + cfg.hostName() + ":" + cfg.port(), e);
        }
        if (m.contains("closed by foreign host") || m.contains("connection reset") || m.contains("end of io")) {
            return new SshException(SshException.Kind.UNREACHABLE, display, "The server at " + where
                    + " closed the connection during the SSH handshake", e);
        }
        return new SshException(SshException.Kind.UNREACHABLE, display, "Cannot connect to " + display + " ("
                + where + "): " + e.getMessage(), e);
    }

    private SessionIdentities identities(String display, ResolvedHostConfig cfg) {
        List<Identity> agentIds = List.of();
        Path sock = cfg.identityAgent();
        if (sock != null && Files.exists(sock)) {
            try {
                AgentIdentityRepository agent = new AgentIdentityRepository(
                        new SSHAgentConnector(new UnixDomainSocketFactory(), sock));
                agentIds = new ArrayList<>(agent.getIdentities());
            } catch (Exception | LinkageError e) {
                LOG.warn("{}: ssh-agent at {} not usable: {}", display, sock, e.toString());
            }
        }
        List<KeyFileIdentity> files = new ArrayList<>();
        for (Path p : cfg.identityFiles()) {
            KeyFileIdentity id = keyFile(display, p, cfg.identityFilesExplicit());
            if (id != null) {
                files.add(id);
            }
        }
        List<Identity> ordered = new ArrayList<>();
        List<Identity> otherAgent = new ArrayList<>();
        for (Identity a : agentIds) {
            boolean matchesFile = files.stream().anyMatch(f -> Arrays.equals(f.getPublicKeyBlob(),
                    a.getPublicKeyBlob()));
            if (matchesFile) {
                ordered.add(a);
            } else if (!cfg.identitiesOnly()) {
                otherAgent.add(a);
            }
        }
        ordered.addAll(otherAgent);
        List<KeyFileIdentity> plain = new ArrayList<>();
        List<KeyFileIdentity> encrypted = new ArrayList<>();
        for (KeyFileIdentity f : files) {
            boolean inAgent = agentIds.stream().anyMatch(a -> f.getPublicKeyBlob() != null
                    && Arrays.equals(f.getPublicKeyBlob(), a.getPublicKeyBlob()));
            if (!inAgent) {
                (f.isEncrypted() ? encrypted : plain).add(f);
            }
        }
        // Encrypted keys last: declining a passphrase ends public-key authentication in JSch.
        ordered.addAll(plain);
        ordered.addAll(encrypted);
        String description = "agent: " + (sock == null ? "none" : agentIds.size() + " key(s)")
                + (cfg.identitiesOnly() ? " (IdentitiesOnly)" : "") + "; key files: "
                + (files.isEmpty() ? "none found" : String.join(", ", files.stream()
                        .map(f -> f.file().toString()).toList()));
        return new SessionIdentities(ordered, description);
    }

    private KeyFileIdentity keyFile(String display, Path p, boolean explicit) {
        try {
            if (!Files.isRegularFile(p)) {
                if (explicit) {
                    LOG.warn("{}: IdentityFile {} does not exist", display, p);
                }
                return null;
            }
            long modified = Files.getLastModifiedTime(p).toMillis();
            CachedKey cached = keys.get(p);
            if (cached != null && cached.modified() == modified) {
                return cached.identity();
            }
            KeyFileIdentity id = KeyFileIdentity.load(jsch, p);
            if (id != null) {
                keys.put(p, new CachedKey(modified, id));
            }
            return id;
        } catch (Exception e) {
            LOG.warn("{}: key file {} not usable: {}", display, p, e.getMessage());
            return null;
        }
    }

    /** Forgets decrypted keys held in memory. */
    public void forgetKeys() {
        keys.values().forEach(k -> k.identity().clear());
        keys.clear();
    }

    @Override
    public void close() {
        forgetKeys();
        watchdogs.shutdownNow();
    }

    /**
     * Disconnects a session still handshaking after its budget, not counting time spent waiting for the user. JSch
     * bounds TCP connect and banner only on direct sockets; through a jump host nothing else would.
     */
    private final class ConnectWatchdog {
        private final Session session;
        private final long budgetMs;
        private final java.util.function.BooleanSupplier paused;
        private long used;
        private long last;
        private volatile boolean fired;
        private ScheduledFuture<?> task;

        ConnectWatchdog(Session session, Duration budget, java.util.function.BooleanSupplier paused) {
            this.session = session;
            this.budgetMs = budget.toMillis();
            this.paused = paused;
        }

        void start() {
            last = System.nanoTime();
            task = watchdogs.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        }

        private void tick() {
            long now = System.nanoTime();
            long delta = (now - last) / 1_000_000;
            last = now;
            if (!paused.getAsBoolean()) {
                used += delta;
            }
            if (used > budgetMs && !fired) {
                fired = true;
                session.disconnect();
            }
        }

        boolean fired() {
            return fired;
        }

        void stop() {
            if (task != null) {
                task.cancel(false);
            }
        }
    }
}
