package dev.bootdeck.project.image;

import java.util.Optional;

/**
 * Where a path leads after following symbolic links inside the image root.
 *
 * @param path   the final path (normalized)
 * @param entry  what is there, empty when nothing is (a dangling link)
 * @param loop   true when following stopped because of too many links
 */
public record Resolution(String path, Optional<ImageEntry> entry, boolean loop) {
    public boolean exists() {
        return entry.isPresent() && !loop;
    }
}
