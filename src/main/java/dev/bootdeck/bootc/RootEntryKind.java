package dev.bootdeck.bootc;

/** What a directory entry in a root tree is, as {@code lstat} sees it (a symlink is not followed). */
public enum RootEntryKind {
    SYMLINK,
    FILE,
    DIRECTORY,
    /** A device, socket, FIFO or anything else. */
    OTHER
}
