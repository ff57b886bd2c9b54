package dev.bootdeck.ui.hosts;

import dev.bootdeck.settings.SudoMode;
import dev.bootdeck.ssh.UnknownHostKey;
import dev.bootdeck.ssh.UserInteraction;
import dev.bootdeck.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SSH layer's questions asked with the window's dialogs (called from background threads; the dialog service
 * waits for the answer). Secrets go straight to the SSH layer, which wipes them; nothing is stored. The sudo password
 * is asked only for hosts set to {@link SudoMode#ASK_PASSWORD}; others report that sudo wants one.
 */
public final class DialogUserInteraction implements UserInteraction {
    private final DialogService dialogs;
    private final SudoMode sudo;

    public DialogUserInteraction(DialogService dialogs, SudoMode sudo) {
        this.dialogs = dialogs;
        this.sudo = sudo;
    }

    @Override
    public Optional<char[]> passphrase(String host, Path keyFile) {
        return dialogs.askSecret("Key passphrase", "Passphrase for " + keyFile + " (to connect to " + host + "). "
                + "It is kept in memory only for this session.");
    }

    @Override
    public boolean acceptUnknownHostKey(UnknownHostKey key) {
        return dialogs.confirm("Unknown host key", key.describe()
                + "\n\nAccept it only if this fingerprint matches the host's key (ssh-keygen -lf on the host). "
                + "It will be added to known_hosts.", "Trust and connect");
    }

    @Override
    public Optional<char[]> password(String host, String user) {
        return dialogs.askSecret("SSH password", "Password for " + user + "@" + host + " (not stored).");
    }

    @Override
    public Optional<char[]> sudoPassword(String host, String user) {
        if (sudo != SudoMode.ASK_PASSWORD) {
            return Optional.empty();
        }
        return dialogs.askSecret("sudo password", "bootc needs root on " + host + ". Password of " + user
                + " for sudo, used for this one command and not stored.");
    }
}
