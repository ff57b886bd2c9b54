package dev.bootdeck.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import java.util.List;
import java.util.Vector;

/**
 * The keys offered to one host, in OpenSSH's order: agent keys that match a configured key file first, then the
 * other agent keys (left out when {@code IdentitiesOnly yes}), then the key files. A fixed list built when
 * connecting, handed to JSch for that session only.
 */
final class SessionIdentities implements IdentityRepository {
    private final List<Identity> identities;
    private final String description;

    SessionIdentities(List<Identity> identities, String description) {
        this.identities = List.copyOf(identities);
        this.description = description;
    }

    /** What was offered, for an authentication-failed message ("agent: 2 keys; files: ~/.ssh/id_ed25519"). */
    String description() {
        return description;
    }

    @Override
    public String getName() {
        return "bootdeck";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        return new Vector<>(identities);
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
        // fixed list
    }
}
