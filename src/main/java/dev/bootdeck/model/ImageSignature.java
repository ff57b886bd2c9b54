package dev.bootdeck.model;

import java.util.Objects;

/**
 * How bootc verifies the signature of a host image ({@code ImageReference.signature} in bootc's status).
 * bootc writes it as {@code {"ostreeRemote":"<remote>"}}, {@code "containerPolicy"} or {@code "insecure"}; any other
 * value from a future bootc is kept as {@link Kind#UNKNOWN} with its raw JSON text, never rejected.
 *
 * @param kind         which variant
 * @param ostreeRemote the remote name for {@link Kind#OSTREE_REMOTE}, otherwise {@code null}
 * @param raw          the value as bootc wrote it (compact JSON text for objects, the bare string otherwise)
 */
public record ImageSignature(Kind kind, String ostreeRemote, String raw) {

    /** The signature variants bootc knows, plus {@link #UNKNOWN} for anything newer. */
    public enum Kind {
        /** Fetches verify the ostree commit with the named ostree remote. */
        OSTREE_REMOTE,
        /** Fetches defer to {@code containers-policy.json}. */
        CONTAINER_POLICY,
        /** No signature verification at all. */
        INSECURE,
        /** A value this version of bootdeck does not know; see {@link ImageSignature#raw()}. */
        UNKNOWN
    }

    public ImageSignature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        if (kind == Kind.OSTREE_REMOTE) {
            Objects.requireNonNull(ostreeRemote, "ostreeRemote");
        }
    }

    public static ImageSignature ostreeRemote(String remote) {
        return new ImageSignature(Kind.OSTREE_REMOTE, remote, "{\"ostreeRemote\":\"" + remote + "\"}");
    }

    public static ImageSignature containerPolicy() {
        return new ImageSignature(Kind.CONTAINER_POLICY, null, "containerPolicy");
    }

    public static ImageSignature insecure() {
        return new ImageSignature(Kind.INSECURE, null, "insecure");
    }

    /** True when fetches of this image are not verified at all. */
    public boolean isInsecure() {
        return kind == Kind.INSECURE;
    }
}
