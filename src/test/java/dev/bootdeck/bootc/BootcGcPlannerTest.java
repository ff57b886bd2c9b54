package dev.bootdeck.bootc;

import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.BoundImagePresence;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.DeploymentImages;
import dev.bootdeck.model.GcPlan;
import dev.bootdeck.model.StoredImage;
import dev.bootdeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** bootc's GC by its exact-string rule, over the fixture host, the fixture root and a sample storage listing. */
class BootcGcPlannerTest {

    private static final BoundImagesReport FIXTURE_ROOT = BoundImagesEvaluator.evaluateLocalRoot(
            Fixtures.boundImages().resolve("root"), FlattenedLinks.ACCEPT_WITH_WARNING);

    private static BoundImagesReport snapshotWith(String... images) {
        SnapshotRootView.Builder b = SnapshotRootView.builder("staged root");
        for (int i = 0; i < images.length; i++) {
            b.symlink("/usr/lib/bootc/bound-images.d/i" + i + ".image", "/q/i" + i + ".image");
            b.file("/q/i" + i + ".image", "[Image]\nImage=" + images[i] + "\n");
        }
        return BoundImagesEvaluator.evaluate(BoundImagesDirReader.read(b.build(), FlattenedLinks.STRICT));
    }

    @Test
    void keepsExactNamesOnlyAndReportsPresence() {
        BootcHost host = StatusFixtures.parse("spec-staged-booted");
        // booted deployment binds the fixture's three images; the staged one also binds two risky names
        BoundImagesReport staged = snapshotWith("quay.io/curl/curl:latest", "quay.io/foo/bar", "nginx",
                "quay.io/new/thing:2");
        List<StoredImage> storage = PodmanImageListParserTest.sampleImages();
        GcPlan plan = BootcGcPlanner.plan(host, Map.of("booted", FIXTURE_ROOT, "staged", staged), storage);

        assertThat(plan.backend()).isEqualTo(GcPlan.Backend.OSTREE);
        assertThat(plan.complete()).isTrue();
        assertThat(plan.gcFails()).isFalse();
        assertThat(plan.roots()).containsExactly("nginx", "quay.io/curl/curl-base:latest", "quay.io/curl/curl:latest",
                "quay.io/example/someimage:latest", "quay.io/foo/bar", "quay.io/new/thing:2",
                "registry.access.redhat.com/ubi9/podman:latest");
        assertThat(plan.kept()).extracting(StoredImage::shortId)
                .containsExactly("111111111111", "222222222222", "666666666666");
        assertThat(plan.pruned()).extracting(StoredImage::shortId)
                .containsExactly("333333333333", "444444444444", "555555555555", "777777777777");
        assertThat(plan.prunedBytes()).isEqualTo(5000000L + 7000000L + 1000L + 2000L);

        DeploymentImages stagedImages = plan.deployments().get(0);
        assertThat(stagedImages.label()).isEqualTo("staged");
        assertThat(stagedImages.hostImage()).isEqualTo("quay.io/example/someimage:latest");
        assertThat(stagedImages.bound()).extracting(BoundImagePresence::image, BoundImagePresence::state)
                .containsExactly(
                        tuple("quay.io/curl/curl:latest", BoundImagePresence.State.PRESENT),
                        tuple("quay.io/foo/bar", BoundImagePresence.State.PRESENT_UNPROTECTED),
                        tuple("nginx", BoundImagePresence.State.PRESENT_UNPROTECTED),
                        tuple("quay.io/new/thing:2", BoundImagePresence.State.MISSING));
        assertThat(stagedImages.missing()).containsExactly("quay.io/new/thing:2");
        assertThat(stagedImages.bound().get(1).note()).isEqualTo("found as quay.io/foo/bar:latest, but no stored "
                + "name equals \"quay.io/foo/bar\", so bootc's GC prunes it");
        assertThat(stagedImages.bound().get(2).imageId()).startsWith("4444");

        DeploymentImages booted = plan.deployments().get(1);
        assertThat(booted.bound()).extracting(BoundImagePresence::state)
                .containsOnly(BoundImagePresence.State.PRESENT);
        assertThat(booted.missing()).isEmpty();
    }

    @Test
    void digestReferencesMatchByStoredDigestName() {
        String digest = "sha256:" + "c".repeat(64);
        List<StoredImage> storage = List.of(StoredImage.of("9".repeat(64), List.of("quay.io/p/q@" + digest)),
                new StoredImage("8".repeat(64), List.of("quay.io/r/s:1"), digest, List.of(), null, null, null, null,
                        null));
        BootcGcPlanner.DeploymentInput d = new BootcGcPlanner.DeploymentInput("booted", null,
                snapshotWith("quay.io/p/q@" + digest, "quay.io/r/s:1@" + digest), false);
        GcPlan plan = BootcGcPlanner.plan(List.of(d), storage);
        assertThat(plan.kept()).extracting(StoredImage::id).containsExactly("9".repeat(64));
        assertThat(plan.deployments().get(0).bound()).extracting(BoundImagePresence::state).containsExactly(
                BoundImagePresence.State.PRESENT, BoundImagePresence.State.PRESENT_UNPROTECTED);
        assertThat(plan.deployments().get(0).bound().get(1).note()).startsWith("found by digest");
    }

    @Test
    void aFailingQueryAbortsTheWholeGc() {
        BoundImagesReport broken = BoundImagesEvaluator.evaluateLocalRoot(Fixtures.boundImages().resolve("root"),
                FlattenedLinks.STRICT);
        assertThat(broken.queryFails()).isTrue();
        GcPlan plan = BootcGcPlanner.plan(List.of(
                new BootcGcPlanner.DeploymentInput("booted", "quay.io/x/os:1", FIXTURE_ROOT, false),
                new BootcGcPlanner.DeploymentInput("rollback", "quay.io/x/os:0", broken, false)),
                PodmanImageListParserTest.sampleImages());
        assertThat(plan.gcFails()).isTrue();
        assertThat(plan.prunedBytes()).isZero();
        assertThat(plan.deployments().get(1).bootcFails()).isTrue();
        assertThat(plan.notes()).singleElement().asString()
                .startsWith("bootc cannot query the bound images of the rollback deployment (Querying bound images: "
                        + "Not a symlink: curl-base.image");
    }

    @Test
    void pullTimeErrorsDoNotAbortTheGc() {
        BoundImagesReport empty = snapshotWith("");
        assertThat(empty.bootcFails()).isTrue();
        assertThat(empty.queryFails()).isFalse();
        GcPlan plan = BootcGcPlanner.plan(List.of(new BootcGcPlanner.DeploymentInput("booted", null, empty, false)),
                List.of());
        assertThat(plan.gcFails()).isFalse();
    }

    @Test
    void unknownDeploymentRootsMakeThePlanIncomplete() {
        GcPlan plan = BootcGcPlanner.plan(StatusFixtures.parse("spec-booted-pinned"), Map.of("booted", FIXTURE_ROOT),
                PodmanImageListParserTest.sampleImages());
        assertThat(plan.complete()).isFalse();
        assertThat(plan.notes()).singleElement().asString().contains("other[0] deployment were not read");
        assertThat(plan.deployments()).extracting(DeploymentImages::label, DeploymentImages::boundKnown)
                .containsExactly(tuple("booted", true), tuple("other[0]", false));
        assertThat(plan.roots()).contains("quay.io/centos-bootc/centos-bootc:stream9");
    }

    @Test
    void composefsKeepsHostImagesOnly() throws Exception {
        BootcHost host = new BootcStatusParser().parse(BootcStatusParserTest.CANONICAL_1_16, "t");
        // the booted entry is composefs-native, the rollback entry is ostree: mixed, so the ostree rules apply
        GcPlan mixed = BootcGcPlanner.plan(host, Map.of(), List.of());
        assertThat(mixed.backend()).isEqualTo(GcPlan.Backend.OSTREE);
        GcPlan cfs = BootcGcPlanner.plan(List.of(
                new BootcGcPlanner.DeploymentInput("booted", "quay.io/example/os:42", FIXTURE_ROOT, true)),
                PodmanImageListParserTest.sampleImages());
        assertThat(cfs.backend()).isEqualTo(GcPlan.Backend.COMPOSEFS);
        assertThat(cfs.roots()).containsExactly("quay.io/example/os:42");
        assertThat(cfs.kept()).isEmpty();
        assertThat(cfs.deployments().get(0).bound()).extracting(BoundImagePresence::state)
                .containsOnly(BoundImagePresence.State.PRESENT_UNPROTECTED);
    }
}
