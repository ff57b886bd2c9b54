package dev.bootdeck.project.image;

/** One entry of the image file system model. */
public sealed interface ImageEntry {
    Origin origin();

    /** A directory. */
    record Directory(Origin origin) implements ImageEntry {
    }

    /** A regular file copied from the project: {@code projectPath} is relative to the project directory. */
    record ProjectFile(String projectPath, Origin origin) implements ImageEntry {
    }

    /** A symbolic link holding {@code target} verbatim (absolute targets resolve inside the image root). */
    record Symlink(String target, Origin origin) implements ImageEntry {
    }

    /** A file whose content bootdeck does not know (a hard link, a file from another image, ...). */
    record OtherFile(String description, Origin origin) implements ImageEntry {
    }
}
