package dev.bootdeck.settings;

import java.util.Objects;

/**
 * A host the user keeps in bootdeck's sidebar.
 *
 * @param name   what the sidebar shows; unique within the settings
 * @param target what SSH connects to: an ssh_config alias or {@code [user@]host[:port]}
 * @param sudo   how to become root there
 */
public record HostEntry(String name, String target, SudoMode sudo) {
    public HostEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sudo, "sudo");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A host needs a name");
        }
        if (target.isBlank()) {
            throw new IllegalArgumentException("Host " + name + " needs an SSH target");
        }
    }

    public static HostEntry of(String target) {
        return new HostEntry(target, target, SudoMode.AUTO);
    }
}
