package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast checks of the command wrapper against Apache MINA SSHD in this JVM (no root, no sshd needed): commands run
 * by {@code /bin/sh -c} on the server side, so hostile arguments make the full trip through SSH and a real shell;
 * password authentication through the callback; reconnect after the server went away.
 */
class InProcessSshServerTest {
    static final String PASSWORD = "s3cret pass'word";

    @TempDir
    Path dir;
    SshServer server;
    int port;

    @BeforeEach
    void start() throws Exception {
        server = newServer(0);
        port = server.getPort();
    }

    private SshServer newServer(int p) throws Exception {
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost("127.0.0.1");
        s.setPort(p);
        s.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("hostkey.ser")));
        s.setPasswordAuthenticator((user, password, session) -> "tester".equals(user) && PASSWORD.equals(password));
        s.setCommandFactory((channel, command) -> new ShellCommand(command));
        s.start();
        return s;
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(true);
    }

    private SshClient client(UserInteraction ui) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/config"), "Host mina\n  HostName 127.0.0.1\n  Port " + port
                + "\n  User tester\n  StrictHostKeyChecking accept-new\n");
        SshEnvironment env = new SshEnvironment(home, "tester", "testhost", home.resolve(".ssh/config"), null, null,
                List.of());
        return new SshClient(new SshSettings(env, ui, false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private static UserInteraction password(AtomicInteger asked, String pw) {
        return new UserInteraction() {
            @Override
            public Optional<char[]> password(String host, String user) {
                asked.incrementAndGet();
                return Optional.of(pw.toCharArray());
            }
        };
    }

    @Test
    void passwordAuthenticationThroughTheCallback() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (SshClient c = client(password(asked, PASSWORD)); SshConnection conn = c.connect(HostTarget.parse("mina"),
                Cancellation.none())) {
            CommandResult r = conn.exec(RemoteCommand.of("echo", "hi"), ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(r.stdoutText()).as("exit %s signal %s err %s outcome %s", r.exitCode(), r.exitSignal(), r.stderrText(), r.outcome()).isEqualTo("hi\n");
        }
        assertThat(asked.get()).isPositive();
        try (SshClient c = client(password(new AtomicInteger(), "wrong"))) {
            assertThatThrownBy(() -> c.connect(HostTarget.parse("mina"), Cancellation.none()))
                    .isInstanceOfSatisfying(SshException.class,
                            e -> assertThat(e.kind()).isEqualTo(SshException.Kind.AUTH_FAILED));
        }
    }

    @Test
    void hostileArgumentsSurviveTheTripThroughSshAndAShell() throws Exception {
        try (SshClient c = client(password(new AtomicInteger(), PASSWORD)); SshConnection conn = c.connect(
                HostTarget.parse("mina"), Cancellation.none())) {
            RemoteCommand.Builder b = RemoteCommand.builder("printf").arg("printf").arg("%s\\0");
            ShellQuotingTest.HOSTILE.forEach(b::arg);
            CommandResult r = conn.exec(b.build(), ExecOptions.withTimeout(Duration.ofSeconds(10)));
            assertThat(r.exitCode()).as(r.stderrText()).isZero();
            String[] parts = new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8).split("\0", -1);
            assertThat(List.of(parts).subList(0, parts.length - 1)).containsExactlyElementsOf(ShellQuotingTest.HOSTILE);
        }
    }

    @Test
    void timeoutAndExitCodes() throws Exception {
        try (SshClient c = client(password(new AtomicInteger(), PASSWORD)); SshConnection conn = c.connect(
                HostTarget.parse("mina"), Cancellation.none())) {
            CommandResult slow = conn.exec(RemoteCommand.of("sleep", "20"), ExecOptions.withTimeout(
                    Duration.ofMillis(500)));
            assertThat(slow.outcome()).isEqualTo(CommandResult.Outcome.TIMED_OUT);
            CommandResult fail = conn.exec(RemoteCommand.of("sh", "-c", "exit 3"), ExecOptions.withTimeout(
                    Duration.ofSeconds(10)));
            assertThat(fail.exitCode()).isEqualTo(3);
            assertThat(fail.succeeded()).isFalse();
        }
    }

    @Test
    void poolReconnectsAfterTheServerCameBack() throws Exception {
        HostTarget t = HostTarget.parse("mina");
        try (SshClient c = client(password(new AtomicInteger(), PASSWORD)); SshSessionPool pool = new SshSessionPool(
                c, Duration.ofMinutes(5))) {
            assertThat(pool.exec(t, RemoteCommand.of("echo", "1"), ExecOptions.withTimeout(Duration.ofSeconds(10)))
                    .stdoutText()).isEqualTo("1\n");
            server.stop(true);
            server = newServer(port);
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (pool.openConnections() > 0 && System.nanoTime() < end) {
                Thread.sleep(50); // the client notices the closed connection
            }
            assertThat(pool.exec(t, RemoteCommand.of("echo", "2"), ExecOptions.withTimeout(Duration.ofSeconds(10)))
                    .stdoutText()).isEqualTo("2\n");
        }
    }

    /** Runs the exec request with {@code /bin/sh -c}, as OpenSSH does, pumping stdin, stdout and stderr. */
    static final class ShellCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Process process;

        ShellCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            process = new ProcessBuilder("/bin/sh", "-c", command).start();
            Thread pumpIn = new Thread(() -> copy(in, process.getOutputStream(), true));
            Thread pumpOut = new Thread(() -> copy(process.getInputStream(), out, false));
            Thread pumpErr = new Thread(() -> copy(process.getErrorStream(), err, false));
            pumpIn.setDaemon(true);
            pumpIn.start();
            pumpOut.start();
            pumpErr.start();
            Thread waiter = new Thread(() -> {
                try {
                    int code = process.waitFor();
                    pumpOut.join();
                    pumpErr.join();
                    exit.onExit(code);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.setDaemon(true);
            waiter.start();
        }

        private static void copy(InputStream from, OutputStream to, boolean closeTo) {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // stream closed
            } finally {
                if (closeTo) {
                    try {
                        to.close();
                    } catch (IOException e) {
                        // ignore
                    }
                }
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}
