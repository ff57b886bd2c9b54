package dev.bootdeck.model;

import java.util.Objects;

/**
 * Whether one bound image of a deployment is in bootc's storage, and whether bootc's GC would keep it there.
 *
 * @param image   the {@code Image=} value bootc reads
 * @param state   what was found
 * @param imageId the ID of the stored image that matched, {@code null} when {@link State#MISSING}
 * @param note    how the match was made or why it is at risk, for a human
 */
public record BoundImagePresence(String image, State state, String imageId, String note) {

    /** The outcome of looking the image up. */
    public enum State {
        /** A stored image has exactly this name: present, and a GC root keeps it. */
        PRESENT,
        /**
         * podman finds it ({@code podman image exists} normalizes names, resolves short names, matches digests), but no
         * stored name equals the {@code Image=} string, so this reference does not protect it from bootc's GC.
         */
        PRESENT_UNPROTECTED,
        /** Not in storage: bootc pulls it at the next upgrade or switch, or it was pulled and pruned. */
        MISSING
    }

    public BoundImagePresence {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(note, "note");
    }
}
