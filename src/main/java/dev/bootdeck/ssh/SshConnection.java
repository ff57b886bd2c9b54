package dev.bootdeck.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated SSH connection, and the one wrapper through which every remote command runs: the command line
 * comes from {@link RemoteCommand} (quoting in one place), every call has a timeout, can be cancelled from another
 * thread (the channel is signalled and closed), keeps a bounded amount of output, reports output live to a listener,
 * and is logged at debug level in redacted form only. Several commands may run at once on one connection.
 */
public final class SshConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnection.class);
    private static final long MAX_CHANNEL_OPEN_MS = 30_000;

    private final String displayHost;
    private final ResolvedHostConfig config;
    private final Session session;
    private final SshConnection via;

    SshConnection(String displayHost, ResolvedHostConfig config, Session session, SshConnection via) {
        this.displayHost = displayHost;
        this.config = config;
        this.session = session;
        this.via = via;
    }

    /** The host as the user named it. */
    public String displayHost() {
        return displayHost;
    }

    /** The remote user this connection is authenticated as. */
    public String user() {
        return config.user();
    }

    public ResolvedHostConfig config() {
        return config;
    }

    Session session() {
        return session;
    }

    /** True while the connection (and any jump host under it) is up. */
    public boolean isAlive() {
        return session.isConnected() && (via == null || via.isAlive());
    }

    /**
     * Runs {@code command} and waits for it within {@code options.timeout()}.
     *
     * @throws SshException (CONNECTION_LOST) when no channel could be opened: the command did not start, so a
     *                      caller may reconnect and retry safely
     */
    public CommandResult exec(RemoteCommand command, ExecOptions options) throws SshException {
        long start = System.nanoTime();
        long deadline = start + options.timeout().toNanos();
        LOG.debug("{}: exec {}", displayHost, command.redacted());
        if (options.cancellation().isCancelled()) {
            return new CommandResult(CommandResult.Outcome.CANCELLED, null, null, new byte[0], new byte[0], false,
                    Duration.ZERO);
        }
        ChannelExec ch = openExec(command, options);
        Capture out = new Capture(options.maxOutputBytes());
        Capture err = new Capture(options.maxOutputBytes());
        CommandResult.Outcome outcome = CommandResult.Outcome.EXITED;
        try (AutoCloseable reg = options.cancellation().onCancel(() -> stop(ch))) {
            InputStream stdout = ch.getInputStream();
            InputStream stderr = ch.getExtInputStream();
            ch.connect((int) Math.min(MAX_CHANNEL_OPEN_MS, Math.max(1, options.timeout().toMillis())));
            sendStdin(ch, command);
            byte[] buf = new byte[16 * 1024];
            long sleepMs = 1;
            while (true) {
                boolean got = drain(stdout, buf, out, options.listener(), true)
                        | drain(stderr, buf, err, options.listener(), false);
                if (options.cancellation().isCancelled()) {
                    outcome = CommandResult.Outcome.CANCELLED;
                    break;
                }
                if (ch.isClosed()) {
                    drain(stdout, buf, out, options.listener(), true);
                    drain(stderr, buf, err, options.listener(), false);
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    outcome = CommandResult.Outcome.TIMED_OUT;
                    stop(ch);
                    break;
                }
                if (!session.isConnected()) {
                    outcome = CommandResult.Outcome.CONNECTION_LOST;
                    break;
                }
                if (got) {
                    sleepMs = 1;
                } else {
                    TimeUnit.MILLISECONDS.sleep(sleepMs);
                    sleepMs = Math.min(50, sleepMs * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(ch);
            outcome = CommandResult.Outcome.CANCELLED;
        } catch (JSchException e) {
            ch.disconnect();
            throw lost(command, e);
        } catch (Exception e) {
            ch.disconnect();
            if (options.cancellation().isCancelled()) {
                outcome = CommandResult.Outcome.CANCELLED;
            } else if (!session.isConnected()) {
                outcome = CommandResult.Outcome.CONNECTION_LOST;
            } else {
                throw new SshException(SshException.Kind.CONNECTION_LOST, displayHost, "Running "
                        + command.description() + " on " + displayHost + " failed: " + e.getMessage(), e);
            }
        } finally {
            command.wipeSecretStdin();
        }
        Integer exit = null;
        String signal = null;
        if (outcome == CommandResult.Outcome.EXITED) {
            int st = ch.getExitStatus();
            exit = st >= 0 ? st : null;
            signal = exitSignal(ch);
        }
        ch.disconnect();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("{}: '{}' ended {} (exit {}{}) in {} ms, {} + {} bytes", displayHost, command.description(),
                outcome, exit, signal == null ? "" : ", signal " + signal, elapsed.toMillis(), out.total, err.total);
        return new CommandResult(outcome, exit, signal, out.bytes(), err.bytes(), out.capped || err.capped, elapsed);
    }

    private ChannelExec openExec(RemoteCommand command, ExecOptions options) throws SshException {
        try {
            Channel c = session.openChannel("exec");
            if (!(c instanceof ChannelExec ch)) {
                throw new SshException(SshException.Kind.CONNECTION_LOST, displayHost, "Cannot open a channel on "
                        + displayHost + " for " + command.description());
            }
            ch.setCommand(command.commandLine().getBytes(StandardCharsets.UTF_8));
            ch.setInputStream(null);
            return ch;
        } catch (JSchException e) {
            throw lost(command, e);
        }
    }

    private SshException lost(RemoteCommand command, JSchException e) {
        return new SshException(SshException.Kind.CONNECTION_LOST, displayHost, "Cannot run " + command.description()
                + " on " + displayHost + ": " + (session.isConnected() ? e.getMessage() : "the connection is down"),
                e);
    }

    private static void sendStdin(ChannelExec ch, RemoteCommand command) throws IOException {
        OutputStream in = ch.getOutputStream();
        byte[] data = command.stdinForSending();
        if (data != null) {
            in.write(data);
            in.flush();
        }
        in.close(); // EOF: a command that reads stdin never waits for more
    }

    private static boolean drain(InputStream in, byte[] buf, Capture cap, ExecOptions.OutputListener l,
            boolean isStdout) throws IOException {
        boolean got = false;
        int avail;
        while ((avail = in.available()) > 0) {
            int n = in.read(buf, 0, Math.min(avail, buf.length));
            if (n <= 0) {
                break;
            }
            got = true;
            cap.add(buf, n);
            if (isStdout) {
                l.stdout(buf, 0, n);
            } else {
                l.stderr(buf, 0, n);
            }
        }
        return got;
    }

    private void stop(ChannelExec ch) {
        try {
            ch.sendSignal("TERM");
        } catch (Exception e) {
            LOG.trace("{}: TERM not delivered: {}", displayHost, e.toString());
        }
        ch.disconnect();
    }

    private static String exitSignal(ChannelExec ch) {
        try {
            return ch.getExitSignal();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        session.disconnect();
        if (via != null) {
            via.close();
        }
    }

    /** Output kept up to a limit; the rest is counted and dropped. */
    private static final class Capture {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final long max;
        private long total;
        private boolean capped;

        Capture(long max) {
            this.max = max;
        }

        void add(byte[] b, int n) {
            total += n;
            long room = max - data.size();
            if (room >= n) {
                data.write(b, 0, n);
            } else {
                if (room > 0) {
                    data.write(b, 0, (int) room);
                }
                capped = true;
            }
        }

        byte[] bytes() {
            return data.toByteArray();
        }
    }
}
