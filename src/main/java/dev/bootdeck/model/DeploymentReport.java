package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * One deployment of a host as front ends show it: bootc's facts about it plus its bound images as read from its
 * own root on the host.
 *
 * @param slot              staged, booted, rollback or other
 * @param label             {@code staged}, {@code booted}, {@code rollback} or {@code other[N]}
 * @param nextBoot          this deployment boots next
 * @param image             the image it was deployed from, or null for a non-container deployment
 * @param transport         the image's transport ({@code registry}, ...), or null
 * @param digest            the image's manifest digest, or null
 * @param version           the image's version label, or null
 * @param timestamp         the image's build time (RFC 3339 as bootc wrote it), or null
 * @param architecture      the image's architecture, or null
 * @param pinned            pinned ({@code ostree admin pin})
 * @param downloadOnly      staged with {@code --download-only}: not applied on reboot
 * @param softRebootCapable a possible soft-reboot target
 * @param incompatible      has rpm-ostree layering: bootc cannot manage it
 * @param updateAvailable   {@code bootc upgrade --check} found a newer image that is not staged yet
 * @param cachedUpdate      what the last check found, or null
 * @param store             bootc's {@code store} value, or null
 * @param ostreeRoot        the deployment's root directory on the host, or null
 * @param boundImagesState  what could be learned about its bound images
 * @param boundImages       its bound images, in entry-name order
 * @param findings          problems of the directory as a whole (unreadable, non-UTF-8 names)
 */
public record DeploymentReport(DeploymentSlot slot, String label, boolean nextBoot, String image, String transport,
        String digest, String version, String timestamp, String architecture, boolean pinned, boolean downloadOnly,
        boolean softRebootCapable, boolean incompatible, boolean updateAvailable, CachedUpdateReport cachedUpdate,
        String store, String ostreeRoot, BoundImagesState boundImagesState, List<BoundImageReport> boundImages,
        List<Finding> findings) {
    public DeploymentReport {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(boundImagesState, "boundImagesState");
        boundImages = List.copyOf(boundImages);
        findings = List.copyOf(findings);
    }

    /** The first 12 hex digits of the digest ({@code 16dc2b6256b4}), or null. */
    public String digestShort() {
        return Digests.shorten(digest);
    }

    /** Bound images that are not in bootc's storage. */
    public List<BoundImageReport> missingBoundImages() {
        return boundImages.stream().filter(b -> Boolean.FALSE.equals(b.present())).toList();
    }
}
