package dev.bootdeck.quadlet;

import java.util.List;
import java.util.Optional;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;

/**
 * What the validator found for one loaded unit: podman's errors and warnings for it (in the order podman checks,
 * so the first error is the one podman prints) and the image it would use.
 *
 * @param unit     the loaded unit (main file merged with drop-ins)
 * @param image    the image podman would use, when the unit type has one and it is set
 * @param findings the unit's findings (drop-in syntax problems are in {@link QuadletReport#findings()})
 */
public record UnitReport(LoadedUnit unit, Optional<ImageSource> image, List<Finding> findings) {
    public UnitReport {
        findings = List.copyOf(findings);
    }

    /** Podman would refuse to generate the service. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The first error, as podman prints it: {@code converting "<file>": <message>}. */
    public Optional<String> podmanError() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                .map(f -> "converting \"" + unit.fileName() + "\": " + f.message());
    }
}
