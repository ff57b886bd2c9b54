package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bootdeck.model.Finding;

/**
 * The validator's result over a set of unit directories: one {@link UnitReport} per unit podman would load, and
 * the findings about files it could not load (unreadable, unparsable, shadowed) including drop-ins.
 */
public record QuadletReport(List<UnitReport> units, List<Finding> loadFindings) {
    public QuadletReport {
        units = List.copyOf(units);
        loadFindings = List.copyOf(loadFindings);
    }

    /** Every finding: loading problems first, then each unit's. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(loadFindings);
        units.forEach(u -> all.addAll(u.findings()));
        return all;
    }

    /** The report of a unit by file name (e.g. {@code web.container}). */
    public Optional<UnitReport> unit(String fileName) {
        return units.stream().filter(u -> u.unit().fileName().equals(fileName)).findFirst();
    }
}
