package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.ssh.Cancellation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FleetInspectorTest {
    @Test
    void neverRunsMoreThanTheBoundAtOnceAndKeepsTheOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        FleetInspector.Inspection slow = (host, cancel) -> {
            int now = running.incrementAndGet();
            max.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return HostReport.failed(host, HostState.UNREACHABLE, "test " + host, Instant.EPOCH);
        };
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hosts.add("h" + i);
        }
        try (FleetInspector f = new FleetInspector(slow, 4)) {
            List<HostReport> r = f.inspectAll(hosts, Cancellation.none());
            assertThat(r).extracting(HostReport::host).containsExactlyElementsOf(hosts);
        }
        assertThat(max.get()).isBetween(2, 4);
    }
}
