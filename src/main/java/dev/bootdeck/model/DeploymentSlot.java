package dev.bootdeck.model;

import java.util.Locale;

/** Where a deployment sits in bootc's status: the slots of {@code status.*} plus {@code otherDeployments}. */
public enum DeploymentSlot {
    /** Written by upgrade/switch, applied (finalized) at the next shutdown. */
    STAGED,
    /** The deployment the host runs now. */
    BOOTED,
    /** The previous deployment, booted next only when a rollback is queued. */
    ROLLBACK,
    /** Pinned deployments and deployments of other stateroots ({@code otherDeployments}, bootc 1.3+). */
    OTHER;

    /** Lower-case name as used in bootc's JSON keys and in our UI ("staged", "booted", "rollback", "other"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
