package dev.bootdeck.model;

/** How digests and image IDs are shortened for people: the first 12 hex digits, as podman shows IDs. */
public final class Digests {
    public static final int SHORT = 12;

    private Digests() {
    }

    /** {@code sha256:16dc2b6256b4ff...} or {@code 16dc2b6256b4ff...} becomes {@code 16dc2b6256b4}; null stays null. */
    public static String shorten(String digest) {
        if (digest == null) {
            return null;
        }
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        return hex.length() > SHORT ? hex.substring(0, SHORT) : hex;
    }
}
