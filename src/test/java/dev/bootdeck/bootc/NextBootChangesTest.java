package dev.bootdeck.bootc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.BoundImageChange;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.BoundImagesState;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.DeploymentSlot;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextBootChangesTest {
    private static BoundImageReport bound(String link, String image, Boolean present) {
        return new BoundImageReport(image, link, "/usr/share/containers/systemd/" + link, present, List.of(), List.of());
    }

    private static DeploymentReport dep(DeploymentSlot slot, boolean next, BoundImageReport... images) {
        return new DeploymentReport(slot, slot.word(), next, "quay.io/x/os:1", "registry", "sha256:ab", "1", null,
                "amd64", false, false, false, false, false, null, null, null, BoundImagesState.READ, List.of(images),
                List.of());
    }

    @Test
    void stagedDeploymentChangesAreListedByLinkName() {
        DeploymentReport booted = dep(DeploymentSlot.BOOTED, false,
                bound("a.image", "quay.io/a:1", true),
                bound("b.container", "quay.io/b:1", true),
                bound("gone.image", "quay.io/gone:1", true));
        DeploymentReport staged = dep(DeploymentSlot.STAGED, true,
                bound("a.image", "quay.io/a:1", true),
                bound("b.container", "quay.io/b:2", false),
                bound("new.image", "quay.io/new:1", true));
        NextBootChanges c = NextBootChanges.of(List.of(staged, booted));
        assertThat(c.bootsAnotherDeployment()).isTrue();
        assertThat(c.changes()).containsExactly(
                new BoundImageChange(BoundImageChange.Kind.IMAGE_CHANGED, "b.container", "quay.io/b:1", "quay.io/b:2",
                        false),
                new BoundImageChange(BoundImageChange.Kind.REMOVED, "gone.image", "quay.io/gone:1", null, null),
                new BoundImageChange(BoundImageChange.Kind.ADDED, "new.image", null, "quay.io/new:1", true));
        assertThat(c.missing()).extracting(BoundImageReport::link).containsExactly("b.container");
    }

    @Test
    void nothingChangesWhenTheBootedDeploymentBootsAgain() {
        DeploymentReport booted = dep(DeploymentSlot.BOOTED, true, bound("a.image", "quay.io/a:1", false));
        NextBootChanges c = NextBootChanges.of(List.of(booted));
        assertThat(c.bootsAnotherDeployment()).isFalse();
        assertThat(c.changes()).isEmpty();
        assertThat(c.missing()).hasSize(1);
    }

    @Test
    void queuedRollbackIsComparedToo() {
        DeploymentReport booted = dep(DeploymentSlot.BOOTED, false, bound("a.image", "quay.io/a:2", true));
        DeploymentReport rollback = dep(DeploymentSlot.ROLLBACK, true, bound("a.image", "quay.io/a:1", null));
        NextBootChanges c = NextBootChanges.of(List.of(booted, rollback));
        assertThat(c.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(BoundImageChange.Kind.IMAGE_CHANGED);
            assertThat(ch.presentAfter()).isNull();
        });
        assertThat(c.missing()).isEmpty();
    }
}
