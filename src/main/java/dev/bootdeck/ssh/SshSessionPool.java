package dev.bootdeck.ssh;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one live connection per host between refreshes, so a refresh costs one channel instead of a handshake. A
 * connection that died (keep-alive failed, host rebooted) is replaced transparently before a command starts; a
 * command whose channel could not open on a connection that just died is retried once on a fresh connection (it
 * never started, so this is safe). Connections unused for the idle time are closed. Callers on many threads may
 * use it at once; two callers for the same host share one connection attempt.
 */
public final class SshSessionPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshSessionPool.class);

    private final SshClient client;
    private final long idleNanos;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bootdeck-ssh-idle-reaper");
        t.setDaemon(true);
        return t;
    });

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        volatile SshConnection connection;
        volatile long lastUsed = System.nanoTime();
        final java.util.concurrent.atomic.AtomicInteger inUse = new java.util.concurrent.atomic.AtomicInteger();
    }

    public SshSessionPool(SshClient client, Duration idleTimeout) {
        this.client = client;
        this.idleNanos = idleTimeout.toNanos();
        long period = Math.max(1000, idleTimeout.toMillis() / 2);
        reaper.scheduleAtFixedRate(this::closeIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /** A live connection to {@code target}, reused or (re)opened. */
    public SshConnection connection(HostTarget target, Cancellation cancel) throws SshException {
        Slot slot = slots.computeIfAbsent(key(target), k -> new Slot());
        slot.lock.lock();
        try {
            SshConnection c = slot.connection;
            if (c != null && c.isAlive()) {
                slot.lastUsed = System.nanoTime();
                return c;
            }
            if (c != null) {
                LOG.debug("{}: connection lost, reconnecting", target);
                c.close();
                slot.connection = null;
            }
            c = client.connect(target, cancel);
            slot.connection = c;
            slot.lastUsed = System.nanoTime();
            return c;
        } finally {
            slot.lock.unlock();
        }
    }

    /** Runs {@code command} on {@code target} over the pooled connection. */
    public CommandResult exec(HostTarget target, RemoteCommand command, ExecOptions options) throws SshException {
        Slot slot = slots.computeIfAbsent(key(target), k -> new Slot());
        SshConnection c = connection(target, options.cancellation());
        slot.inUse.incrementAndGet();
        try {
            try {
                return c.exec(command, options);
            } catch (SshException e) {
                if (e.kind() != SshException.Kind.CONNECTION_LOST || c.isAlive()) {
                    throw e;
                }
                LOG.debug("{}: connection died before the command started; reconnecting once", target);
                evict(target);
                return connection(target, options.cancellation()).exec(command, options);
            }
        } finally {
            slot.inUse.decrementAndGet();
            slot.lastUsed = System.nanoTime();
        }
    }

    /** Closes and forgets the connection to {@code target} (e.g. after its host key was changed on purpose). */
    public void evict(HostTarget target) {
        Slot slot = slots.get(key(target));
        if (slot != null) {
            slot.lock.lock();
            try {
                if (slot.connection != null) {
                    slot.connection.close();
                    slot.connection = null;
                }
            } finally {
                slot.lock.unlock();
            }
        }
    }

    /** Number of open connections (for tests and the status bar). */
    public int openConnections() {
        return (int) slots.values().stream().filter(s -> s.connection != null && s.connection.isAlive()).count();
    }

    private void closeIdle() {
        long now = System.nanoTime();
        slots.forEach((k, slot) -> {
            if (slot.inUse.get() == 0 && slot.connection != null && now - slot.lastUsed > idleNanos
                    && slot.lock.tryLock()) {
                try {
                    if (slot.connection != null) {
                        LOG.debug("{}: idle, closing connection", k);
                        slot.connection.close();
                        slot.connection = null;
                    }
                } finally {
                    slot.lock.unlock();
                }
            }
        });
    }

    private static String key(HostTarget target) {
        return target.toString();
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        slots.values().forEach(s -> {
            if (s.connection != null) {
                s.connection.close();
            }
        });
        slots.clear();
    }
}
