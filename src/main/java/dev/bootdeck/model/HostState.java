package dev.bootdeck.model;

/**
 * How the inspection of one host ended, one value per situation a front end shows differently. Everything but
 * {@link #OK} comes with an error message in the {@link HostReport}.
 */
public enum HostState {
    /** The host answered and is a bootc host; deployments are known. */
    OK,
    /** DNS, refused connection, no route, connection dropped. */
    UNREACHABLE,
    /** Connecting or the inspection took too long. */
    TIMEOUT,
    /** SSH authentication failed or was cancelled. */
    AUTH_FAILED,
    /** The host key differs from known_hosts (or is revoked): refused. */
    HOST_KEY_CHANGED,
    /** The host key is not known and was not accepted. */
    HOST_KEY_UNKNOWN,
    /** ssh_config or the host name is unusable. */
    CONFIG_ERROR,
    /** sudo wants a password and none was given. */
    SUDO_PASSWORD_REQUIRED,
    /** sudo refused (wrong password, not in sudoers, not installed). */
    SUDO_DENIED,
    /** bootc is not installed (the shell answered 127). */
    BOOTC_MISSING,
    /** bootc runs but reports no booted deployment: not deployed via bootc. */
    NOT_BOOTC_HOST,
    /** bootc status failed; the message carries bootc's stderr. */
    BOOTC_ERROR,
    /** The inspection output stopped before its end marker. */
    TRUNCATED_OUTPUT,
    /** The inspection output or bootc's JSON could not be read. */
    BAD_OUTPUT,
    /** The user cancelled. */
    CANCELLED;

    /** Lower-case word with dashes for JSON and the CLI ({@code host-key-changed}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
