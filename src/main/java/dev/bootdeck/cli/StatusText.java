package dev.bootdeck.cli;

import dev.bootdeck.bootc.NextBootChanges;
import dev.bootdeck.model.BoundImageChange;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.BoundImagesState;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.Digests;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.Severity;
import dev.bootdeck.remote.HostReportWording;
import java.io.PrintWriter;

/**
 * The human-readable {@code status}: per host a header, then each deployment (slot, next-boot marker {@code *},
 * image, version, short digest, timestamp, pinned, update available) with its bound images and their presence under
 * it, then GC candidates and warnings.
 */
final class StatusText {
    private StatusText() {
    }

    /** Writes one host; per-image warnings only when {@code verbose} (errors always). */
    static void write(PrintWriter out, HostReport r, boolean verbose) {
        StringBuilder head = new StringBuilder(r.host());
        if (r.demo()) {
            head.append(" [DEMO: recorded bootc outputs, not a live host]");
        }
        if (!r.ok()) {
            out.println(head + ": " + r.state().word().toUpperCase(java.util.Locale.ROOT) + ": " + r.error());
            for (String w : r.warnings()) {
                out.println("  warning: " + w);
            }
            return;
        }
        head.append(": bootc ").append(r.bootcVersion() == null ? "?" : r.bootcVersion());
        head.append(", next boot: ").append(r.nextBoot() == null ? "unknown" : r.nextBoot().word());
        out.println(head);
        int hidden = 0;
        for (DeploymentReport d : r.deployments()) {
            hidden += deployment(out, d, verbose);
        }
        NextBootChanges next = NextBootChanges.of(r.deployments());
        if (next.bootsAnotherDeployment()) {
            if (next.changes().isEmpty()) {
                out.println("  next boot: same bound images as the booted deployment");
            }
            for (BoundImageChange c : next.changes()) {
                out.println("  next boot: " + switch (c.kind()) {
                    case ADDED -> "+ " + c.link() + " " + c.after() + presence(c.presentAfter());
                    case REMOVED -> "- " + c.link() + " " + c.before();
                    case IMAGE_CHANGED -> "~ " + c.link() + " " + c.before() + " -> " + c.after()
                            + presence(c.presentAfter());
                });
            }
        }
        out.println("  auto-update timer: " + HostReportWording.autoUpdateTimer(r.autoUpdateTimerActive())
                + "; /etc/ostree/auth.json: " + HostReportWording.authJson(r.authJsonPresent()));
        if (!r.gcCandidates().isEmpty()) {
            out.println("  bootc's GC would prune: " + String.join(", ", r.gcCandidates()));
        }
        for (String w : r.warnings()) {
            out.println("  warning: " + w);
        }
        if (hidden > 0) {
            out.println("  (" + hidden + " bound-image warning(s) not shown; -v shows them)");
        }
    }

    private static String presence(Boolean present) {
        return present == null ? "" : present ? "" : " (MISSING from bootc's storage)";
    }

    /** Prints one deployment; returns how many warnings it left out. */
    private static int deployment(PrintWriter out, DeploymentReport d, boolean verbose) {
        StringBuilder b = new StringBuilder("  ");
        b.append(d.nextBoot() ? "* " : "  ");
        b.append(String.format("%-9s", d.label()));
        b.append(' ').append(d.image() == null ? "(not a container image)" : d.image());
        if (d.version() != null) {
            b.append("  version ").append(d.version());
        }
        if (d.digestShort() != null) {
            b.append("  ").append(d.digestShort());
        }
        if (d.timestamp() != null) {
            b.append("  ").append(d.timestamp());
        }
        if (d.pinned()) {
            b.append("  pinned");
        }
        if (d.downloadOnly()) {
            b.append("  download-only");
        }
        if (d.incompatible()) {
            b.append("  incompatible (rpm-ostree layering)");
        }
        out.println(b);
        if (d.updateAvailable() && d.cachedUpdate() != null) {
            String digest = Digests.shorten(d.cachedUpdate().digest());
            out.println("              update available: " + (d.cachedUpdate().version() == null ? ""
                    : "version " + d.cachedUpdate().version() + "  ") + (digest == null ? "" : digest)
                    + (d.cachedUpdate().timestamp() == null ? "" : "  " + d.cachedUpdate().timestamp()));
        }
        if (d.boundImagesState() != BoundImagesState.READ) {
            out.println("              " + HostReportWording.boundImagesState(d.boundImagesState()).orElseThrow());
            d.findings().forEach(f -> out.println("                " + f.severity().word() + ": " + f.message()));
            return 0;
        }
        int hidden = 0;
        int width = d.boundImages().stream().mapToInt(x -> x.link().length()).max().orElse(0);
        for (BoundImageReport bi : d.boundImages()) {
            String presence = bi.image() == null ? "ERROR" : bi.present() == null ? "unknown"
                    : bi.present() ? "present" : "MISSING";
            out.println("              " + String.format("%-8s %-" + width + "s", presence, bi.link()) + "  "
                    + (bi.image() == null ? "(bootc cannot read this entry)" : bi.image()));
            for (int i = 0; i < bi.problems().size(); i++) {
                if (verbose || bi.findings().get(i).severity() == Severity.ERROR) {
                    out.println("                " + bi.problems().get(i));
                } else {
                    hidden++;
                }
            }
        }
        d.findings().forEach(f -> out.println("              " + f.severity().word() + ": " + f.message()));
        return hidden;
    }
}
