package dev.bootdeck.ssh.testserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenSSH server (Debian's {@code /usr/sbin/sshd}) on a free loopback port, never port 22 and never the
 * system configuration: own host key, own sshd_config from a template, own authorized_keys, {@code UsePAM no},
 * chrooted into a {@link FakeRoot} inside a private mount namespace. Stopped by its own process id.
 */
public final class OpenSshServer implements AutoCloseable {
    private final FakeRoot root;
    private final Process process;
    private final int port;
    private final String listen;
    private final Path log;

    private OpenSshServer(FakeRoot root, Process process, int port, String listen, Path log) {
        this.root = root;
        this.process = process;
        this.port = port;
        this.listen = listen;
        this.log = log;
    }

    /**
     * Starts sshd for {@code root}, listening on {@code listen} (a loopback address), with {@code hostKeyType}
     * (ed25519, ecdsa, rsa) generated fresh unless {@code conf/host_key} already exists, the public keys in
     * {@code authorizedKeys}, and {@code extraConfig} appended to the config.
     */
    public static OpenSshServer start(FakeRoot root, String listen, String hostKeyType, List<String> authorizedKeys,
            String extraConfig) throws IOException, InterruptedException {
        FakeRoot.assumeSshdInstalled();
        Path conf = root.conf();
        Path hostKey = conf.resolve("host_key");
        if (!Files.exists(hostKey)) {
            FakeRoot.run(List.of("ssh-keygen", "-q", "-t", hostKeyType, "-N", "", "-C", "bootdeck-test-host", "-f",
                    hostKey.toString()));
        }
        Files.writeString(conf.resolve("authorized_keys"), String.join("\n", authorizedKeys) + "\n");
        int port = freePort(listen);
        String template;
        try (InputStream in = OpenSshServer.class.getResourceAsStream(
                "/dev/bootdeck/remote/sshd/sshd_config.template")) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: sshd_config.template");
            }
            template = new String(in.readAllBytes(), UTF_8);
        }
        Files.writeString(conf.resolve("sshd_config"), template.replace("@PORT@", Integer.toString(port))
                .replace("@LISTEN@", listen).replace("@EXTRA@", extraConfig == null ? "" : extraConfig));
        Path log = root.dir().resolve("sshd.log");
        Process p = new ProcessBuilder(root.launchCommand("sshd", List.of())).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        OpenSshServer s = new OpenSshServer(root, p, port, listen, log);
        s.awaitBanner(Duration.ofSeconds(15));
        return s;
    }

    public FakeRoot root() {
        return root;
    }

    public int port() {
        return port;
    }

    public String listenAddress() {
        return listen;
    }

    /** The server's public host key line ({@code ssh-ed25519 AAAA... comment}). */
    public String hostPublicKey() throws IOException {
        return Files.readString(root.conf().resolve("host_key.pub")).strip();
    }

    /** A known_hosts line for this server under {@code name} (e.g. {@code [127.0.0.1]:PORT}). */
    public String knownHostsLine(String name) throws IOException {
        String[] k = hostPublicKey().split(" ");
        return name + " " + k[0] + " " + k[1];
    }

    /** What sshd logged so far (for assertions and failure messages). */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void awaitBanner(Duration max) throws IOException, InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited at start (code " + process.exitValue() + "): " + log());
            }
            try (Socket sock = new Socket()) {
                sock.connect(new InetSocketAddress(listen, port), 200);
                sock.setSoTimeout(2000);
                byte[] b = new byte[7];
                int n = sock.getInputStream().readNBytes(b, 0, 7);
                if (n == 7 && new String(b, UTF_8).startsWith("SSH-2.0")) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("sshd did not answer on " + listen + ":" + port + ": " + log());
    }

    static int freePort(String listen) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(listen, 0));
            return s.getLocalPort();
        }
    }

    /** Stops sshd and every session process it started (by process id). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(5),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
