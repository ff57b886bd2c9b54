package dev.bootdeck.project;

import dev.bootdeck.quadlet.QuadletReport;
import java.util.Map;

/**
 * podman's view of one set of Quadlet files: the rootful search path of the image, one rootless search path, or
 * the project files that no {@code COPY} puts in the image (checked on their own so their errors still show).
 *
 * @param kind          which set
 * @param label         the search directories, for messages
 * @param report        the Quadlet validator's report
 * @param toProjectPath the validator's file names mapped to project-relative paths
 */
public record QuadletScope(Kind kind, String label, QuadletReport report, Map<String, String> toProjectPath) {
    public enum Kind {
        ROOTFUL,
        ROOTLESS,
        NOT_IN_IMAGE
    }
}
