package dev.bootdeck.model;

import java.util.Optional;

/**
 * One bootable deployment as bootc reports it ({@code BootEntry} in bootc's {@code spec.rs}). Every field is optional
 * in old bootc output; missing booleans read as {@code false}.
 *
 * @param image             the image this deployment was made from; {@code null} for non-container ostree
 *                          deployments and for ones bootc cannot handle ({@link #incompatible()})
 * @param cachedUpdate      metadata of an update found by {@code bootc upgrade --check}, {@code null} if none
 * @param incompatible      the origin has rpm-ostree layering or overrides: bootc cannot manage it, use rpm-ostree
 * @param pinned            the deployment is pinned ({@code ostree admin pin}) and never garbage-collected
 * @param softRebootCapable it is a possible soft-reboot target relative to the booted system (bootc 1.7+)
 * @param downloadOnly      staged with {@code --download-only}: it will NOT be applied on reboot (bootc 1.12+)
 * @param store             raw {@code store}: {@code ostreeContainer} or {@code null}
 * @param ostree            ostree details, {@code null} for composefs-native entries
 * @param composefs         composefs details (bootc 1.9+), {@code null} for ostree entries
 */
public record BootEntry(ImageStatus image, ImageStatus cachedUpdate, boolean incompatible, boolean pinned,
                        boolean softRebootCapable, boolean downloadOnly, String store, BootEntryOstree ostree,
                        BootEntryComposefs composefs) {

    /** True when the entry was deployed from a container image (bootc can manage it). */
    public boolean isContainerImage() {
        return image != null;
    }

    /** True when {@code store} is bootc's {@code ostreeContainer} backend. */
    public boolean usesOstreeContainerStore() {
        return "ostreeContainer".equals(store);
    }

    /**
     * True when {@code bootc upgrade --check} found an image whose manifest digest differs from this entry's
     * ({@code cachedUpdate.imageDigest != image.imageDigest}). A cached update with the same digest is not an update.
     */
    public boolean updateAvailable() {
        return image != null && cachedUpdate != null && cachedUpdate.differsFrom(image);
    }

    /** The image name as bootc puts it into its GC roots (no transport prefix), empty for non-container entries. */
    public Optional<String> hostImageName() {
        return image == null ? Optional.empty() : Optional.of(image.image().gcRootName());
    }

    /** The deployment root directory (see {@link BootEntryOstree#deploymentRoot()}); empty for composefs entries. */
    public Optional<String> deploymentRoot() {
        return ostree == null ? Optional.empty() : ostree.deploymentRoot();
    }
}
