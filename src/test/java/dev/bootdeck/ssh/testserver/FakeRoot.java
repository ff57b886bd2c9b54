package dev.bootdeck.ssh.testserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The file tree of one fake host for tests: layers put over this machine's {@code /usr} and {@code /etc}, a
 * {@code /sysroot}, and sshd's files, all under {@code target/}. {@code launch-fake-root.sh} (a test resource) turns
 * it into a private root inside a private mount namespace, so the machine is never modified: the test users and
 * their sudo rules exist only in the fake host's {@code /etc}. Needs root (mount namespaces) and OpenSSH's sshd for
 * the server tests.
 */
public final class FakeRoot {
    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    /** A user with passwordless sudo. */
    public static final String SUDO_USER = "bdadmin";
    /** A user whose sudo asks for {@link #SUDO_PASSWORD}. */
    public static final String SUDO_PASSWORD_USER = "bdpass";
    /** A user without sudo rights. */
    public static final String NO_SUDO_USER = "bdnosudo";
    public static final String SUDO_PASSWORD = "bd-sudo-password";

    private final Path dir;

    private FakeRoot(Path dir) {
        this.dir = dir;
    }

    /** Skips the calling test when OpenSSH's sshd is not installed (the only reason to skip). */
    public static void assumeSshdInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(SSHD),
                "OpenSSH server not installed (" + SSHD + " missing): install openssh-server to run this test");
    }

    /** Fails clearly when the tests cannot build private roots (they need root for mount namespaces). */
    public static void requireRoot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The fake-host tests run as root (they build private mount namespaces"
                    + " with overlays); run the test suite as root, as CI does");
        }
    }

    /** A fresh tree under {@code target/fake-hosts/NAME-N}. */
    public static FakeRoot create(String name) throws IOException {
        requireRoot();
        Path base = Path.of("target", "fake-hosts").toAbsolutePath();
        Files.createDirectories(base);
        Path dir = Files.createTempDirectory(base, name + "-");
        String s = dir.toString();
        if (s.contains(":") || s.contains(",")) {
            throw new IllegalStateException("overlayfs cannot take a layer path with ':' or ',': " + s);
        }
        for (String d : List.of("root", "usr", "etc", "sysroot", "conf")) {
            Files.createDirectories(dir.resolve(d));
        }
        FakeRoot r = new FakeRoot(dir);
        r.addTestUsers();
        return r;
    }

    public Path dir() {
        return dir;
    }

    /** Layer over the fake host's {@code /usr}. */
    public Path usr() {
        return dir.resolve("usr");
    }

    /** Layer over the fake host's {@code /etc}. */
    public Path etc() {
        return dir.resolve("etc");
    }

    /** The fake host's {@code /sysroot}. */
    public Path sysroot() {
        return dir.resolve("sysroot");
    }

    /** sshd's config, host key and authorized_keys ({@code /bootdeck-test} inside). */
    public Path conf() {
        return dir.resolve("conf");
    }

    /** Writes {@code text} at {@code path} (relative to {@code layer}), creating directories. */
    public static Path write(Path layer, String path, String text, String perms) throws IOException {
        Path p = layer.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, UTF_8);
        if (perms != null) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        }
        return p;
    }

    private void addTestUsers() throws IOException {
        String hash = run(List.of("openssl", "passwd", "-6", "-salt", "bootdeckTest", SUDO_PASSWORD)).strip();
        StringBuilder passwd = new StringBuilder(Files.readString(Path.of("/etc/passwd")));
        StringBuilder group = new StringBuilder(Files.readString(Path.of("/etc/group")));
        StringBuilder shadow = new StringBuilder(Files.readString(Path.of("/etc/shadow")));
        int uid = 4201;
        for (String u : List.of(SUDO_USER, SUDO_PASSWORD_USER, NO_SUDO_USER)) {
            passwd.append(u).append(":x:").append(uid).append(':').append(uid).append("::/tmp:/bin/sh\n");
            group.append(u).append(":x:").append(uid).append(":\n");
            shadow.append(u).append(':').append(u.equals(SUDO_PASSWORD_USER) ? hash : "*")
                    .append(":19000:0:99999:7:::\n");
            uid++;
        }
        write(etc(), "passwd", passwd.toString(), "rw-r--r--");
        write(etc(), "group", group.toString(), "rw-r--r--");
        write(etc(), "shadow", shadow.toString(), "rw-r-----");
        write(etc(), "sudoers.d/bootdeck-test", SUDO_USER + " ALL=(ALL) NOPASSWD: ALL\n" + SUDO_PASSWORD_USER
                + " ALL=(ALL) ALL\n", "r--r-----");
    }

    /** Adds lines to the fake host's {@code /etc/hosts} (name resolution seen by programs inside it). */
    public void addHosts(String lines) throws IOException {
        write(etc(), "hosts", Files.readString(Path.of("/etc/hosts")) + lines + "\n", "rw-r--r--");
    }

    /** The command that enters the private root: {@code unshare -m ... launch-fake-root.sh DIR MODE ARGS}. */
    List<String> launchCommand(String mode, List<String> args) throws IOException {
        Path script = dir.resolve("launch-fake-root.sh");
        try (InputStream in = FakeRoot.class.getResourceAsStream("/dev/bootdeck/remote/sshd/launch-fake-root.sh")) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: launch-fake-root.sh");
            }
            Files.write(script, in.readAllBytes());
        }
        List<String> cmd = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child",
                "--propagation", "private", "/bin/sh",
                script.toString(), dir.toString(), mode));
        cmd.addAll(args);
        return cmd;
    }

    /** What a command printed and how it exited inside the fake root (no sshd involved). */
    public record Result(int exitCode, byte[] stdout, String stderr) {
    }

    /** Runs {@code command} as root inside the fake root. */
    public Result exec(List<String> command) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile(dir, "exec-", ".stderr");
        Process p = new ProcessBuilder(launchCommand("exec", command))
                .redirectError(errFile.toFile()).start();
        p.getOutputStream().close();
        byte[] out;
        try (InputStream o = p.getInputStream()) {
            out = o.readAllBytes();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("fake root command did not end: " + command);
        }
        return new Result(p.exitValue(), out, Files.readString(errFile));
    }

    static String run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
