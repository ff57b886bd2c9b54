package dev.bootdeck.ssh.testserver;

import dev.bootdeck.ssh.SshEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A client side for tests against {@link OpenSshServer}: a private home directory with its own {@code ~/.ssh}
 * (config, known_hosts, an unencrypted ed25519 key the server authorises), so no test reads or writes the real
 * user's files.
 */
public final class SshTestBed {
    private final Path home;
    private final Path key;

    private SshTestBed(Path home, Path key) {
        this.home = home;
        this.key = key;
    }

    /** A fresh home under {@code dir} with a new client key. */
    public static SshTestBed create(Path dir) throws IOException {
        Path home = dir.resolve("home");
        Path ssh = home.resolve(".ssh");
        Files.createDirectories(ssh);
        Path key = ssh.resolve("id_ed25519");
        newKey(key, "");
        return new SshTestBed(home, key);
    }

    /** Generates an ed25519 key pair at {@code file} (encrypted when {@code passphrase} is not empty). */
    public static Path newKey(Path file, String passphrase) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".pub"));
        FakeRoot.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "bootdeck-test", "-f",
                file.toString()));
        return file;
    }

    public static String publicKey(Path privateKey) throws IOException {
        return Files.readString(privateKey.resolveSibling(privateKey.getFileName() + ".pub")).strip();
    }

    public Path home() {
        return home;
    }

    public Path key() {
        return key;
    }

    public String publicKey() throws IOException {
        return publicKey(key);
    }

    public Path config() {
        return home.resolve(".ssh/config");
    }

    public Path knownHosts() {
        return home.resolve(".ssh/known_hosts");
    }

    /** Writes {@code ~/.ssh/config}. */
    public void writeConfig(String text) throws IOException {
        Files.writeString(config(), text);
    }

    /** A config block naming {@code server} as {@code alias}, user root, this bed's key. */
    public static String hostBlock(String alias, OpenSshServer server, String user, String extra) {
        return "Host " + alias + "\n  HostName " + server.listenAddress() + "\n  Port " + server.port()
                + "\n  User " + user + "\n" + (extra == null ? "" : extra);
    }

    /** Appends known_hosts lines. */
    public void trust(String... lines) throws IOException {
        List<String> l = new ArrayList<>(List.of(lines));
        Files.write(knownHosts(), l, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Trusts {@code server} under {@code [address]:port}. */
    public void trust(OpenSshServer server) throws IOException {
        trust(server.knownHostsLine("[" + server.listenAddress() + "]:" + server.port()));
    }

    /** The environment: this home, config file, no system config, no system known_hosts, no agent. */
    public SshEnvironment env() {
        return new SshEnvironment(home, "tester", "testhost", config(), null, null, List.of());
    }
}
