package dev.bootdeck.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The derived facts of the status model, on hand-built records for the edge cases no fixture has. */
class BootcHostTest {

    private static ImageStatus image(String name, String digest) {
        return new ImageStatus(new BootcImageReference(name, "registry", null), null, null, digest, "amd64");
    }

    private static BootEntry entry(ImageStatus image, ImageStatus cached, boolean downloadOnly) {
        return new BootEntry(image, cached, false, false, false, downloadOnly, null,
                new BootEntryOstree("default", "a".repeat(64), 0), null);
    }

    private static BootcHost host(BootEntry staged, BootEntry booted, BootEntry rollback, boolean queued,
                                  String bootOrder) {
        return new BootcHost(BootcHost.API_V1, "BootcHost", null, new HostSpec(null, bootOrder),
                new HostStatus(staged, booted, rollback, List.of(), queued, "bootcHost", null, null, false));
    }

    private final BootEntry booted = entry(image("q.io/a:1", "sha256:1"), null, false);
    private final BootEntry rollback = entry(image("q.io/a:0", "sha256:0"), null, false);

    @Test
    void rollbackQueuedByFlagOrByBootOrder() {
        assertThat(host(null, booted, rollback, true, null).nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.ROLLBACK);
        assertThat(host(null, booted, rollback, false, "rollback").nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.ROLLBACK);
        assertThat(host(null, booted, rollback, false, "default").nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.BOOTED);
    }

    @Test
    void queuedRollbackWithoutRollbackEntryBootsBooted() {
        NextBoot n = host(null, booted, null, true, "rollback").nextBoot().orElseThrow();
        assertThat(n.slot()).isEqualTo(DeploymentSlot.BOOTED);
        assertThat(n.reason()).contains("no rollback deployment");
    }

    @Test
    void stagedWinsOverQueuedRollbackUnlessDownloadOnly() {
        BootEntry staged = entry(image("q.io/a:2", "sha256:2"), null, false);
        assertThat(host(staged, booted, rollback, true, "rollback").nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.STAGED);
        BootEntry locked = entry(image("q.io/a:2", "sha256:2"), null, true);
        assertThat(host(locked, booted, rollback, true, "rollback").nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.ROLLBACK);
        assertThat(host(locked, booted, null, false, null).nextBoot().orElseThrow().slot())
                .isEqualTo(DeploymentSlot.BOOTED);
    }

    @Test
    void onlyADownloadOnlyStagedEntryGivesNoNextBoot() {
        BootEntry locked = entry(image("q.io/a:2", "sha256:2"), null, true);
        assertThat(host(locked, null, null, false, null).nextBoot()).isEmpty();
    }

    @Test
    void updateAlreadyStagedIsNotAvailable() {
        BootEntry withUpdate = entry(image("q.io/a:1", "sha256:1"), image("q.io/a:1", "sha256:9"), false);
        assertThat(withUpdate.updateAvailable()).isTrue();
        assertThat(host(null, withUpdate, null, false, null).availableUpdate()).isPresent();
        BootEntry staged = entry(image("q.io/a:1", "sha256:9"), null, false);
        assertThat(host(staged, withUpdate, null, false, null).availableUpdate()).isEmpty();
    }

    @Test
    void missingDigestsNeverCountAsUpdate() {
        BootEntry e = entry(image("q.io/a:1", null), image("q.io/a:1", "sha256:9"), false);
        assertThat(e.updateAvailable()).isFalse();
    }

    @Test
    void slotsAreListedInOrder() {
        BootEntry other = entry(image("q.io/b:1", "sha256:b"), null, false);
        BootcHost h = new BootcHost(BootcHost.API_V1, "BootcHost", null, null,
                new HostStatus(null, booted, rollback, List.of(other, other), false, null, null, null, false));
        assertThat(h.deployments()).extracting(Deployment::label)
                .containsExactly("booted", "rollback", "other[0]", "other[1]");
        assertThat(h.hostImageNames()).containsExactly("q.io/a:1", "q.io/a:0", "q.io/b:1");
    }

    @Test
    void deploymentIndexOnlyForOther() {
        assertThatThrownBy(() -> new Deployment(DeploymentSlot.BOOTED, 1, booted))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ostreePaths() {
        BootEntryOstree o = new BootEntryOstree("fedora-coreos", "b".repeat(64), 2);
        assertThat(o.deploymentRoot()).contains("/sysroot/ostree/deploy/fedora-coreos/deploy/" + "b".repeat(64) + ".2");
        assertThat(o.originFile()).contains("/sysroot/ostree/deploy/fedora-coreos/deploy/" + "b".repeat(64) + ".2.origin");
        assertThat(new BootEntryOstree("..", "b".repeat(64), 2).deploymentRoot()).isEmpty();
        assertThat(new BootEntryOstree("a/b", "b".repeat(64), 2).deploymentRoot()).isEmpty();
        assertThat(new BootEntryOstree("ok", "B".repeat(64), 2).deploymentRoot()).isEmpty();
    }
}
