package dev.bootdeck.ssh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything the SSH layer may need to ask a person, in one interface the front ends implement: the GUI with dialogs
 * (called from a background thread; the implementation hops to the UI thread and waits), the CLI with the terminal
 * or not at all. Secrets come back as {@code char[]}; the SSH layer wipes them after use and never stores or logs
 * them. Every method may decline: the default implementation declines everything, which is what a non-interactive
 * run needs.
 */
public interface UserInteraction {
    /** Declines every question: unknown host keys refused, encrypted keys skipped, no passwords. */
    UserInteraction NONE = new UserInteraction() {
    };

    /** The passphrase for an encrypted private key file, or empty to skip that key. */
    default Optional<char[]> passphrase(String host, Path keyFile) {
        return Optional.empty();
    }

    /** Whether the user trusts this host key (it is then appended to known_hosts). */
    default boolean acceptUnknownHostKey(UnknownHostKey key) {
        return false;
    }

    /** A password for SSH password or keyboard-interactive authentication, or empty to give up. */
    default Optional<char[]> password(String host, String user) {
        return Optional.empty();
    }

    /** The user's sudo password on {@code host}, fed to {@code sudo -S} for one command, or empty. */
    default Optional<char[]> sudoPassword(String host, String user) {
        return Optional.empty();
    }
}
