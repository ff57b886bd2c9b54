package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * One image in bootc's container storage, from {@code podman image list --format=json} (run as
 * {@code bootc image cmd list --format=json}). bootc's GC reads only {@code Id} and {@code Names}; the rest is for
 * display.
 *
 * @param id          the image ID (config digest, 64 hex digits)
 * @param names       the names podman stored for it ({@code quay.io/a/b:1}, {@code quay.io/a/b@sha256:...}); empty
 *                    for a dangling image
 * @param digest      the manifest digest, {@code null} if not reported
 * @param repoDigests {@code repository@digest} names, empty if not reported
 * @param size        size in bytes, {@code null} if not reported
 * @param virtualSize virtual size in bytes, {@code null} if not reported
 * @param sharedSize  bytes shared with other images, {@code null} if not reported
 * @param created     creation time in seconds since the epoch, {@code null} if not reported
 * @param readOnly    whether it lives in a read-only (additional) store, {@code null} if not reported
 */
public record StoredImage(String id, List<String> names, String digest, List<String> repoDigests, Long size,
                          Long virtualSize, Long sharedSize, Long created, Boolean readOnly) {

    public StoredImage {
        Objects.requireNonNull(id, "id");
        names = names == null ? List.of() : List.copyOf(names);
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    }

    /** A minimal entry with only what bootc's GC reads. */
    public static StoredImage of(String id, List<String> names) {
        return new StoredImage(id, names, null, List.of(), null, null, null, null, null);
    }

    /** The first 12 characters of the ID, as podman shows it. */
    public String shortId() {
        return Digests.shorten(id);
    }
}
