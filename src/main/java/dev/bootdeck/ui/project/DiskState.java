package dev.bootdeck.ui.project;

/** How an open file compares with the disk, as last checked. */
public enum DiskState {
    /** The disk holds what the editor last loaded or saved. */
    SAME,
    /** Someone else changed the file since: offer a reload. */
    CHANGED,
    /** The file is gone from disk. */
    DELETED
}
