package dev.bootdeck.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated SSH connection, and the one wrapper through which every remote command runs: the command line
 * comes from {@link RemoteCommand} (quoting in one place), every call has a timeout, can be cancelled from another
 * thread (the channel is signalled and closed), keeps a bounded amount of output, and is logged at debug level in
 * redacted form only. Several commands may run at once on one connection.
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

    /** The keep-alive probe interval in force (zero when off). */
    public Duration keepAliveInterval() {
        return Duration.ofMillis(session.getServerAliveInterval());
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
        Capture out = new Capture(options.maxOutputBytes());
        Capture err = new Capture(options.maxOutputBytes());
        ChannelExec ch = openExec(command, out, err);
        CommandResult.Outcome outcome = CommandResult.Outcome.EXITED;
        try (AutoCloseable reg = options.cancellation().onCancel(() -> stop(ch))) {
            ch.connect((int) Math.min(MAX_CHANNEL_OPEN_MS, Math.max(1, options.timeout().toMillis())));
            sendStdin(ch, command);
            long sleepMs = 1;
            while (true) {
                if (options.cancellation().isCancelled()) {
                    outcome = CommandResult.Outcome.CANCELLED;
                    break;
                }
                if (ch.isClosed()) {
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
                TimeUnit.MILLISECONDS.sleep(sleepMs);
                sleepMs = Math.min(20, sleepMs * 2);
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
                outcome, exit, signal == null ? "" : ", signal " + signal, elapsed.toMillis(), out.total(), err.total());
        return new CommandResult(outcome, exit, signal, out.bytes(), err.bytes(), out.capped() || err.capped(), elapsed);
    }

    private ChannelExec openExec(RemoteCommand command, OutputStream out, OutputStream err) throws SshException {
        try {
            Channel c = session.openChannel("exec");
            if (!(c instanceof ChannelExec ch)) {
                throw new SshException(SshException.Kind.CONNECTION_LOST, displayHost, "Cannot open a channel on "
                        + displayHost + " for " + command.description());
            }
            ch.setCommand(command.commandLine().getBytes(StandardCharsets.UTF_8));
            ch.setInputStream(null);
            // JSch's session thread writes output straight into these: no pipe to drain, no stalled window.
            ch.setOutputStream(out, true);
            ch.setErrStream(err, true);
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
            try {
                in.write(data);
                in.flush();
            } finally {
                command.wipeSecretStdin(); // sent (or lost with the channel): a password must not linger
            }
        }
        in.close(); // EOF: a command that reads stdin never waits for more
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

    /** Output kept up to a limit (the rest is counted and dropped). */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final long max;
        private long total;
        private boolean capped;

        Capture(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int n) {
            total += n;
            long room = max - data.size();
            if (room >= n) {
                data.write(b, off, n);
            } else {
                if (room > 0) {
                    data.write(b, off, (int) room);
                }
                capped = true;
            }
        }

        synchronized byte[] bytes() {
            return data.toByteArray();
        }

        synchronized long total() {
            return total;
        }

        synchronized boolean capped() {
            return capped;
        }
    }
}
