package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ssh_config applied as OpenSSH applies it (readconf.c), on files written per test. */
class SshConfigResolverTest {
    @TempDir
    Path home;
    Path config;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(home.resolve(".ssh"));
        config = home.resolve(".ssh/config");
    }

    private SshEnvironment env() {
        return new SshEnvironment(home, "alice", "workstation", config, null, null,
                List.of(home.resolve("global_known_hosts")));
    }

    private ResolvedHostConfig resolve(String target) throws SshException {
        return new SshConfigResolver(env()).resolve(HostTarget.parse(target));
    }

    private void write(String text) throws IOException {
        Files.writeString(config, text);
    }

    @Test
    void defaultsWithoutConfig() throws Exception {
        ResolvedHostConfig c = resolve("web1");
        assertThat(c.hostName()).isEqualTo("web1");
        assertThat(c.port()).isEqualTo(22);
        assertThat(c.user()).isEqualTo("alice");
        assertThat(c.identityFiles()).containsExactly(home.resolve(".ssh/id_ed25519"), home.resolve(".ssh/id_ecdsa"),
                home.resolve(".ssh/id_rsa"));
        assertThat(c.identityFilesExplicit()).isFalse();
        assertThat(c.userKnownHostsFiles()).containsExactly(home.resolve(".ssh/known_hosts"),
                home.resolve(".ssh/known_hosts2"));
        assertThat(c.globalKnownHostsFiles()).containsExactly(home.resolve("global_known_hosts"));
        assertThat(c.strictHostKeyChecking()).isEqualTo(StrictHostKeyChecking.ASK);
        assertThat(c.knownHostsName()).isEqualTo("web1");
    }

    @Test
    void firstValueWinsAndHostPatternsMatch() throws Exception {
        write("""
                Host web*
                  HostName %h.example.com
                  User deploy
                  Port 2222
                Host web1
                  User ignored-because-first-wins
                Host *
                  User fallback
                  ConnectTimeout 7
                """);
        ResolvedHostConfig c = resolve("web1");
        assertThat(c.hostName()).isEqualTo("web1.example.com");
        assertThat(c.user()).isEqualTo("deploy");
        assertThat(c.port()).isEqualTo(2222);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(c.knownHostsName()).isEqualTo("[web1.example.com]:2222");
        assertThat(resolve("db").user()).isEqualTo("fallback");
    }

    @Test
    void targetUserAndPortBeatConfig() throws Exception {
        write("Host web1\n  User deploy\n  Port 2222\n");
        ResolvedHostConfig c = resolve("root@web1:22");
        assertThat(c.user()).isEqualTo("root");
        assertThat(c.port()).isEqualTo(22);
    }

    @Test
    void negationExcludes() throws Exception {
        write("""
                Host *.lab !bastion.lab
                  ProxyJump bastion.lab
                """);
        assertThat(resolve("n1.lab").proxyJump()).containsExactly(HostTarget.parse("bastion.lab"));
        assertThat(resolve("bastion.lab").proxyJump()).isEmpty();
        assertThat(resolve("n1.lab.other").proxyJump()).isEmpty();
    }

    @Test
    void equalsSignQuotesCommentsAndCase() throws Exception {
        write("""
                # comment
                HOST=web1
                  identityfile="~/.ssh/my key"   # trailing comment
                  IdentitiesOnly=yes
                  StrictHostKeyChecking accept-new
                """);
        ResolvedHostConfig c = resolve("web1");
        assertThat(c.identityFiles()).containsExactly(home.resolve(".ssh/my key"));
        assertThat(c.identitiesOnly()).isTrue();
        assertThat(c.strictHostKeyChecking()).isEqualTo(StrictHostKeyChecking.ACCEPT_NEW);
    }

    @Test
    void identityFilesAccumulateWithTokens() throws Exception {
        write("""
                Host web1
                  HostName 10.1.2.3
                  User core
                  IdentityFile %d/.ssh/%r@%h
                Host *
                  IdentityFile ~/.ssh/%u_default
                  IdentityFile /keys/%n-%p%%
                """);
        ResolvedHostConfig c = resolve("web1");
        assertThat(c.identityFiles()).containsExactly(home.resolve(".ssh/core@10.1.2.3"),
                home.resolve(".ssh/alice_default"), Path.of("/keys/web1-22%"));
        assertThat(c.identityFilesExplicit()).isTrue();
    }

    @Test
    void unknownTokenIsAnErrorNamingFileAndLine() throws IOException {
        write("Host *\n  IdentityFile ~/.ssh/%z\n");
        assertThatThrownBy(() -> resolve("web1")).isInstanceOf(SshException.class)
                .hasMessageContaining(config + ":2").hasMessageContaining("%z");
    }

    @Test
    void includeWithGlobRelativeToSshDirInheritsAndRestoresBlockState() throws Exception {
        Files.createDirectories(home.resolve(".ssh/conf.d"));
        Files.writeString(home.resolve(".ssh/conf.d/20-b.conf"), "Host b\n  User from-b\n");
        Files.writeString(home.resolve(".ssh/conf.d/10-a.conf"), "  Port 2201\nHost a\n  User from-a\n");
        Files.writeString(home.resolve(".ssh/conf.d/.hidden.conf"), "Host a\n  User hidden\n");
        Files.writeString(home.resolve(".ssh/conf.d/notes.txt"), "Host a\n  User txt\n");
        write("""
                Host a
                  Include conf.d/*.conf
                  HostName a.example
                Host *
                  Include ~/.ssh/conf.d/*.conf
                """);
        ResolvedHostConfig a = resolve("a");
        // Port from the included file's top (inherits "Host a" active), user from its Host a block,
        // and after the Include the state is restored: HostName applies to "a" again.
        assertThat(a.port()).isEqualTo(2201);
        assertThat(a.user()).isEqualTo("from-a");
        assertThat(a.hostName()).isEqualTo("a.example");
        ResolvedHostConfig b = resolve("b");
        assertThat(b.user()).isEqualTo("from-b");
        assertThat(b.hostName()).isEqualTo("b");
    }

    @Test
    void includeFromInactiveBlockReadsNothing() throws Exception {
        Files.writeString(home.resolve(".ssh/extra"), "Host *\n  User sneaky\n");
        write("Host other\n  Include extra\nHost *\n  User right\n");
        assertThat(resolve("web1").user()).isEqualTo("right");
    }

    @Test
    void includeLoopIsReported() throws IOException {
        write("Include config\n");
        assertThatThrownBy(() -> resolve("x")).isInstanceOf(SshException.class).hasMessageContaining("loop");
    }

    @Test
    void proxyJumpChainAndNone() throws Exception {
        write("""
                Host inner
                  ProxyJump ops@bastion1:2200,ssh://bastion2
                Host direct
                  ProxyJump none
                Host *
                  ProxyJump default-jump
                """);
        assertThat(resolve("inner").proxyJump()).containsExactly(HostTarget.parse("ops@bastion1:2200"),
                HostTarget.parse("bastion2"));
        assertThat(resolve("direct").proxyJump()).isEmpty();
    }

    @Test
    void knownHostsFilesAndStrictness() throws Exception {
        write("""
                Host lab
                  UserKnownHostsFile ~/.ssh/lab_hosts /tmp/%h_hosts
                  GlobalKnownHostsFile none
                  StrictHostKeyChecking no
                  HashKnownHosts yes
                Host nofile
                  UserKnownHostsFile none
                """);
        ResolvedHostConfig c = resolve("lab");
        assertThat(c.userKnownHostsFiles()).containsExactly(home.resolve(".ssh/lab_hosts"), Path.of("/tmp/lab_hosts"));
        assertThat(c.globalKnownHostsFiles()).isEmpty();
        assertThat(c.strictHostKeyChecking()).isEqualTo(StrictHostKeyChecking.NO);
        assertThat(c.hashKnownHosts()).isTrue();
        assertThat(resolve("nofile").userKnownHostsFiles()).isEmpty();
    }

    @Test
    void badValuesNameTheLine() throws IOException {
        write("Host *\n  Port twentytwo\n");
        assertThatThrownBy(() -> resolve("x")).hasMessageContaining(":2").hasMessageContaining("Port");
        write("Host *\n  StrictHostKeyChecking maybe\n");
        assertThatThrownBy(() -> resolve("x")).hasMessageContaining("StrictHostKeyChecking");
        write("Host *\n  ConnectTimeout soon\n");
        assertThatThrownBy(() -> resolve("x")).hasMessageContaining("ConnectTimeout");
    }

    @Test
    void matchBlocks() throws Exception {
        write("""
                Match host *.corp user admin
                  Port 2022
                Match originalhost db !localuser bob
                  User dba
                Match exec "false"
                  Port 9
                Match final host x.corp
                  ServerAliveInterval 15
                Match all
                  ServerAliveCountMax 5
                """);
        assertThat(resolve("admin@x.corp").port()).isEqualTo(2022);
        assertThat(resolve("x.corp").port()).isEqualTo(22);
        assertThat(resolve("db").user()).isEqualTo("dba");
        assertThat(resolve("x.corp").serverAliveInterval()).isEqualTo(15);
        assertThat(resolve("x.corp").serverAliveCountMax()).isEqualTo(5);
    }

    @Test
    void identityAgentAndBatchModeAndAlias() throws Exception {
        write("""
                Host a
                  IdentityAgent none
                  BatchMode yes
                  HostKeyAlias a-key
                Host b
                  IdentityAgent ~/agent.sock
                """);
        SshEnvironment e = env().withAgentSocket(Path.of("/run/agent.sock"));
        SshConfigResolver r = new SshConfigResolver(e);
        ResolvedHostConfig a = r.resolve(HostTarget.parse("a:2200"));
        assertThat(a.identityAgent()).isNull();
        assertThat(a.batchMode()).isTrue();
        assertThat(a.knownHostsName()).isEqualTo("a-key");
        assertThat(r.resolve(HostTarget.parse("b")).identityAgent()).isEqualTo(home.resolve("agent.sock"));
        assertThat(r.resolve(HostTarget.parse("c")).identityAgent()).isEqualTo(Path.of("/run/agent.sock"));
    }

    @Test
    void proxyCommandIsKeptToBeRefusedLater() throws Exception {
        write("Host p\n  ProxyCommand nc %h %p\nHost q\n  ProxyCommand none\n");
        assertThat(resolve("p").proxyCommand()).isEqualTo("nc %h %p");
        assertThat(resolve("q").proxyCommand()).isNull();
    }

    @Test
    void timeFormat() {
        assertThat(SshConfigResolver.parseTime("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SshConfigResolver.parseTime("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SshConfigResolver.parseTime("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(SshConfigResolver.parseTime("x")).isNull();
        assertThat(SshConfigResolver.parseTime("")).isNull();
    }

    @Test
    void systemConfigComesAfterUserConfig() throws Exception {
        Path system = home.resolve("ssh_config");
        Files.writeString(system, "Host *\n  User sysuser\n  Port 2020\n");
        write("Host *\n  Port 2121\n");
        SshEnvironment e = new SshEnvironment(home, "alice", "ws", config, system, null, List.of());
        ResolvedHostConfig c = new SshConfigResolver(e).resolve(HostTarget.parse("h"));
        assertThat(c.port()).isEqualTo(2121);
        assertThat(c.user()).isEqualTo("sysuser");
        ResolvedHostConfig f = new SshConfigResolver(e.withConfigFile(config)).resolve(HostTarget.parse("h"));
        assertThat(f.user()).isEqualTo("alice");
    }
}
