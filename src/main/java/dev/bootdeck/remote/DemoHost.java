package dev.bootdeck.remote;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The clearly labelled demo host for the GUI's {@code --demo} mode and screenshots: a report built from recorded
 * bootc outputs, not from a live connection. The recording ({@code demo-host.raw}, see the README beside it) is the
 * real output of {@code gather.sh} run against a bootc-shaped test host derived from the bootc status fixtures; it is
 * parsed by the same {@link GatherOutputParser} and {@link HostReportBuilder} as a live host. It shows a staged
 * deployment with a missing bound image, a rollback, and an update found by {@code bootc upgrade --check}.
 */
public final class DemoHost {
    /** The host name the demo report carries. */
    public static final String HOST = "demo-host";
    /** The nonce the recording was made with. */
    public static final String NONCE = "bootdeck-demo-recording";
    static final String RESOURCE = "/dev/bootdeck/demo/demo-host.raw";
    /** The first warning of the demo report, so no front end can mistake it for a live host. */
    public static final String LABEL = "Demo host: built from recorded bootc outputs, not a live connection";

    private DemoHost() {
    }

    /** The recorded script output. */
    public static byte[] recording() {
        try (InputStream in = DemoHost.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }

    /** The demo report, refreshed "now". */
    public static HostReport report(Instant refreshedAt) {
        HostReport r;
        try {
            r = HostReportBuilder.build(HOST, GatherOutputParser.parse(recording(), NONCE), refreshedAt, true);
        } catch (GatherFormatException e) {
            throw new IllegalStateException("The demo recording is unreadable: " + e.getMessage(), e);
        }
        if (r.state() != HostState.OK) {
            throw new IllegalStateException("The demo recording does not give a bootc host: " + r.error());
        }
        List<String> warnings = new ArrayList<>();
        warnings.add(LABEL);
        warnings.addAll(r.warnings());
        return new HostReport(r.host(), r.state(), r.error(), r.bootcVersion(), r.nextBoot(), r.nextBootReason(),
                r.deployments(), r.gcCandidates(), warnings, r.autoUpdateTimerActive(), r.authJsonPresent(),
                r.storedImages(), r.gcPlan(), r.status(), r.refreshedAt(), true);
    }
}
