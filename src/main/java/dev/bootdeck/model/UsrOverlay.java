package dev.bootdeck.model;

/**
 * The overlay mounted on {@code /usr} by {@code bootc usr-overlay} (bootc 1.14+). Raw strings are kept so that values of
 * a newer bootc survive; the typed accessors map them.
 *
 * @param accessMode  raw {@code accessMode}: {@code readOnly} or {@code readWrite}
 * @param persistence raw {@code persistence}: {@code transient} or {@code persistent}
 */
public record UsrOverlay(String accessMode, String persistence) {

    /** Whether the overlay can be written. */
    public enum AccessMode { READ_ONLY, READ_WRITE, UNKNOWN }

    /** Whether changes survive a reboot. */
    public enum Persistence { TRANSIENT, PERSISTENT, UNKNOWN }

    public AccessMode accessModeKind() {
        if ("readOnly".equals(accessMode)) {
            return AccessMode.READ_ONLY;
        }
        if ("readWrite".equals(accessMode)) {
            return AccessMode.READ_WRITE;
        }
        return AccessMode.UNKNOWN;
    }

    public Persistence persistenceKind() {
        if ("transient".equals(persistence)) {
            return Persistence.TRANSIENT;
        }
        if ("persistent".equals(persistence)) {
            return Persistence.PERSISTENT;
        }
        return Persistence.UNKNOWN;
    }
}
