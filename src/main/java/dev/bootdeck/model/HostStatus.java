package dev.bootdeck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code status} of bootc's status document: the deployments in their slots plus host-wide state.
 *
 * @param staged           the staged deployment, {@code null} if none
 * @param booted           the booted deployment; {@code null} means "not a bootc host" (bootc's official test)
 * @param rollback         the rollback deployment, {@code null} if none
 * @param otherDeployments pinned deployments and deployments of other stateroots (bootc 1.3+), empty if absent
 * @param rollbackQueued   the rollback deployment is queued for the next boot (bootc 0.1.10+)
 * @param type             raw {@code type}: {@code bootcHost} or {@code null}; newer bootc may add values
 * @param isContainer      the legacy {@code isContainer} flag of bootc before 0.1.6, {@code null} when absent
 * @param usrOverlay       the overlay on {@code /usr} (bootc 1.14+), {@code null} if none
 * @param readOnly         {@code /sysroot} is on read-only media such as a live ISO (bootc 1.16.7+)
 */
public record HostStatus(BootEntry staged, BootEntry booted, BootEntry rollback, List<BootEntry> otherDeployments,
                         boolean rollbackQueued, String type, Boolean isContainer, UsrOverlay usrOverlay,
                         boolean readOnly) {

    public HostStatus {
        otherDeployments = otherDeployments == null ? List.of() : List.copyOf(otherDeployments);
    }

    /** The status of a host that is not deployed via bootc (what {@code Host::default()} serializes to). */
    public static HostStatus empty() {
        return new HostStatus(null, null, null, List.of(), false, null, null, null, false);
    }

    /** True when {@code type} is {@code bootcHost}: the booted deployment came from a container image. */
    public boolean isBootcHostType() {
        return "bootcHost".equals(type);
    }

    /** Every deployment with its slot, in the order staged, booted, rollback, then {@code otherDeployments}. */
    public List<Deployment> deployments() {
        List<Deployment> out = new ArrayList<>();
        if (staged != null) {
            out.add(new Deployment(DeploymentSlot.STAGED, 0, staged));
        }
        if (booted != null) {
            out.add(new Deployment(DeploymentSlot.BOOTED, 0, booted));
        }
        if (rollback != null) {
            out.add(new Deployment(DeploymentSlot.ROLLBACK, 0, rollback));
        }
        for (int i = 0; i < otherDeployments.size(); i++) {
            out.add(new Deployment(DeploymentSlot.OTHER, i, otherDeployments.get(i)));
        }
        return Collections.unmodifiableList(out);
    }
}
