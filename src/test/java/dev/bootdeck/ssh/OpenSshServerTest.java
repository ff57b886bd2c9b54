package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.ssh.testserver.OpenSshServer;
import dev.bootdeck.ssh.testserver.SshTestBed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSH layer against Debian's real OpenSSH server on loopback (see {@link OpenSshServer}): host keys that fail
 * closed, authentication with files, encrypted keys and the agent, sudo, ProxyJump, timeouts, cancellation and the
 * session pool.
 */
class OpenSshServerTest {
    static FakeRoot root;
    static OpenSshServer server;
    static SshTestBed bed;
    static Path encryptedKey;
    static Path agentKey;
    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer(@TempDir Path dir) throws Exception {
        FakeRoot.assumeSshdInstalled();
        root = FakeRoot.create("ssh");
        bed = SshTestBed.create(dir);
        encryptedKey = SshTestBed.newKey(dir.resolve("encrypted_key"), PASSPHRASE);
        agentKey = SshTestBed.newKey(dir.resolve("agent_key"), "");
        server = OpenSshServer.start(root, "127.0.0.1", "ed25519", List.of(bed.publicKey(),
                SshTestBed.publicKey(encryptedKey), SshTestBed.publicKey(agentKey)), null);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void cleanClientFiles() throws Exception {
        Files.deleteIfExists(bed.knownHosts());
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", null));
    }

    private SshClient client(UserInteraction ui) {
        return new SshClient(new SshSettings(bed.env(), ui, false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private static String run(SshConnection c, RemoteCommand cmd) throws SshException {
        CommandResult r = c.exec(cmd, ExecOptions.withTimeout(Duration.ofSeconds(20)));
        assertThat(r.outcome()).as(r.stderrText()).isEqualTo(CommandResult.Outcome.EXITED);
        return r.stdoutText().strip();
    }

    private String knownHostsName() {
        return "[127.0.0.1]:" + server.port();
    }

    private String serverFingerprint() throws Exception {
        return HostKeyFingerprint.sha256(Base64.getDecoder().decode(server.hostPublicKey().split(" ")[1]));
    }

    @Test
    void rootRunsCommandsDirectly() throws Exception {
        bed.trust(server);
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(HostTarget.parse("fake"),
                Cancellation.none())) {
            assertThat(conn.user()).isEqualTo("root");
            assertThat(conn.keepAliveInterval()).isEqualTo(Duration.ofSeconds(30));
            assertThat(run(conn, Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"), null))).isEqualTo("0");
            assertThat(run(conn, RemoteCommand.of("printf", "%s|", "a b", "$(id)", "'q'"))).isEqualTo("a b|$(id)|'q'|");
        }
    }

    @Test
    void unknownHostKeyIsRefusedWithoutConsentAndNothingIsWritten() throws Exception {
        try (SshClient c = client(UserInteraction.NONE)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SshException.Kind.HOST_KEY_UNKNOWN);
                        assertThat(e.getMessage()).contains(knownHostsName()).contains("ssh-ed25519");
                    }).hasMessageContaining(serverFingerprint());
        }
        assertThat(bed.knownHosts()).doesNotExist();
    }

    @Test
    void unknownHostKeyAcceptedByTheUserIsWrittenAndTrustedNextTime() throws Exception {
        List<UnknownHostKey> asked = new CopyOnWriteArrayList<>();
        UserInteraction yes = new UserInteraction() {
            @Override
            public boolean acceptUnknownHostKey(UnknownHostKey key) {
                asked.add(key);
                return true;
            }
        };
        try (SshClient c = client(yes); SshConnection conn = c.connect(HostTarget.parse("fake"),
                Cancellation.none())) {
            assertThat(run(conn, RemoteCommand.of("echo", "ok"))).isEqualTo("ok");
        }
        assertThat(asked).singleElement().satisfies(k -> {
            assertThat(k.fingerprint()).isEqualTo(serverFingerprint());
            assertThat(k.keyType()).isEqualTo("ssh-ed25519");
            assertThat(k.knownHostsName()).isEqualTo(knownHostsName());
            assertThat(k.describe()).contains(serverFingerprint());
        });
        assertThat(Files.readString(bed.knownHosts())).startsWith(knownHostsName() + " ssh-ed25519 ");
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(HostTarget.parse("fake"),
                Cancellation.none())) {
            assertThat(run(conn, RemoteCommand.of("echo", "again"))).isEqualTo("again");
        }
    }

    @Test
    void parallelConnectionsToANewHostAskOnceAndWriteOneLine() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        UserInteraction slowYes = new UserInteraction() {
            @Override
            public boolean acceptUnknownHostKey(UnknownHostKey key) {
                asked.incrementAndGet();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
        try (SshClient c = client(slowYes)) {
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread t = new Thread(() -> {
                    try {
                        c.connect(HostTarget.parse("fake"), Cancellation.none()).close();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).isEmpty();
        }
        assertThat(asked).hasValue(1);
        assertThat(Files.readAllLines(bed.knownHosts())).hasSize(1);
    }

    @Test
    void acceptNewFlagAndConfigAcceptWithoutAsking() throws Exception {
        try (SshClient c = new SshClient(new SshSettings(bed.env(), UserInteraction.NONE, true,
                Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
            c.connect(HostTarget.parse("fake"), Cancellation.none()).close();
        }
        assertThat(Files.readString(bed.knownHosts())).contains("ssh-ed25519");
        Files.delete(bed.knownHosts());
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root",
                "  StrictHostKeyChecking accept-new\n  HashKnownHosts yes\n"));
        try (SshClient c = client(UserInteraction.NONE)) {
            c.connect(HostTarget.parse("fake"), Cancellation.none()).close();
        }
        String written = Files.readString(bed.knownHosts());
        assertThat(written).startsWith("|1|").doesNotContain("127.0.0.1");
        try (SshClient c = client(UserInteraction.NONE)) {
            c.connect(HostTarget.parse("fake"), Cancellation.none()).close(); // hashed entry matched
        }
    }

    @Test
    void strictYesRefusesEvenAnAcceptingUser() throws Exception {
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  StrictHostKeyChecking yes\n"));
        UserInteraction yes = new UserInteraction() {
            @Override
            public boolean acceptUnknownHostKey(UnknownHostKey key) {
                return true;
            }
        };
        try (SshClient c = client(yes)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                    .hasMessageContaining("StrictHostKeyChecking yes");
        }
    }

    @Test
    void changedHostKeyIsRefusedWhateverConfigFlagOrUserSay() throws Exception {
        Path other = SshTestBed.newKey(tmp.resolve("other_host_key"), "");
        String otherPub = SshTestBed.publicKey(other);
        String[] parts = otherPub.split(" ");
        bed.trust(knownHostsName() + " " + parts[0] + " " + parts[1]);
        String before = Files.readString(bed.knownHosts());
        String expectedFp = HostKeyFingerprint.sha256(Base64.getDecoder().decode(parts[1]));
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  StrictHostKeyChecking no\n"));
        UserInteraction yesToAll = new UserInteraction() {
            @Override
            public boolean acceptUnknownHostKey(UnknownHostKey key) {
                return true;
            }
        };
        try (SshClient c = new SshClient(new SshSettings(bed.env(), yesToAll, true, Duration.ofSeconds(5),
                Duration.ofSeconds(30)))) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SshException.Kind.HOST_KEY_CHANGED);
                        assertThat(e.getMessage()).contains(knownHostsName()).contains("ssh-ed25519")
                                .contains(expectedFp).contains(bed.knownHosts() + ":1");
                    }).hasMessageContaining(serverFingerprint());
        }
        assertThat(Files.readString(bed.knownHosts())).isEqualTo(before);
    }

    @Test
    void hashedKnownHostsEntryWrittenBySshKeygenIsMatched() throws Exception {
        bed.trust(server);
        FakeRootRun.run("ssh-keygen", "-q", "-H", "-f", bed.knownHosts().toString());
        assertThat(Files.readString(bed.knownHosts())).startsWith("|1|");
        try (SshClient c = client(UserInteraction.NONE)) {
            c.connect(HostTarget.parse("fake"), Cancellation.none()).close();
        }
    }

    @Test
    void nonRootUsesSudoWithoutPassword() throws Exception {
        bed.trust(server);
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(
                HostTarget.parse(FakeRoot.SUDO_USER + "@fake"), Cancellation.none())) {
            assertThat(run(conn, RemoteCommand.of("id", "-un"))).isEqualTo(FakeRoot.SUDO_USER);
            RemoteCommand asRoot = Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"), null);
            assertThat(asRoot.commandLine()).startsWith("sudo -n --");
            assertThat(run(conn, asRoot)).isEqualTo("0");
        }
    }

    @Test
    void sudoNeedingAPasswordIsRecognisedAndThePasswordWorksOnStdinOnly() throws Exception {
        bed.trust(server);
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(
                HostTarget.parse(FakeRoot.SUDO_PASSWORD_USER + "@fake"), Cancellation.none())) {
            CommandResult r = conn.exec(Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"), null),
                    ExecOptions.withTimeout(Duration.ofSeconds(20)));
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(SudoProblem.detect(r)).isEqualTo(SudoProblem.PASSWORD_REQUIRED);
            assertThat(SudoProblem.PASSWORD_REQUIRED.message(conn.user(), "fake")).contains("needs a password");

            RemoteCommand withPw = Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"),
                    FakeRoot.SUDO_PASSWORD.toCharArray());
            assertThat(withPw.commandLine()).doesNotContain(FakeRoot.SUDO_PASSWORD);
            assertThat(run(conn, withPw)).isEqualTo("0");

            CommandResult wrong = conn.exec(Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"),
                    "not-the-password".toCharArray()), ExecOptions.withTimeout(Duration.ofSeconds(20)));
            assertThat(SudoProblem.detect(wrong)).as(wrong.stderrText()).isEqualTo(SudoProblem.WRONG_PASSWORD);
        }
        assertThat(server.log()).doesNotContain(FakeRoot.SUDO_PASSWORD);
    }

    @Test
    void userWithoutSudoRightsIsRecognised() throws Exception {
        bed.trust(server);
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(
                HostTarget.parse(FakeRoot.NO_SUDO_USER + "@fake"), Cancellation.none())) {
            CommandResult r = conn.exec(Privilege.asRoot(conn.user(), RemoteCommand.of("id", "-u"), null),
                    ExecOptions.withTimeout(Duration.ofSeconds(20)));
            assertThat(SudoProblem.detect(r)).as(r.stderrText()).isIn(SudoProblem.PASSWORD_REQUIRED,
                    SudoProblem.NOT_ALLOWED);
        }
    }

    @Test
    void encryptedKeyAsksForThePassphraseUntilRight() throws Exception {
        bed.trust(server);
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  IdentityFile " + encryptedKey
                + "\n  IdentitiesOnly yes\n"));
        List<Path> askedFor = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        UserInteraction ui = new UserInteraction() {
            @Override
            public Optional<char[]> passphrase(String host, Path keyFile) {
                askedFor.add(keyFile);
                return Optional.of((attempts.incrementAndGet() == 1 ? "wrong" : PASSPHRASE).toCharArray());
            }
        };
        try (SshClient c = client(ui); SshConnection conn = c.connect(HostTarget.parse("fake"), Cancellation.none())) {
            assertThat(run(conn, RemoteCommand.of("echo", "in"))).isEqualTo("in");
            // a second connection reuses the decrypted key: no new question
            c.connect(HostTarget.parse("fake"), Cancellation.none()).close();
        }
        assertThat(attempts).hasValue(2);
        assertThat(askedFor).containsOnly(encryptedKey);
    }

    @Test
    void encryptedKeyWithoutPassphraseFailsAuthentication() throws Exception {
        bed.trust(server);
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  IdentityFile " + encryptedKey
                + "\n  IdentitiesOnly yes\n"));
        try (SshClient c = client(UserInteraction.NONE)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class,
                            e -> assertThat(e.kind()).isEqualTo(SshException.Kind.AUTH_FAILED));
        }
    }

    @Test
    void agentKeysAreUsed() throws Exception {
        bed.trust(server);
        Path sock = tmp.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true)
                .start();
        try {
            for (int i = 0; i < 100 && !Files.exists(sock); i++) {
                Thread.sleep(20);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", agentKey.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", sock.toString());
            Process p = add.start();
            assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
            // no key file at all: only the agent can authenticate
            bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  IdentityFile " + tmp.resolve("none")
                    + "\n"));
            try (SshClient c = new SshClient(new SshSettings(bed.env().withAgentSocket(sock), UserInteraction.NONE,
                    false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
                    SshConnection conn = c.connect(HostTarget.parse("fake"), Cancellation.none())) {
                assertThat(run(conn, RemoteCommand.of("echo", "agent"))).isEqualTo("agent");
            }
            // IdentitiesOnly keeps agent keys that match no configured file out
            bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  IdentityFile " + tmp.resolve("none")
                    + "\n  IdentitiesOnly yes\n"));
            try (SshClient c = new SshClient(new SshSettings(bed.env().withAgentSocket(sock), UserInteraction.NONE,
                    false, Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
                assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                        .hasMessageContaining("Authentication failed");
            }
        } finally {
            agent.destroy();
        }
    }

    @Test
    void wrongKeyFailsAuthenticationWithAClearMessage() throws Exception {
        bed.trust(server);
        Path stranger = SshTestBed.newKey(tmp.resolve("stranger"), "");
        bed.writeConfig(SshTestBed.hostBlock("fake", server, "root", "  IdentityFile " + stranger
                + "\n  IdentitiesOnly yes\n"));
        try (SshClient c = client(UserInteraction.NONE)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("fake"), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SshException.Kind.AUTH_FAILED);
                        assertThat(e.getMessage()).contains("root@127.0.0.1:" + server.port()).contains(
                                stranger.toString());
                    });
        }
    }

    @Test
    void deadHostTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // never says a word
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            bed.writeConfig("Host dead\n  HostName 127.0.0.1\n  Port " + silent.getLocalPort()
                    + "\n  ConnectTimeout 2\n");
            long start = System.nanoTime();
            try (SshClient c = client(UserInteraction.NONE)) {
                assertThatThrownBy(() -> c.connect(HostTarget.parse("dead"), Cancellation.none()))
                        .isInstanceOfSatisfying(SshException.class,
                                e -> assertThat(e.kind()).isEqualTo(SshException.Kind.TIMEOUT))
                        .hasMessageContaining("timed out");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void refusedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (SshClient c = client(UserInteraction.NONE)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("127.0.0.1:" + port), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class,
                            e -> assertThat(e.kind()).isEqualTo(SshException.Kind.UNREACHABLE))
                    .hasMessageContaining("refused");
        }
    }

    @Test
    void commandsTimeOutAndCanBeCancelledFromAnotherThread() throws Exception {
        bed.trust(server);
        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(HostTarget.parse("fake"),
                Cancellation.none())) {
            CommandResult slow = conn.exec(RemoteCommand.of("sh", "-c", "echo started; sleep 30"),
                    ExecOptions.withTimeout(Duration.ofSeconds(1)));
            assertThat(slow.outcome()).isEqualTo(CommandResult.Outcome.TIMED_OUT);
            assertThat(slow.stdoutText()).isEqualTo("started\n");
            assertThat(slow.elapsed()).isLessThan(Duration.ofSeconds(10));

            Cancellation cancel = new Cancellation();
            other.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
            CommandResult cancelled = conn.exec(RemoteCommand.of("sleep", "30"),
                    ExecOptions.withTimeout(Duration.ofSeconds(60)).cancelledBy(cancel));
            assertThat(cancelled.outcome()).isEqualTo(CommandResult.Outcome.CANCELLED);
            assertThat(cancelled.elapsed()).isLessThan(Duration.ofSeconds(10));
            // the connection is still usable afterwards
            assertThat(run(conn, RemoteCommand.of("echo", "alive"))).isEqualTo("alive");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void stdinExitCodesStderrAndLargeOutput() throws Exception {
        bed.trust(server);
        try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(HostTarget.parse("fake"),
                Cancellation.none())) {
            byte[] input = "line one\nline two\n".getBytes(StandardCharsets.UTF_8);
            CommandResult cat = conn.exec(RemoteCommand.builder("cat").arg("cat").stdin(input).build(),
                    ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(cat.stdout()).isEqualTo(input);
            CommandResult fail = conn.exec(RemoteCommand.of("sh", "-c", "echo oops >&2; exit 7"),
                    ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(fail.exitCode()).isEqualTo(7);
            assertThat(fail.stderrText()).isEqualTo("oops\n");
            CommandResult big = conn.exec(RemoteCommand.of("head", "-c", "5000000", "/dev/zero"),
                    ExecOptions.withTimeout(Duration.ofSeconds(30)));
            assertThat(big.stdout()).hasSize(5_000_000);
            CommandResult capped = conn.exec(RemoteCommand.of("head", "-c", "100000", "/dev/zero"),
                    ExecOptions.withTimeout(Duration.ofSeconds(30)).keepingAtMost(1000));
            assertThat(capped.stdout()).hasSize(1000);
            assertThat(capped.outputCapped()).isTrue();
            CommandResult missing = conn.exec(RemoteCommand.of("no-such-command-here"),
                    ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(missing.exitCode()).isEqualTo(127);
        }
    }

    @Test
    void poolReusesOneConnectionAndReconnectsAfterLoss() throws Exception {
        bed.trust(server);
        HostTarget t = HostTarget.parse("fake");
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            SshConnection first = pool.connection(t, Cancellation.none());
            for (int i = 0; i < 3; i++) {
                assertThat(pool.exec(t, RemoteCommand.of("echo", "x"), ExecOptions.withTimeout(Duration.ofSeconds(
                        10))).stdoutText()).isEqualTo("x\n");
            }
            assertThat(pool.connection(t, Cancellation.none())).isSameAs(first);
            assertThat(pool.openConnections()).isEqualTo(1);
            first.close(); // the connection is lost
            assertThat(pool.exec(t, RemoteCommand.of("echo", "y"), ExecOptions.withTimeout(Duration.ofSeconds(10)))
                    .stdoutText()).isEqualTo("y\n");
            assertThat(pool.connection(t, Cancellation.none())).isNotSameAs(first);
        }
    }

    @Test
    void poolClosesIdleConnections() throws Exception {
        bed.trust(server);
        HostTarget t = HostTarget.parse("fake");
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMillis(500))) {
            pool.exec(t, RemoteCommand.of("true"), ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(pool.openConnections()).isEqualTo(1);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (pool.openConnections() > 0 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(pool.openConnections()).isZero();
        }
    }

    @Test
    void proxyJumpThroughASecondSshd() throws Exception {
        assertThatThrownBy(() -> InetAddress.getByName("bootc-behind-jump.invalid"))
                .isInstanceOf(UnknownHostException.class);
        FakeRoot jumpRoot = FakeRoot.create("jump");
        jumpRoot.addHosts("127.0.0.1 bootc-behind-jump.invalid jump-self.invalid");
        try (OpenSshServer jump = OpenSshServer.start(jumpRoot, "127.0.0.1", "ecdsa", List.of(bed.publicKey()),
                null)) {
            bed.trust(jump);
            bed.trust(server.knownHostsLine("[bootc-behind-jump.invalid]:" + server.port()));
            bed.writeConfig("Host target\n  HostName bootc-behind-jump.invalid\n  Port " + server.port()
                    + "\n  ProxyJump jumper\n  User root\n"
                    + SshTestBed.hostBlock("jumper", jump, "root", null));
            try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(
                    HostTarget.parse("target"), Cancellation.none())) {
                assertThat(run(conn, RemoteCommand.of("echo", "behind"))).isEqualTo("behind");
            }
            // a chain of two hops (the jump host reached through itself) works the same way
            bed.writeConfig("Host target\n  HostName bootc-behind-jump.invalid\n  Port " + server.port()
                    + "\n  ProxyJump jumper,jumper2\n  User root\n"
                    + SshTestBed.hostBlock("jumper", jump, "root", null)
                    + "Host jumper2\n  HostName jump-self.invalid\n  Port " + jump.port() + "\n  User root\n"
                    + "  ServerAliveInterval 7\n");
            bed.trust(jump.knownHostsLine("[jump-self.invalid]:" + jump.port()));
            try (SshClient c = client(UserInteraction.NONE); SshConnection conn = c.connect(
                    HostTarget.parse("target"), Cancellation.none())) {
                assertThat(run(conn, RemoteCommand.of("echo", "two hops"))).isEqualTo("two hops");
            }
            // the target's key is checked under the target's name: an unknown one there is refused
            bed.writeConfig("Host target\n  HostName bootc-behind-jump.invalid\n  Port " + server.port()
                    + "\n  ProxyJump jumper\n  User root\n" + SshTestBed.hostBlock("jumper", jump, "root", null));
            Files.deleteIfExists(bed.knownHosts());
            bed.trust(jump);
            try (SshClient c = client(UserInteraction.NONE)) {
                assertThatThrownBy(() -> c.connect(HostTarget.parse("target"), Cancellation.none()))
                        .hasMessageContaining("[bootc-behind-jump.invalid]:" + server.port());
            }
        }
    }

    @Test
    void ipv6LiteralInBrackets() throws Exception {
        FakeRoot v6root = FakeRoot.create("ssh6");
        try (OpenSshServer v6 = OpenSshServer.start(v6root, "::1", "ed25519", List.of(bed.publicKey()), null);
                SshClient c = new SshClient(new SshSettings(bed.env(), UserInteraction.NONE, true,
                        Duration.ofSeconds(5), Duration.ofSeconds(30)));
                SshConnection conn = c.connect(HostTarget.parse("root@[::1]:" + v6.port()), Cancellation.none())) {
            assertThat(run(conn, RemoteCommand.of("echo", "v6"))).isEqualTo("v6");
            assertThat(Files.readString(bed.knownHosts())).startsWith("[::1]:" + v6.port() + " ssh-ed25519 ");
        }
    }

    @Test
    void proxyCommandIsRefusedClearly() throws Exception {
        bed.writeConfig("Host pc\n  ProxyCommand nc %h %p\n");
        try (SshClient c = client(UserInteraction.NONE)) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("pc"), Cancellation.none()))
                    .hasMessageContaining("ProxyCommand").hasMessageContaining("ProxyJump");
        }
    }

    /** Small helper to run a local tool. */
    static final class FakeRootRun {
        static void run(String... cmd) throws Exception {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
        }
    }
}
