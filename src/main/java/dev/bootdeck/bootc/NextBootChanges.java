package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImageChange;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.DeploymentSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the next boot changes in a host's bound images: the entries of the booted deployment compared with those of
 * the deployment that boots next, by link name (the name in {@code bound-images.d} is what identifies a binding), and
 * which images the next boot needs that are not in bootc's storage (bootc can stage a deployment whose bound-image
 * pull failed, bootc issue #2013).
 *
 * @param booted   the booted deployment, if any
 * @param next     the deployment that boots next, if any
 * @param changes  added, removed and changed bound images, in link-name order
 * @param missing  bound images of the next-boot deployment that are not in bootc's storage
 */
public record NextBootChanges(Optional<DeploymentReport> booted, Optional<DeploymentReport> next,
                              List<BoundImageChange> changes, List<BoundImageReport> missing) {

    public NextBootChanges {
        changes = List.copyOf(changes);
        missing = List.copyOf(missing);
    }

    /** True when the deployment that boots next is another one than the booted deployment. */
    public boolean bootsAnotherDeployment() {
        return next.isPresent() && next.get().slot() != DeploymentSlot.BOOTED;
    }

    public static NextBootChanges of(List<DeploymentReport> deployments) {
        Optional<DeploymentReport> booted = deployments.stream()
                .filter(d -> d.slot() == DeploymentSlot.BOOTED).findFirst();
        Optional<DeploymentReport> next = deployments.stream().filter(DeploymentReport::nextBoot).findFirst();
        List<BoundImageReport> missing = next.map(DeploymentReport::missingBoundImages).orElse(List.of());
        if (next.isEmpty() || booted.isEmpty() || next.get() == booted.get()) {
            return new NextBootChanges(booted, next, List.of(), missing);
        }
        Map<String, BoundImageReport> before = byLink(booted.get().boundImages());
        Map<String, BoundImageReport> after = byLink(next.get().boundImages());
        List<BoundImageChange> changes = new ArrayList<>();
        for (String link : new TreeSet<>(unionKeys(before, after))) {
            BoundImageReport b = before.get(link);
            BoundImageReport a = after.get(link);
            if (b == null) {
                changes.add(new BoundImageChange(BoundImageChange.Kind.ADDED, link, null, a.image(), a.present()));
            } else if (a == null) {
                changes.add(new BoundImageChange(BoundImageChange.Kind.REMOVED, link, b.image(), null, null));
            } else if (!Objects.equals(a.image(), b.image())) {
                changes.add(new BoundImageChange(BoundImageChange.Kind.IMAGE_CHANGED, link, b.image(), a.image(),
                        a.present()));
            }
        }
        return new NextBootChanges(booted, next, changes, missing);
    }

    private static Map<String, BoundImageReport> byLink(List<BoundImageReport> images) {
        Map<String, BoundImageReport> m = new LinkedHashMap<>();
        images.forEach(i -> m.put(i.link(), i));
        return m;
    }

    private static java.util.Set<String> unionKeys(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }
}
