package dev.bootdeck.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole output of {@code bootc status --format=json}, any bootc release: {@code apiVersion}
 * {@code org.containers.bootc/v1alpha1} (up to 0.1.14) or {@code org.containers.bootc/v1}, with every field optional.
 *
 * <p>The facts other layers need are derived here, in one place, from the data alone: whether this is a bootc host at
 * all, every deployment with its slot, which one boots next, and whether an update is waiting.
 *
 * @param apiVersion the document's {@code apiVersion}
 * @param kind       the document's {@code kind} ({@code BootcHost})
 * @param metadata   the document's {@code metadata}, empty if absent
 * @param spec       the document's {@code spec}, empty if absent
 * @param status     the document's {@code status}, {@link HostStatus#empty()} if absent
 */
public record BootcHost(String apiVersion, String kind, HostMetadata metadata, HostSpec spec, HostStatus status) {

    /** The apiVersion of bootc up to 0.1.14. */
    public static final String API_V1ALPHA1 = "org.containers.bootc/v1alpha1";
    /** The apiVersion of bootc 0.1.15 and later. */
    public static final String API_V1 = "org.containers.bootc/v1";

    public BootcHost {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        metadata = metadata == null ? HostMetadata.empty() : metadata;
        spec = spec == null ? HostSpec.empty() : spec;
        status = status == null ? HostStatus.empty() : status;
    }

    /** True for the two schema versions bootc has ever emitted; a newer one is parsed on a best-effort basis. */
    public boolean isKnownApiVersion() {
        return API_V1.equals(apiVersion) || API_V1ALPHA1.equals(apiVersion);
    }

    /**
     * bootc's official detection (bootc-status(8)): a host is deployed via bootc exactly when {@code status.booted} is
     * not null. A package-mode host or a container reports {@code booted: null}.
     */
    public boolean isBootcHost() {
        return status.booted() != null;
    }

    /** Every deployment with its slot: staged, booted, rollback, then the other deployments. */
    public List<Deployment> deployments() {
        return status.deployments();
    }

    /**
     * True when the rollback deployment is queued for the next boot: {@code status.rollbackQueued}, or
     * {@code spec.bootOrder: rollback} (bootc sets both together; either one is enough here).
     */
    public boolean rollbackQueued() {
        return status.rollbackQueued() || spec.bootOrderKind() == HostSpec.BootOrder.ROLLBACK;
    }

    /**
     * Which deployment boots next, decided in this order:
     * <ol>
     * <li>a staged deployment that is not download-only: ostree finalizes it at shutdown and puts it first, whatever
     * else the status says (this also covers a status with {@code booted: null} but a staged entry);</li>
     * <li>the rollback deployment when a rollback is queued;</li>
     * <li>the booted deployment (also when the staged one is download-only, which is not applied on reboot).</li>
     * </ol>
     * Empty when none applies, e.g. on a host that is not deployed via bootc, or when only a download-only staged
     * entry is known.
     */
    public Optional<NextBoot> nextBoot() {
        BootEntry staged = status.staged();
        BootEntry booted = status.booted();
        BootEntry rollback = status.rollback();
        if (staged != null && !staged.downloadOnly()) {
            return Optional.of(new NextBoot(DeploymentSlot.STAGED, staged,
                    "a staged deployment is finalized at shutdown and boots next"));
        }
        if (rollbackQueued() && rollback != null) {
            return Optional.of(new NextBoot(DeploymentSlot.ROLLBACK, rollback, "a rollback is queued"));
        }
        if (booted != null) {
            String reason;
            if (staged != null) {
                reason = "the staged deployment is download-only and will not be applied on reboot";
            } else if (rollbackQueued()) {
                reason = "a rollback is queued but there is no rollback deployment";
            } else {
                reason = "nothing is staged and no rollback is queued";
            }
            return Optional.of(new NextBoot(DeploymentSlot.BOOTED, booted, reason));
        }
        return Optional.empty();
    }

    /**
     * The update found by the last {@code bootc upgrade --check}: the booted entry's {@code cachedUpdate} when its
     * digest differs from the booted image's digest, unless exactly that digest is already staged. Empty otherwise.
     */
    public Optional<ImageStatus> availableUpdate() {
        BootEntry booted = status.booted();
        if (booted == null || !booted.updateAvailable()) {
            return Optional.empty();
        }
        ImageStatus update = booted.cachedUpdate();
        BootEntry staged = status.staged();
        if (staged != null && staged.image() != null && update.imageDigest() != null
                && update.imageDigest().equals(staged.image().imageDigest())) {
            return Optional.empty();
        }
        return Optional.of(update);
    }

    /** True when {@link #availableUpdate()} is present. */
    public boolean updateAvailable() {
        return availableUpdate().isPresent();
    }

    /** The host image names of all deployments, as bootc adds them to its GC roots (no transport prefix). */
    public List<String> hostImageNames() {
        return deployments().stream()
                .map(d -> d.entry().hostImageName())
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
