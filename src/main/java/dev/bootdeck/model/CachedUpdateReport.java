package dev.bootdeck.model;

/**
 * The update that {@code bootc upgrade --check} found for a deployment ({@code cachedUpdate}).
 *
 * @param image        the image reference
 * @param digest       its manifest digest
 * @param version      its version label, or null
 * @param timestamp    its build time (RFC 3339 as bootc wrote it), or null
 * @param architecture its architecture, or null
 */
public record CachedUpdateReport(String image, String digest, String version, String timestamp,
        String architecture) {
}
