package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.remote.fakehost.FakeBootcHost;
import dev.bootdeck.ssh.Cancellation;
import dev.bootdeck.ssh.SshClient;
import dev.bootdeck.ssh.SshSessionPool;
import dev.bootdeck.ssh.SshSettings;
import dev.bootdeck.ssh.UserInteraction;
import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.ssh.testserver.OpenSshServer;
import dev.bootdeck.ssh.testserver.SshTestBed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh end to end against real OpenSSH servers serving bootc-shaped fake hosts: one exec channel per refresh,
 * root directly or through sudo, and every per-host state a front end shows.
 */
class RemoteInspectionTest {
    static final List<OpenSshServer> SERVERS = new ArrayList<>();
    static SshTestBed bed;
    static OpenSshServer demo;
    static OpenSshServer noBootc;
    static OpenSshServer truncating;
    static OpenSshServer hanging;
    static ServerSocket silent;
    static final List<Socket> SILENT_CONNECTIONS = new CopyOnWriteArrayList<>();
    static int refusedPort;
    static Path stranger;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        FakeRoot.assumeSshdInstalled();
        bed = SshTestBed.create(dir);
        stranger = SshTestBed.newKey(dir.resolve("stranger"), "");
        demo = serve(DemoFixture.host().build("demo"));
        noBootc = serve(FakeBootcHost.withFixture("spec-only-booted.json").withoutBootc().build("nobootc"));
        truncating = serve(FakeBootcHost.withFixture("spec-only-booted.json").mode("truncate").build("trunc"));
        hanging = serve(FakeBootcHost.withFixture("spec-only-booted.json").mode("hang").build("hang"));
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    SILENT_CONNECTIONS.add(silent.accept());
                }
            } catch (Exception e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = s.getLocalPort();
        }
    }

    static OpenSshServer serve(FakeRoot root) throws Exception {
        OpenSshServer s = OpenSshServer.start(root, "127.0.0.1", "ed25519", List.of(bed.publicKey()), null);
        SERVERS.add(s);
        return s;
    }

    @AfterAll
    static void stop() throws Exception {
        SERVERS.forEach(OpenSshServer::close);
        if (silent != null) {
            silent.close();
        }
        for (Socket s : SILENT_CONNECTIONS) {
            s.close();
        }
    }

    @BeforeEach
    void config() throws Exception {
        Files.deleteIfExists(bed.knownHosts());
        for (OpenSshServer s : SERVERS) {
            bed.trust(s);
        }
        bed.writeConfig(SshTestBed.hostBlock("demo", demo, "root", null)
                + SshTestBed.hostBlock("nobootc", noBootc, "root", null)
                + SshTestBed.hostBlock("trunc", truncating, "root", null)
                + SshTestBed.hostBlock("hang", hanging, "root", null)
                + "Host dead\n  HostName 127.0.0.1\n  Port " + silent.getLocalPort() + "\n  ConnectTimeout 2\n"
                + "Host refused\n  HostName 127.0.0.1\n  Port " + refusedPort + "\n"
                + SshTestBed.hostBlock("authfail", demo, "root", "  IdentityFile " + stranger
                        + "\n  IdentitiesOnly yes\n"));
    }

    private static SshClient client(UserInteraction ui) {
        return new SshClient(new SshSettings(bed.env(), ui, false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private static HostInspector inspector(SshSessionPool pool, UserInteraction ui, Duration timeout) {
        return new HostInspector(pool, ui, timeout, Clock.systemUTC());
    }

    private static long count(OpenSshServer s, String needle) throws Exception {
        return s.log().lines().filter(l -> l.contains(needle)).count();
    }

    @Test
    void refreshIsOneExecChannelOnAReusedConnection() throws Exception {
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostInspector insp = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(60));
            long logins = count(demo, "Accepted publickey");
            long sessions = count(demo, "Starting session: command");
            HostReport first = insp.inspect("demo", Cancellation.none());
            assertThat(first.state()).as(first.error()).isEqualTo(HostState.OK);
            assertThat(first.demo()).isFalse();
            assertThat(first.nextBoot()).isEqualTo(DeploymentSlot.STAGED);
            assertThat(first.deployments()).hasSize(3);
            assertThat(first.deployments().get(0).missingBoundImages()).singleElement()
                    .satisfies(b -> assertThat(b.image()).isEqualTo(DemoFixture.MISSING_IMAGE));
            Thread.sleep(200);
            assertThat(count(demo, "Starting session: command")).isEqualTo(sessions + 1);
            HostReport second = insp.inspect("demo", Cancellation.none());
            assertThat(second.state()).isEqualTo(HostState.OK);
            Thread.sleep(200);
            assertThat(count(demo, "Starting session: command")).isEqualTo(sessions + 2);
            assertThat(count(demo, "Accepted publickey")).isEqualTo(logins + 1);
        }
    }

    @Test
    void sudoUserGetsTheSameReport() throws Exception {
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostReport r = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(60))
                    .inspect(FakeRoot.SUDO_USER + "@demo", Cancellation.none());
            assertThat(r.state()).as(r.error()).isEqualTo(HostState.OK);
            assertThat(r.warnings()).noneMatch(w -> w.contains("not root"));
            assertThat(r.deployments()).hasSize(3);
        }
    }

    @Test
    void sudoPasswordIsAskedForOnlyWhenNeededAndWorks() throws Exception {
        String host = FakeRoot.SUDO_PASSWORD_USER + "@demo";
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostReport none = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(60)).inspect(host,
                    Cancellation.none());
            assertThat(none.state()).isEqualTo(HostState.SUDO_PASSWORD_REQUIRED);
            assertThat(none.error()).contains("sudo needs a password").contains(FakeRoot.SUDO_PASSWORD_USER);

            AtomicInteger asked = new AtomicInteger();
            UserInteraction gui = new UserInteraction() {
                @Override
                public Optional<char[]> sudoPassword(String h, String user) {
                    asked.incrementAndGet();
                    return Optional.of(FakeRoot.SUDO_PASSWORD.toCharArray());
                }
            };
            HostReport withPw = inspector(pool, gui, Duration.ofSeconds(60)).inspect(host, Cancellation.none());
            assertThat(withPw.state()).as(withPw.error()).isEqualTo(HostState.OK);
            assertThat(asked).hasValue(1);

            UserInteraction wrong = new UserInteraction() {
                @Override
                public Optional<char[]> sudoPassword(String h, String user) {
                    return Optional.of("nope".toCharArray());
                }
            };
            HostReport denied = inspector(pool, wrong, Duration.ofSeconds(60)).inspect(host, Cancellation.none());
            assertThat(denied.state()).isEqualTo(HostState.SUDO_DENIED);
        }
        assertThat(demo.log()).doesNotContain(FakeRoot.SUDO_PASSWORD);
    }

    @Test
    void hostsThatCannotBeInspectedGetClearStates() throws Exception {
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostInspector insp = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(3));
            HostReport nb = insp.inspect("nobootc", Cancellation.none());
            assertThat(nb.state()).isEqualTo(HostState.BOOTC_MISSING);
            assertThat(nb.error()).contains("bootc is not installed on nobootc");
            HostReport tr = insp.inspect("trunc", Cancellation.none());
            assertThat(tr.state()).isEqualTo(HostState.TRUNCATED_OUTPUT);
            HostReport hg = insp.inspect("hang", Cancellation.none());
            assertThat(hg.state()).isEqualTo(HostState.TIMEOUT);
            assertThat(hg.error()).contains("did not finish within 3 s");
            HostReport dead = insp.inspect("dead", Cancellation.none());
            assertThat(dead.state()).isEqualTo(HostState.TIMEOUT);
            HostReport refused = insp.inspect("refused", Cancellation.none());
            assertThat(refused.state()).isEqualTo(HostState.UNREACHABLE);
            HostReport auth = insp.inspect("authfail", Cancellation.none());
            assertThat(auth.state()).isEqualTo(HostState.AUTH_FAILED);
            assertThat(auth.error()).contains("Authentication failed");
            HostReport bad = insp.inspect("bad host", Cancellation.none());
            assertThat(bad.state()).isEqualTo(HostState.CONFIG_ERROR);
        }
    }

    @Test
    void changedAndUnknownHostKeysStopTheRefresh() throws Exception {
        Files.delete(bed.knownHosts());
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostReport unknown = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(30)).inspect("demo",
                    Cancellation.none());
            assertThat(unknown.state()).isEqualTo(HostState.HOST_KEY_UNKNOWN);
            assertThat(unknown.error()).contains("SHA256:");
        }
        Path other = SshTestBed.newKey(tmp.resolve("other"), "");
        String[] k = SshTestBed.publicKey(other).split(" ");
        bed.trust("[127.0.0.1]:" + demo.port() + " " + k[0] + " " + k[1]);
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5))) {
            HostReport changed = inspector(pool, UserInteraction.NONE, Duration.ofSeconds(30)).inspect("demo",
                    Cancellation.none());
            assertThat(changed.state()).isEqualTo(HostState.HOST_KEY_CHANGED);
            assertThat(changed.error()).contains("HOST KEY CHANGED").contains("ssh-ed25519");
        }
    }

    @Test
    void fleetIsInspectedInParallelWithABoundAndInOrder() throws Exception {
        try (SshClient c = client(UserInteraction.NONE); SshSessionPool pool = new SshSessionPool(c,
                Duration.ofMinutes(5));
                FleetInspector fleet = new FleetInspector(inspector(pool, UserInteraction.NONE,
                        Duration.ofSeconds(30)), 2)) {
            long start = System.nanoTime();
            List<HostReport> reports = fleet.inspectAll(List.of("demo", "dead", "nobootc",
                    FakeRoot.SUDO_USER + "@demo", "refused"), Cancellation.none());
            assertThat(reports).extracting(HostReport::host).containsExactly("demo", "dead", "nobootc",
                    FakeRoot.SUDO_USER + "@demo", "refused");
            assertThat(reports).extracting(HostReport::state).containsExactly(HostState.OK, HostState.TIMEOUT,
                    HostState.BOOTC_MISSING, HostState.OK, HostState.UNREACHABLE);
            // the dead host's 2 s + margin did not hold up the others
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }
}
