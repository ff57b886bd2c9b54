package dev.bootdeck.ui.hosts;

import dev.bootdeck.bootc.NextBootChanges;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;

/**
 * The one-word state a host shows in the sidebar, worst news first: what an admin needs to notice before opening
 * the host (a next boot that misses bound images beats a pending staged deployment, which beats an update).
 */
public enum HostBadge {
    NOT_REFRESHED("not refreshed", "badge-muted"),
    CONNECTING("connecting", "badge-accent"),
    UNREACHABLE("unreachable", "badge-danger"),
    ERROR("error", "badge-danger"),
    NOT_BOOTC("not a bootc host", "badge-muted"),
    MISSING_BOUND_IMAGES("missing bound images", "badge-danger"),
    STAGED_PENDING("staged pending", "badge-warning"),
    UPDATE_AVAILABLE("update available", "badge-accent"),
    OK("ok", "badge-success");

    private final String label;
    private final String styleClass;

    HostBadge(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }

    public static HostBadge of(HostReport report, boolean connecting) {
        if (connecting) {
            return CONNECTING;
        }
        if (report == null) {
            return NOT_REFRESHED;
        }
        if (report.state() != HostState.OK) {
            return switch (report.state()) {
                case UNREACHABLE, TIMEOUT -> UNREACHABLE;
                case NOT_BOOTC_HOST, BOOTC_MISSING -> NOT_BOOTC;
                default -> ERROR;
            };
        }
        NextBootChanges next = NextBootChanges.of(report.deployments());
        if (!next.missing().isEmpty()) {
            return MISSING_BOUND_IMAGES;
        }
        if (report.deployments().stream().anyMatch(d -> d.slot() == dev.bootdeck.model.DeploymentSlot.STAGED)) {
            return STAGED_PENDING;
        }
        if (report.deployments().stream().anyMatch(DeploymentReport::updateAvailable)) {
            return UPDATE_AVAILABLE;
        }
        return OK;
    }
}
