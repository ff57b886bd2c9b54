package dev.bootdeck.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What bootc knows about one fetched image: the {@code image} and {@code cachedUpdate} values of a boot entry.
 *
 * @param image        the image reference
 * @param version      the image's version label, {@code null} if it has none
 * @param timestamp    the build timestamp as bootc wrote it (RFC 3339), {@code null} if unknown
 * @param imageDigest  the manifest digest, e.g. {@code sha256:...}; {@code null} only if a (broken) bootc omitted it
 * @param architecture the OCI architecture ({@code amd64}, {@code arm64}, ...), {@code null} before bootc 1.1.7
 */
public record ImageStatus(BootcImageReference image, String version, String timestamp, String imageDigest,
                          String architecture) {

    public ImageStatus {
        Objects.requireNonNull(image, "image");
    }

    /** The timestamp as an instant, empty when there is none or it is not valid RFC 3339. */
    public Optional<Instant> timestampInstant() {
        if (timestamp == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(timestamp));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when both have a digest and the digests differ (how bootc decides that a cached update is new). */
    public boolean differsFrom(ImageStatus other) {
        return other != null && imageDigest != null && other.imageDigest != null
                && !imageDigest.equals(other.imageDigest);
    }
}
