package dev.bootdeck.project.edit;

import java.util.Optional;

/**
 * What the user asks for when creating a bound image.
 *
 * @param kind             a {@code .image} (pull only) or a {@code .container} (pull and run)
 * @param name             the file name without extension, e.g. {@code web}
 * @param image            the image reference for {@code Image=}, e.g. {@code quay.io/acme/web:1.4}
 * @param projectDirectory project-relative directory for the new file; empty to let bootdeck choose (beside the
 *                         project's other bound Quadlet files, else the project root)
 * @param imageDirectory   the directory in the image; empty for where the project's other Quadlet files land, else
 *                         {@code /usr/share/containers/systemd}
 */
public record NewBoundImage(Kind kind, String name, String image, Optional<String> projectDirectory,
        Optional<String> imageDirectory) {

    public enum Kind {
        IMAGE("image"),
        CONTAINER("container");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public static NewBoundImage of(Kind kind, String name, String image) {
        return new NewBoundImage(kind, name, image, Optional.empty(), Optional.empty());
    }

    public String fileName() {
        return name + "." + kind.extension();
    }
}
