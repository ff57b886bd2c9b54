package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a deployment's {@code bound-images.d} as a front end shows it: the image bootc would pull, the link,
 * the file it points to, whether the image is in bootc's storage, and every problem.
 *
 * @param image    the {@code Image=} bootc reads, or null when bootc cannot read this entry (see problems)
 * @param link     the entry's name in {@code bound-images.d}, e.g. {@code curl.container}
 * @param file     the file the link resolves to inside the deployment (or the entry itself when it is not a link)
 * @param present  in bootc's storage: true, false, or null when the storage could not be listed or there is no image
 * @param problems one sentence per problem ({@code severity: message}), for simple front ends
 * @param findings the same problems as findings (rule, severity, file, line)
 */
public record BoundImageReport(String image, String link, String file, Boolean present, List<String> problems,
        List<Finding> findings) {
    public BoundImageReport {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    /** True when a problem is an error (bootc fails on this entry, or the image cannot be pulled). */
    public boolean hasError() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
