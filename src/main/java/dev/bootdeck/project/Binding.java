package dev.bootdeck.project;

import dev.bootdeck.project.image.Origin;
import java.util.Optional;

/**
 * One entry of {@code /usr/lib/bootc/bound-images.d} in the image, and where it comes from.
 *
 * @param name         the entry name, e.g. {@code curl.container}
 * @param symlink      false when the entry is a regular file (bootc rejects it)
 * @param target       the link target as stored ("" for a regular file)
 * @param resolvedPath where the target resolves inside the image, if it exists
 * @param projectFile  the project file that lands there, if any
 * @param origin       the Containerfile line, rule, or project symlink that made the entry
 * @param description  a phrase for people: "Containerfile line 42", "symlink rootfs/usr/lib/...", ...
 */
public record Binding(String name, boolean symlink, String target, Optional<String> resolvedPath,
        Optional<String> projectFile, Origin origin, String description) {

    /** True when bootdeck may edit this binding itself (a plain {@code ln -s} line or a project symlink). */
    public boolean editable() {
        return origin.kind() == Origin.Kind.RUN || origin.kind() == Origin.Kind.TREE_SYMLINK
                || origin.kind() == Origin.Kind.FLATTENED_SYMLINK;
    }

    /** True when a loop, glob or {@code find} makes it: shown read-only. */
    public boolean byRule() {
        return origin.kind() == Origin.Kind.RULE;
    }
}
