package dev.bootdeck.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * A host key that known_hosts does not list, as shown to the user before they decide: the host, the key type and
 * its SHA256 fingerprint, key types already known for that host (a hint that something is odd), and the file the
 * key will be written to if accepted.
 *
 * @param host             the host as the user named it
 * @param knownHostsName   the name it will be listed under ({@code host} or {@code [host]:port})
 * @param keyType          e.g. {@code ssh-ed25519}
 * @param fingerprint      {@code SHA256:...}
 * @param otherKnownTypes  key types known_hosts already has for this host (usually empty)
 * @param knownHostsFile   where the key is written when accepted, or null when no file is configured
 */
public record UnknownHostKey(String host, String knownHostsName, String keyType, String fingerprint,
        List<String> otherKnownTypes, Path knownHostsFile) {
    public UnknownHostKey {
        otherKnownTypes = List.copyOf(otherKnownTypes);
    }

    /** One paragraph for a dialog or a terminal. */
    public String describe() {
        String s = "The authenticity of host " + knownHostsName + " can't be established.\n" + keyType
                + " key fingerprint is " + fingerprint + ".";
        if (!otherKnownTypes.isEmpty()) {
            s += "\nWARNING: known_hosts already lists other key types for this host (" + String.join(", ",
                    otherKnownTypes) + "); a new key type may mean the host is being impersonated.";
        }
        return s;
    }
}
