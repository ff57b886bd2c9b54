package dev.bootdeck.ssh;

import java.util.Locale;

/**
 * ssh_config's {@code StrictHostKeyChecking} for keys that are NOT in known_hosts. It never affects a key that
 * differs from known_hosts: bootdeck refuses those whatever this says (OpenSSH with {@code no} would still connect,
 * without agent or port forwarding; bootdeck does not).
 */
public enum StrictHostKeyChecking {
    /** Refuse unknown keys; never add. */
    YES,
    /** Ask the user (the default). */
    ASK,
    /** Add unknown keys without asking ({@code accept-new}). */
    ACCEPT_NEW,
    /** Add unknown keys without asking ({@code no} / {@code off}); changed keys are still refused. */
    NO;

    /** Parses the ssh_config value; null for a value OpenSSH would reject. */
    static StrictHostKeyChecking parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> YES;
            case "ask" -> ASK;
            case "accept-new" -> ACCEPT_NEW;
            case "no", "off", "false" -> NO;
            default -> null;
        };
    }

    /** True when an unknown key may be added without asking anybody. */
    boolean acceptsNewKeysSilently() {
        return this == ACCEPT_NEW || this == NO;
    }
}
