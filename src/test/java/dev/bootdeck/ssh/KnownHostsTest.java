package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** known_hosts as OpenSSH reads it, with keys and hashes made by ssh-keygen where the tool exists. */
class KnownHostsTest {
    @TempDir
    Path dir;

    static byte[] blob(String type, int seed) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[4 + t.length + 36];
        b[3] = (byte) t.length;
        System.arraycopy(t, 0, b, 4, t.length);
        b[4 + t.length + 3] = 32;
        for (int i = 4 + t.length + 4; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }

    static String line(String hosts, byte[] key) {
        return hosts + " " + HostKeyFingerprint.keyType(key) + " " + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void plainPatternsNegationPortsAndChanges() throws Exception {
        byte[] k1 = blob("ssh-ed25519", 1);
        byte[] k2 = blob("ssh-ed25519", 2);
        byte[] r1 = blob("ssh-rsa", 3);
        Path f = dir.resolve("known_hosts");
        Files.write(f, List.of("# comment", "", "garbage line", line("web1,10.0.0.1", k1),
                line("[web2]:2222", k1), line("*.lab,!evil.lab", k1), line("rsaonly", r1), line("changed", k2)));
        KnownHosts kh = KnownHosts.load(List.of(f, dir.resolve("missing")));
        assertThat(kh.check("web1", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("10.0.0.1", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("WEB1", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("[web2]:2222", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("web2", k1).status()).isEqualTo(KnownHosts.Status.UNKNOWN);
        assertThat(kh.check("n1.lab", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("evil.lab", k1).status()).isEqualTo(KnownHosts.Status.UNKNOWN);
        KnownHosts.Lookup changed = kh.check("changed", k1);
        assertThat(changed.status()).isEqualTo(KnownHosts.Status.CHANGED);
        assertThat(changed.conflicting()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(8));
        KnownHosts.Lookup otherType = kh.check("rsaonly", k1);
        assertThat(otherType.status()).isEqualTo(KnownHosts.Status.UNKNOWN);
        assertThat(otherType.otherKnownTypes()).containsExactly("ssh-rsa");
    }

    @Test
    void revokedWinsOverAMatch() throws Exception {
        byte[] k1 = blob("ssh-ed25519", 1);
        Path f = dir.resolve("known_hosts");
        Files.write(f, List.of(line("web1", k1), "@revoked * " + line("", k1).strip().replaceFirst("^", "")
                .substring(0)));
        // "@revoked * ssh-ed25519 AAAA..."
        Files.write(f, List.of(line("web1", k1), "@revoked " + line("*", k1)));
        assertThat(KnownHosts.load(List.of(f)).check("web1", k1).status()).isEqualTo(KnownHosts.Status.REVOKED);
    }

    @Test
    void hashedNamesMatchAndAppendedHashedLinesAreReadBack() throws Exception {
        byte[] k1 = blob("ssh-ed25519", 7);
        Path f = dir.resolve("sub/known_hosts");
        KnownHosts.append(f, "[bootc1]:2222", k1, true);
        KnownHosts.append(f, "plain", k1, false);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0)).startsWith("|1|").doesNotContain("bootc1");
        assertThat(lines.get(1)).startsWith("plain ssh-ed25519 ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        KnownHosts kh = KnownHosts.load(List.of(f));
        assertThat(kh.check("[bootc1]:2222", k1).status()).isEqualTo(KnownHosts.Status.KNOWN);
        assertThat(kh.check("bootc1", k1).status()).isEqualTo(KnownHosts.Status.UNKNOWN);
    }

    @Test
    void appendStartsOnANewLine() throws Exception {
        Path f = dir.resolve("known_hosts");
        Files.writeString(f, "# no newline at end");
        KnownHosts.append(f, "h", blob("ssh-ed25519", 1), false);
        assertThat(Files.readAllLines(f)).hasSize(2);
    }

    @Test
    void hashMatchesWhatSshKeygenWrites() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/ssh-keygen"))) {
            return;
        }
        Path key = dir.resolve("k");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        String[] pub = Files.readString(dir.resolve("k.pub")).strip().split(" ");
        Path f = dir.resolve("known_hosts");
        Files.writeString(f, "[myhost]:2200 " + pub[0] + " " + pub[1] + "\n");
        run("ssh-keygen", "-q", "-H", "-f", f.toString());
        String hashed = Files.readString(f);
        assertThat(hashed).startsWith("|1|").doesNotContain("myhost");
        byte[] k = Base64.getDecoder().decode(pub[1]);
        assertThat(KnownHosts.load(List.of(f)).check("[myhost]:2200", k).status())
                .isEqualTo(KnownHosts.Status.KNOWN);
        // and the fingerprint agrees with ssh-keygen -lf
        String lf = run("ssh-keygen", "-lf", dir.resolve("k.pub").toString());
        assertThat(lf).contains(HostKeyFingerprint.sha256(k));
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
