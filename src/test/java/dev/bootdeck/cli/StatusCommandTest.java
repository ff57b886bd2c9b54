package dev.bootdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.ssh.testserver.OpenSshServer;
import dev.bootdeck.ssh.testserver.SshTestBed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bootdeck status} through the real command line: output, JSON shape, exit codes. */
class StatusCommandTest {
    static OpenSshServer server;
    static SshTestBed bed;
    static Path config;
    static int refusedPort;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BootdeckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        FakeRoot.assumeSshdInstalled();
        bed = SshTestBed.create(dir);
        server = OpenSshServer.start(DemoFixture.host().build("cli"), "127.0.0.1", "ed25519",
                List.of(bed.publicKey()), null);
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = s.getLocalPort();
        }
        config = dir.resolve("ssh_config");
        Files.writeString(config, "Host bootc1\n  HostName 127.0.0.1\n  Port " + server.port() + "\n  User root\n"
                + "Host refused\n  HostName 127.0.0.1\n  Port " + refusedPort + "\n"
                + "Host *\n  IdentityFile " + bed.key() + "\n  UserKnownHostsFile " + bed.knownHosts()
                + "\n  GlobalKnownHostsFile none\n  IdentityAgent none\n");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("status").code()).isEqualTo(2);
        Run r = run("status", "--ssh-config", "/nonexistent/ssh_config", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
        assertThat(run("status", "--timeout", "0", "x").code()).isEqualTo(2);
    }

    @Test
    void demoHostInTextAndJson() throws Exception {
        Run text = run("status", "--demo");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("demo-host [DEMO: recorded bootc outputs").contains("next boot: staged")
                .contains("* staged").contains("inventory-agent.container").contains("MISSING")
                .contains("update available").contains("rollback").contains("old-tool:0.9")
                .contains("next boot: + inventory-agent.container quay.io/example/inventory-agent:2.1 (MISSING");
        Run json = run("status", "--demo", "--json");
        assertThat(json.code()).isZero();
        JsonNode h = new ObjectMapper().readTree(json.out()).path("hosts").get(0);
        assertThat(h.path("demo").asBoolean()).isTrue();
        assertThat(h.path("error").isNull()).isTrue();
        assertThat(h.path("nextBoot").asText()).isEqualTo("staged");
        JsonNode staged = h.path("deployments").get(0);
        assertThat(staged.path("slot").asText()).isEqualTo("staged");
        for (String f : List.of("image", "digest", "version", "timestamp", "pinned", "updateAvailable",
                "boundImages")) {
            assertThat(staged.has(f)).as(f).isTrue();
        }
        JsonNode agent = null;
        for (JsonNode b : staged.path("boundImages")) {
            assertThat(b.has("image") && b.has("link") && b.has("file") && b.has("present") && b.has("problems"))
                    .isTrue();
            if (b.path("link").asText().equals("inventory-agent.container")) {
                agent = b;
            }
        }
        assertThat(agent).isNotNull();
        assertThat(agent.path("present").asBoolean(true)).isFalse();
        assertThat(agent.path("file").asText()).isEqualTo("/usr/share/containers/systemd/inventory-agent.container");
        assertThat(agent.path("problems").size()).isPositive();
        assertThat(h.path("gcCandidates").get(0).asText()).isEqualTo("quay.io/example/old-tool:0.9");
        assertThat(h.path("warnings").isArray()).isTrue();
        JsonNode change = h.path("nextBootChanges").get(0);
        assertThat(change.path("change").asText()).isEqualTo("added");
        assertThat(change.path("link").asText()).isEqualTo("inventory-agent.container");
        assertThat(change.path("after").asText()).isEqualTo("quay.io/example/inventory-agent:2.1");
        assertThat(change.path("presentAfter").asBoolean(true)).isFalse();
        assertThat(h.path("nextBootChanges")).hasSize(1);
    }

    @Test
    void realHostsOverSshWithExitCodes() throws Exception {
        Files.deleteIfExists(bed.knownHosts());
        Run unknown = run("status", "--ssh-config", config.toString(), "bootc1");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).contains("HOST-KEY-UNKNOWN").contains("SHA256:");
        assertThat(bed.knownHosts()).doesNotExist();

        Run ok = run("status", "--ssh-config", config.toString(), "--accept-new-host-keys", "bootc1");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("bootc1: bootc 1.16.9, next boot: staged").contains("MISSING");
        assertThat(Files.readString(bed.knownHosts())).contains("ssh-ed25519");

        Run mixed = run("status", "--ssh-config", config.toString(), "--json", "bootc1", "refused");
        assertThat(mixed.code()).isEqualTo(1);
        JsonNode hosts = new ObjectMapper().readTree(mixed.out()).path("hosts");
        assertThat(hosts.get(0).path("host").asText()).isEqualTo("bootc1");
        assertThat(hosts.get(0).path("error").isNull()).isTrue();
        assertThat(hosts.get(0).path("deployments").size()).isEqualTo(3);
        assertThat(hosts.get(1).path("host").asText()).isEqualTo("refused");
        assertThat(hosts.get(1).path("error").asText()).contains("refused");
        assertThat(hosts.get(1).path("state").asText()).isEqualTo("unreachable");
    }
}
