package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What bootc makes of {@code usr/lib/bootc/bound-images.d} in one root (an image root or a deployment): the images it
 * would pull, and every problem as a finding. bootc itself stops at the first failing entry and then aborts the whole
 * upgrade, switch or cleanup; this report evaluates every entry so that all problems are visible at once.
 * Findings of severity {@link Severity#ERROR} are exactly the problems that make bootc fail (while querying, or when
 * pulling); everything else is a warning or information. When bootc fails, it pulls none of {@link #images()}.
 *
 * @param root             a label for the root, e.g. {@code web1:/sysroot/ostree/deploy/default/deploy/<c>.0}
 * @param directoryPresent whether {@code usr/lib/bootc/bound-images.d} exists (missing means no bound images)
 * @param images           the bound images bootc reads successfully, in entry-name order
 * @param findings         bootc failures (severity {@link Severity#ERROR}) and warnings, in entry-name order
 * @param queryFails       bootc's query of the directory itself fails (as opposed to a later pull): bootc then
 *                         aborts before pulling anything, and its garbage collection aborts too
 */
public record BoundImagesReport(String root, boolean directoryPresent, List<BoundImage> images,
                                List<Finding> findings, boolean queryFails) {

    public BoundImagesReport {
        Objects.requireNonNull(root, "root");
        images = List.copyOf(images);
        findings = List.copyOf(findings);
    }

    /** True when bootc fails on this root (query or pull), which aborts upgrade or switch (and GC, for the query). */
    public boolean bootcFails() {
        return queryFails || firstError().isPresent();
    }

    /** The first error finding: the kind of message bootc would stop with (bootc's order of entries may differ). */
    public Optional<Finding> firstError() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
    }

    /** The image names bootc would pull from this root, in entry order, duplicates removed. */
    public List<String> imageNames() {
        return images.stream().map(BoundImage::image).distinct().toList();
    }
}
