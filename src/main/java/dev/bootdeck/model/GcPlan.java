package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * What bootc's garbage collection of its container storage would do ({@code deploy.rs prune_container_store} and
 * {@code podstorage.rs prune_except_roots}): the roots are every bound {@code Image=} value of every deployment plus
 * each deployment's host image name; a stored image is kept only if one of its names equals a root exactly, and
 * removed otherwise (images without names included).
 *
 * @param backend      which GC rules apply
 * @param roots        the root names, sorted
 * @param kept         stored images bootc keeps
 * @param pruned       stored images bootc's rules select for removal; while {@link #gcFails()} bootc aborts before
 *                     removing them
 * @param deployments  per deployment: host image, bound images and their presence
 * @param complete     false when some deployment's bound images could not be read, so that roots may be missing and
 *                     some of {@link #pruned()} may in fact be kept
 * @param gcFails      true when bootc's GC aborts (a deployment's bound-image query fails), pruning nothing
 * @param notes        sentences for a human about caveats of this plan
 */
public record GcPlan(Backend backend, List<String> roots, List<StoredImage> kept, List<StoredImage> pruned,
                     List<DeploymentImages> deployments, boolean complete, boolean gcFails, List<String> notes) {

    /** The storage backend, which decides the roots. */
    public enum Backend {
        /** ostree deployments: bound images of all deployments plus host images are roots. */
        OSTREE,
        /** composefs-native deployments: bootc's composefs GC keeps only host image names (bound images unsupported). */
        COMPOSEFS
    }

    public GcPlan {
        Objects.requireNonNull(backend, "backend");
        roots = List.copyOf(roots);
        kept = List.copyOf(kept);
        pruned = List.copyOf(pruned);
        deployments = List.copyOf(deployments);
        notes = List.copyOf(notes);
    }

    /** Bytes bootc would free, counting images that report a size. */
    public long prunedBytes() {
        return gcFails ? 0 : pruned.stream().map(StoredImage::size).filter(Objects::nonNull).mapToLong(Long::longValue)
                .sum();
    }
}
