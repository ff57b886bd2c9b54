package dev.bootdeck.ssh;

import java.util.Objects;

/**
 * Why a host could not be reached or a command could not run, as a kind the front ends can act on plus one sentence
 * for a human that names the host. The technical cause is kept for the log, never shown as a stack trace.
 */
public final class SshException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough for a GUI state or a CLI exit path. */
    public enum Kind {
        /** ssh_config or the target text is unusable (bad value, unsupported directive such as ProxyCommand). */
        CONFIG,
        /** Name resolution, refused connection, no route. */
        UNREACHABLE,
        /** Connecting or running took longer than allowed. */
        TIMEOUT,
        /** The host key differs from known_hosts: refused, never overridable. */
        HOST_KEY_CHANGED,
        /** The host key is not in known_hosts and nobody accepted it. */
        HOST_KEY_UNKNOWN,
        /** The host key is marked {@code @revoked} in known_hosts. */
        HOST_KEY_REVOKED,
        /** No offered key or password was accepted, or the user cancelled a prompt. */
        AUTH_FAILED,
        /** The connection dropped, or a channel could not be opened on it. */
        CONNECTION_LOST,
        /** The caller cancelled. */
        CANCELLED
    }

    private final Kind kind;
    private final String host;

    public SshException(Kind kind, String host, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.host = host;
    }

    public SshException(Kind kind, String host, String message) {
        this(kind, host, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The host as the user named it. */
    public String host() {
        return host;
    }
}
