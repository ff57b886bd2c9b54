package dev.bootdeck.remote;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.ssh.Cancellation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inspects many hosts at once with a bounded number of threads (so a fleet of hundreds opens at most that many
 * connections at a time), reporting each host as soon as it is done and all of them in the caller's order.
 */
public final class FleetInspector implements AutoCloseable {
    /** Inspects one host; {@link HostInspector#inspect(String, Cancellation)} is the real one. */
    @FunctionalInterface
    public interface Inspection {
        HostReport inspect(String host, Cancellation cancel);
    }

    private final Inspection inspector;
    private final ExecutorService pool;

    public FleetInspector(HostInspector inspector, int parallelism) {
        this((Inspection) inspector::inspect, parallelism);
    }

    public FleetInspector(Inspection inspector, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.inspector = inspector;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "bootdeck-inspect-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts inspecting {@code host}; the future completes with its report (never exceptionally). */
    public CompletableFuture<HostReport> submit(String host, Cancellation cancel) {
        return CompletableFuture.supplyAsync(() -> inspector.inspect(host, cancel), pool);
    }

    /** Inspects every host, at most {@code parallelism} at a time; the reports come in the order of {@code hosts}. */
    public List<HostReport> inspectAll(List<String> hosts, Cancellation cancel) {
        List<CompletableFuture<HostReport>> futures = new ArrayList<>();
        for (String h : hosts) {
            futures.add(submit(h, cancel));
        }
        List<HostReport> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
                out.add(HostReport.failed(hosts.get(i), HostState.CANCELLED, "The inspection of " + hosts.get(i)
                        + " was interrupted", Instant.now()));
            } catch (ExecutionException e) {
                out.add(HostReport.failed(hosts.get(i), HostState.BAD_OUTPUT, "Inspecting " + hosts.get(i)
                        + " failed: " + e.getCause(), Instant.now()));
            }
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
