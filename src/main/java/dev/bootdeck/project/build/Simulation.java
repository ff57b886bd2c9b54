package dev.bootdeck.project.build;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.image.ImageTree;
import java.util.List;

/**
 * What replaying a Containerfile found.
 *
 * @param image    the final stage's file system model
 * @param copies   every {@code COPY}/{@code ADD} line, all stages
 * @param links    every link a {@code RUN} line made, all stages
 * @param findings problems met on the way (unresolved variables, unreadable {@code RUN} lines, ...)
 */
public record Simulation(ImageTree image, List<CopyRecord> copies, List<LinkRecord> links, List<Finding> findings) {
}
