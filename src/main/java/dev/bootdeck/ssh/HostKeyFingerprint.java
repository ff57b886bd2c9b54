package dev.bootdeck.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Host key fingerprints and key types as OpenSSH prints them: {@code SHA256:} followed by the unpadded base64 of the
 * SHA-256 of the public key blob, and the key type taken from the blob itself ({@code ssh-ed25519},
 * {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}).
 */
public final class HostKeyFingerprint {
    private HostKeyFingerprint() {
    }

    /** {@code SHA256:xxxx}, exactly as {@code ssh-keygen -lf} shows it. */
    public static String sha256(byte[] keyBlob) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The key type named at the start of an SSH public key blob, or "unknown" for a malformed blob. */
    public static String keyType(byte[] keyBlob) {
        if (keyBlob == null || keyBlob.length < 4) {
            return "unknown";
        }
        int len = ((keyBlob[0] & 0xff) << 24) | ((keyBlob[1] & 0xff) << 16) | ((keyBlob[2] & 0xff) << 8)
                | (keyBlob[3] & 0xff);
        if (len <= 0 || len > 64 || 4 + len > keyBlob.length) {
            return "unknown";
        }
        return new String(keyBlob, 4, len, StandardCharsets.US_ASCII);
    }
}
