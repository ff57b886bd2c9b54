package dev.bootdeck.model;

/**
 * The {@code spec} of bootc's status document: what the host should run. bootc derives it from the staged entry if
 * there is one, otherwise from the booted one; it is the only part {@code bootc edit} honours.
 *
 * @param image     the image the host follows, {@code null} on non-bootc hosts
 * @param bootOrder raw {@code bootOrder}: {@code default} or {@code rollback}; {@code null} when absent (bootc before
 *                  0.1.10), which means default
 */
public record HostSpec(BootcImageReference image, String bootOrder) {

    /** The boot order, with unknown values kept apart. */
    public enum BootOrder {
        /** The staged or booted deployment boots next. */
        DEFAULT,
        /** The rollback deployment boots next. */
        ROLLBACK,
        /** A value this version of bootdeck does not know; see {@link HostSpec#bootOrder()}. */
        UNKNOWN
    }

    public static HostSpec empty() {
        return new HostSpec(null, null);
    }

    public BootOrder bootOrderKind() {
        if (bootOrder == null || "default".equals(bootOrder)) {
            return BootOrder.DEFAULT;
        }
        if ("rollback".equals(bootOrder)) {
            return BootOrder.ROLLBACK;
        }
        return BootOrder.UNKNOWN;
    }
}
