package dev.bootdeck.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one refresh learned about one host, for the GUI's host view and {@code bootdeck status}: how the
 * inspection ended, bootc's status with derived facts, every deployment with its bound images and their presence in
 * bootc's storage, what bootc's GC would prune, and host-wide warnings. A host that could not be inspected has a
 * non-OK state, an error message and empty lists; a report is never partial without saying so.
 *
 * @param host                  the host as the user named it
 * @param state                 how the inspection ended
 * @param error                 why it failed, one sentence naming the host; null when {@link HostState#OK}
 * @param bootcVersion          bootc's version ({@code 1.16.9}), or null
 * @param nextBoot              which deployment boots next, or null
 * @param nextBootReason        why, or null
 * @param deployments           staged, booted, rollback, then other deployments
 * @param gcCandidates          stored images bootc's GC would prune (name, or ID for unnamed images)
 * @param warnings              host-wide warnings, one sentence each
 * @param autoUpdateTimerActive {@code bootc-fetch-apply-updates.timer} is active; null when unknown
 * @param authJsonPresent       {@code /etc/ostree/auth.json} exists; null when unknown
 * @param storedImages          the images in bootc's storage, or null when they could not be listed
 * @param gcPlan                bootc's GC plan, or null when the storage could not be listed
 * @param status                bootc's status as parsed, or null
 * @param refreshedAt           when the inspection started
 * @param demo                  true for the demo host built from recorded bootc outputs (not a live host)
 */
public record HostReport(String host, HostState state, String error, String bootcVersion, DeploymentSlot nextBoot,
        String nextBootReason, List<DeploymentReport> deployments, List<String> gcCandidates, List<String> warnings,
        Boolean autoUpdateTimerActive, Boolean authJsonPresent, List<StoredImage> storedImages, GcPlan gcPlan,
        BootcHost status, Instant refreshedAt, boolean demo) {
    public HostReport {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(refreshedAt, "refreshedAt");
        if (state != HostState.OK && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed host report needs an error message");
        }
        deployments = List.copyOf(deployments);
        gcCandidates = List.copyOf(gcCandidates);
        warnings = List.copyOf(warnings);
        storedImages = storedImages == null ? null : List.copyOf(storedImages);
    }

    /** A host that could not be inspected: {@code state} and why, nothing else. */
    public static HostReport failed(String host, HostState state, String error, Instant refreshedAt) {
        return new HostReport(host, state, error, null, null, null, List.of(), List.of(), List.of(), null, null,
                null, null, null, refreshedAt, false);
    }

    /** A failed report that still carries what was learned before the failure (bootc version, status). */
    public static HostReport failed(String host, HostState state, String error, String bootcVersion,
            BootcHost status, List<String> warnings, Instant refreshedAt) {
        return new HostReport(host, state, error, bootcVersion, null, null, List.of(), List.of(), warnings, null,
                null, null, null, status, refreshedAt, false);
    }

    public boolean ok() {
        return state == HostState.OK;
    }
}
