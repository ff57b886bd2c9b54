package dev.bootdeck.model;

import java.util.Objects;

/**
 * A boot entry together with the slot it was found in, so that lists of deployments keep their meaning.
 *
 * @param slot  which slot of bootc's status it came from
 * @param index the position within {@code otherDeployments} for {@link DeploymentSlot#OTHER}, otherwise 0
 * @param entry the boot entry itself
 */
public record Deployment(DeploymentSlot slot, int index, BootEntry entry) {

    public Deployment {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(entry, "entry");
        if (index < 0 || (slot != DeploymentSlot.OTHER && index != 0)) {
            throw new IllegalArgumentException("bad index " + index + " for slot " + slot);
        }
    }

    /** A short stable label: {@code staged}, {@code booted}, {@code rollback} or {@code other[N]}. */
    public String label() {
        return slot == DeploymentSlot.OTHER ? "other[" + index + "]" : slot.word();
    }
}
