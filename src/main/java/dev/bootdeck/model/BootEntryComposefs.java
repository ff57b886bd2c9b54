package dev.bootdeck.model;

import java.util.Objects;

/**
 * The composefs side of a boot entry (bootc 1.9+): a composefs-native deployment is an EROFS image identified by its
 * fs-verity digest, not a directory tree. Enum-like fields keep bootc's raw string so values from a newer bootc survive.
 *
 * @param verity               the EROFS image's fs-verity digest
 * @param bootType             raw {@code bootType}: {@code Bls} or {@code Uki}
 * @param bootloader           raw {@code bootloader}: {@code grub}, {@code grub-cc}, {@code systemd} or {@code none}
 * @param bootDigest           SHA-256 of vmlinuz + initrd, only for Type 1 (BLS) entries; otherwise {@code null}
 * @param missingVerityAllowed whether fs-verity validation is optional (bootc 1.15.2+; {@code false} before)
 */
public record BootEntryComposefs(String verity, String bootType, String bootloader, String bootDigest,
                                 boolean missingVerityAllowed) {

    /** How the entry boots. */
    public enum BootType {
        /** Type 1 Boot Loader Specification entry (vmlinuz + initrd). */
        BLS,
        /** Type 2 unified kernel image. */
        UKI,
        /** Missing or a value this version of bootdeck does not know. */
        UNKNOWN
    }

    /** Which bootloader boots the entry. */
    public enum Bootloader {
        GRUB, GRUB_CC, SYSTEMD, NONE,
        /** Missing or a value this version of bootdeck does not know. */
        UNKNOWN
    }

    public BootEntryComposefs {
        Objects.requireNonNull(verity, "verity");
    }

    public BootType bootTypeKind() {
        if ("Bls".equals(bootType)) {
            return BootType.BLS;
        }
        if ("Uki".equals(bootType)) {
            return BootType.UKI;
        }
        return BootType.UNKNOWN;
    }

    public Bootloader bootloaderKind() {
        if (bootloader == null) {
            return Bootloader.UNKNOWN;
        }
        switch (bootloader) {
            case "grub":
                return Bootloader.GRUB;
            case "grub-cc":
                return Bootloader.GRUB_CC;
            case "systemd":
                return Bootloader.SYSTEMD;
            case "none":
                return Bootloader.NONE;
            default:
                return Bootloader.UNKNOWN;
        }
    }

    /** The state directory bootc keeps for this deployment ({@code /sysroot/state/deploy/<verity>}). */
    public String stateDirectory() {
        return "/sysroot/state/deploy/" + verity;
    }
}
