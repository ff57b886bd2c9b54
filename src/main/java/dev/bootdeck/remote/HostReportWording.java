package dev.bootdeck.remote;

import dev.bootdeck.model.BoundImagesState;
import java.util.Optional;

/**
 * The words both front ends use for the facts of a host report that bootc does not word itself: the command line's
 * {@code status} text and the window's Deployments tab call these, so the two never say different things about the
 * same host.
 */
public final class HostReportWording {
    private HostReportWording() {
    }

    /** State of {@code bootc-fetch-apply-updates.timer}: active, inactive or unknown (not learned). */
    public static String autoUpdateTimer(Boolean active) {
        return active == null ? "unknown" : active ? "active" : "inactive";
    }

    /** Whether the pull secret {@code /etc/ostree/auth.json} exists: present, absent or unknown. */
    public static String authJson(Boolean present) {
        return present == null ? "unknown" : present ? "present" : "absent";
    }

    /** Why a deployment shows no list of bound images, as one sentence; empty when they were read. */
    public static Optional<String> boundImagesState(BoundImagesState state) {
        return Optional.ofNullable(switch (state) {
            case EMPTY -> "usr/lib/bootc/bound-images.d is empty: no bound images.";
            case ABSENT -> "No usr/lib/bootc/bound-images.d in this deployment: no bound images.";
            case DIRECTORY_ERROR -> "usr/lib/bootc/bound-images.d cannot be listed: bootc fails on it.";
            case UNREADABLE_ROOT -> "The deployment's root could not be read: its bound images are unknown.";
            case ROOT_NOT_FOUND -> "The deployment's root was not found on the host: its bound images are unknown.";
            case NOT_OSTREE -> "Not an ostree deployment: there is no directory tree to read bound images from.";
            case UNKNOWN -> "Bound images not inspected.";
            case READ -> null;
        });
    }
}
