package dev.bootdeck.project.build;

/**
 * One entry of the build context (the project directory).
 *
 * @param path   project-relative path with {@code /} separators, no leading slash
 * @param type   what it is on disk
 * @param target for symlinks (and flattened ones) the link target, else ""
 */
public record ContextEntry(String path, Type type, String target) {
    public enum Type {
        FILE,
        DIRECTORY,
        SYMLINK,
        /** A regular file whose whole content is a link target: a symlink flattened by a checkout without symlinks. */
        FLATTENED_SYMLINK
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
