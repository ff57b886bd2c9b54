package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * The images one deployment contributes to bootc's GC roots, and whether its bound images are in storage.
 *
 * @param label      the deployment's label ({@code staged}, {@code booted}, {@code rollback}, {@code other[N]})
 * @param hostImage  the host image name bootc adds as a root, {@code null} for a non-container deployment
 * @param boundKnown whether the bound images of this deployment were read (false: its roots are unknown)
 * @param bootcFails whether bootc fails to query this deployment's bound images (that aborts the whole GC)
 * @param bound      presence of each bound image (in entry order)
 */
public record DeploymentImages(String label, String hostImage, boolean boundKnown, boolean bootcFails,
                               List<BoundImagePresence> bound) {
    public DeploymentImages {
        Objects.requireNonNull(label, "label");
        bound = List.copyOf(bound);
    }

    /** The bound images that are not in storage at all. */
    public List<String> missing() {
        return bound.stream().filter(b -> b.state() == BoundImagePresence.State.MISSING)
                .map(BoundImagePresence::image).toList();
    }
}
