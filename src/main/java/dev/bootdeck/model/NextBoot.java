package dev.bootdeck.model;

import java.util.Objects;

/**
 * Which deployment the host boots into at the next reboot, and why.
 *
 * @param slot   the slot of that deployment
 * @param entry  its boot entry
 * @param reason a sentence for a human explaining the decision
 */
public record NextBoot(DeploymentSlot slot, BootEntry entry, String reason) {
    public NextBoot {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reason, "reason");
    }
}
