package dev.bootdeck.model;

/** What could be learned about the bound images of one deployment. */
public enum BoundImagesState {
    /** {@code bound-images.d} was read; see the bound images and their problems. */
    READ,
    /** {@code bound-images.d} exists and is empty: no bound images. */
    EMPTY,
    /** {@code bound-images.d} does not exist: no bound images (bootc's rule). */
    ABSENT,
    /** {@code bound-images.d} exists but cannot be listed (not a directory, unreadable): bootc fails on it. */
    DIRECTORY_ERROR,
    /** The deployment's root directory exists but could not be read. */
    UNREADABLE_ROOT,
    /** The deployment's root directory was not found on the host. */
    ROOT_NOT_FOUND,
    /** Not an ostree deployment (composefs-native): there is no directory tree to read. */
    NOT_OSTREE,
    /** Not looked at (the inspection stopped earlier). */
    UNKNOWN;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
