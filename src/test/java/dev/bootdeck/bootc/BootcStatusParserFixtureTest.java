package dev.bootdeck.bootc;

import dev.bootdeck.model.BootEntry;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.HostSpec;
import dev.bootdeck.model.ImageSignature;
import dev.bootdeck.model.UsrOverlay;
import dev.bootdeck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every one of bootc's 16 status fixtures parses, with real field values asserted for each. */
class BootcStatusParserFixtureTest {

    private static final String CENTOS = "quay.io/centos-bootc/centos-bootc:stream9";
    private static final String DIGEST_47 =
            "sha256:47e5ed613a970b6574bfa954ab25bb6e85656552899aa518b5961d9645102b38";
    private static final String CHECKSUM_439 = "439f6bd2e2361bee292c1f31840d798c5ac5ba76483b8021dc9f7b0164ac0f48";
    private static final String SOME = "quay.io/example/someimage:latest";

    @Test
    void theFixtureListIsComplete() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.list(Fixtures.root().resolve("bootc-status"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)))
                    .containsExactlyInAnyOrder(StatusFixtures.ALL);
        }
    }

    @Test
    void bootedPinned() {
        BootcHost h = StatusFixtures.parse("spec-booted-pinned");
        assertThat(h.apiVersion()).isEqualTo(BootcHost.API_V1ALPHA1);
        assertThat(h.kind()).isEqualTo("BootcHost");
        assertThat(h.metadata().name()).isEqualTo("host");
        assertThat(h.spec().image().image()).isEqualTo(CENTOS);
        assertThat(h.spec().image().transport()).isEqualTo("registry");
        assertThat(h.spec().bootOrderKind()).isEqualTo(HostSpec.BootOrder.DEFAULT);
        BootEntry b = h.status().booted();
        assertThat(b.pinned()).isTrue();
        assertThat(b.image().architecture()).isEqualTo("arm64");
        assertThat(b.image().version()).isEqualTo("stream9.20240807.0");
        assertThat(b.image().timestamp()).isNull();
        assertThat(b.image().imageDigest()).isEqualTo(DIGEST_47);
        assertThat(b.ostree().checksum()).isEqualTo(CHECKSUM_439);
        assertThat(b.ostree().deploySerial()).isZero();
        assertThat(b.ostree().stateroot()).isEqualTo("default");
        assertThat(h.status().otherDeployments()).hasSize(1);
        BootEntry other = h.status().otherDeployments().get(0);
        assertThat(other.pinned()).isTrue();
        assertThat(other.image().imageDigest()).endsWith("102b37");
        assertThat(other.ostree().checksum()).startsWith("99b2cc3b");
        assertThat(h.deployments()).extracting(d -> d.label()).containsExactly("booted", "other[0]");
        assertThat(other.deploymentRoot()).contains("/sysroot/ostree/deploy/default/deploy/"
                + "99b2cc3b6edce9ebaef6a6076effa5ee3e1dcff3523016ffc94a1b27c6c67e12.0");
        assertThat(h.status().type()).isEqualTo("bootcHost");
        assertThat(h.status().isBootcHostType()).isTrue();
        assertThat(h.status().rollbackQueued()).isFalse();
        assertThat(h.isBootcHost()).isTrue();
        assertThat(h.nextBoot()).get().extracting(n -> n.slot()).isEqualTo(DeploymentSlot.BOOTED);
        assertThat(h.updateAvailable()).isFalse();
    }

    @Test
    void bootedUpdateSameDigestIsNoUpdate() {
        BootcHost h = StatusFixtures.parse("spec-booted-update-same-digest");
        BootEntry b = h.status().booted();
        assertThat(b.cachedUpdate()).isNotNull();
        assertThat(b.cachedUpdate().imageDigest()).isEqualTo(b.image().imageDigest()).isEqualTo(DIGEST_47);
        assertThat(b.cachedUpdate().version()).isEqualTo("stream9.20240807.0");
        assertThat(b.updateAvailable()).isFalse();
        assertThat(h.updateAvailable()).isFalse();
        assertThat(h.availableUpdate()).isEmpty();
    }

    @Test
    void bootedUsrOverlay() {
        BootcHost h = StatusFixtures.parse("spec-booted-usroverlay");
        UsrOverlay o = h.status().usrOverlay();
        assertThat(o.accessMode()).isEqualTo("readWrite");
        assertThat(o.accessModeKind()).isEqualTo(UsrOverlay.AccessMode.READ_WRITE);
        assertThat(o.persistence()).isEqualTo("transient");
        assertThat(o.persistenceKind()).isEqualTo(UsrOverlay.Persistence.TRANSIENT);
        assertThat(h.status().isContainer()).isFalse();
        assertThat(h.status().type()).isNull();
        assertThat(h.spec().image().signature().kind()).isEqualTo(ImageSignature.Kind.INSECURE);
        assertThat(h.spec().bootOrder()).isNull();
        assertThat(h.spec().bootOrderKind()).isEqualTo(HostSpec.BootOrder.DEFAULT);
        assertThat(h.status().booted().image().version()).isEqualTo("nightly");
        assertThat(h.status().booted().image().timestampInstant()).contains(Instant.parse("2023-09-30T19:22:16Z"));
        assertThat(h.status().staged()).isNull();
        assertThat(h.status().rollbackQueued()).isFalse();
    }

    @Test
    void bootedWithUpdateNoVersion() {
        BootcHost h = StatusFixtures.parse("spec-booted-with-update-no-version");
        BootEntry b = h.status().booted();
        assertThat(b.cachedUpdate().version()).isNull();
        assertThat(b.cachedUpdate().imageDigest()).isEqualTo("sha256:" + "b1".repeat(32));
        assertThat(b.updateAvailable()).isTrue();
        assertThat(h.availableUpdate()).get().extracting(u -> u.imageDigest()).isEqualTo("sha256:" + "b1".repeat(32));
    }

    @Test
    void bootedWithUpdate() {
        BootcHost h = StatusFixtures.parse("spec-booted-with-update");
        BootEntry b = h.status().booted();
        assertThat(b.image().timestampInstant()).contains(Instant.parse("2024-08-07T12:00:00Z"));
        assertThat(b.cachedUpdate().version()).isEqualTo("stream9.20240901.0");
        assertThat(b.cachedUpdate().timestamp()).isEqualTo("2024-09-01T12:00:00Z");
        assertThat(b.cachedUpdate().architecture()).isEqualTo("arm64");
        assertThat(h.updateAvailable()).isTrue();
        assertThat(h.availableUpdate().orElseThrow().imageDigest()).isEqualTo("sha256:" + "a0".repeat(32));
    }

    @Test
    void onlyBooted() {
        BootcHost h = StatusFixtures.parse("spec-only-booted");
        assertThat(h.deployments()).hasSize(1);
        BootEntry b = h.status().booted();
        assertThat(b.incompatible()).isFalse();
        assertThat(b.pinned()).isFalse();
        assertThat(b.downloadOnly()).isFalse();
        assertThat(b.softRebootCapable()).isFalse();
        assertThat(b.store()).isNull();
        assertThat(b.composefs()).isNull();
        assertThat(b.deploymentRoot()).contains("/sysroot/ostree/deploy/default/deploy/" + CHECKSUM_439 + ".0");
        assertThat(h.hostImageNames()).containsExactly(CENTOS);
        assertThat(h.nextBoot().orElseThrow().entry()).isSameAs(b);
    }

    @Test
    void ostreeRemoteSignature() {
        BootcHost h = StatusFixtures.parse("spec-ostree-remote");
        ImageSignature sig = h.spec().image().signature();
        assertThat(sig.kind()).isEqualTo(ImageSignature.Kind.OSTREE_REMOTE);
        assertThat(sig.ostreeRemote()).isEqualTo("fedora");
        assertThat(h.spec().image().image()).isEqualTo("quay.io/fedora/fedora-coreos:stable");
        assertThat(h.status().booted().image().image().image()).isEqualTo("quay.io/otherexample/otherimage:latest");
        assertThat(h.status().booted().image().version()).isEqualTo("20231230.1");
        assertThat(h.status().booted().image().imageDigest()).endsWith("b878ae4944c");
        assertThat(h.status().booted().image().image().signature()).isNull();
    }

    @Test
    void ostreeToBootc() {
        BootcHost h = StatusFixtures.parse("spec-ostree-to-bootc");
        BootEntry staged = h.status().staged();
        assertThat(staged.image().architecture()).isEqualTo("s390x");
        assertThat(staged.store()).isEqualTo("ostreeContainer");
        assertThat(staged.usesOstreeContainerStore()).isTrue();
        assertThat(staged.ostree().checksum()).startsWith("05cbf6dc");
        BootEntry booted = h.status().booted();
        assertThat(booted.image()).isNull();
        assertThat(booted.isContainerImage()).isFalse();
        assertThat(booted.store()).isNull();
        assertThat(booted.incompatible()).isFalse();
        assertThat(h.status().type()).isNull();
        assertThat(h.isBootcHost()).isTrue();
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.STAGED);
        assertThat(h.hostImageNames()).containsExactly(CENTOS);
    }

    @Test
    void rfeOstreeDeployment() {
        BootcHost h = StatusFixtures.parse("spec-rfe-ostree-deployment");
        assertThat(h.spec().image()).isNull();
        assertThat(h.status().staged().incompatible()).isTrue();
        assertThat(h.status().staged().image()).isNull();
        assertThat(h.status().booted().image()).isNull();
        assertThat(h.status().booted().ostree().checksum()).startsWith("f9fa3a55");
        assertThat(h.hostImageNames()).isEmpty();
        assertThat(h.updateAvailable()).isFalse();
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.STAGED);
    }

    @Test
    void stagedBooted() {
        BootcHost h = StatusFixtures.parse("spec-staged-booted");
        assertThat(h.status().staged().image().imageDigest()).endsWith("7a7566");
        assertThat(h.status().staged().image().timestamp()).isEqualTo("2023-10-14T19:22:15.42Z");
        assertThat(h.status().staged().image().timestampInstant())
                .contains(Instant.parse("2023-10-14T19:22:15.420Z"));
        assertThat(h.status().staged().image().image().signature().isInsecure()).isTrue();
        assertThat(h.status().booted().ostree().checksum()).startsWith("26836632");
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.STAGED);
        assertThat(h.deployments()).extracting(d -> d.slot())
                .containsExactly(DeploymentSlot.STAGED, DeploymentSlot.BOOTED);
        assertThat(h.hostImageNames()).containsExactly(SOME);
    }

    @Test
    void stagedDownloadOnlyIsNotNextBoot() {
        BootcHost h = StatusFixtures.parse("spec-staged-download-only");
        assertThat(h.status().staged().downloadOnly()).isTrue();
        assertThat(h.status().booted().downloadOnly()).isFalse();
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.BOOTED);
        assertThat(h.nextBoot().orElseThrow().reason()).contains("download-only");
    }

    @Test
    void stagedRollbackWithBootedNull() {
        BootcHost h = StatusFixtures.parse("spec-staged-rollback");
        assertThat(h.status().booted()).isNull();
        assertThat(h.isBootcHost()).isFalse();
        assertThat(h.status().rollback().image().architecture()).isEqualTo("s390x");
        assertThat(h.status().rollback().ostree().checksum()).startsWith("26836632");
        assertThat(h.deployments()).extracting(d -> d.slot())
                .containsExactly(DeploymentSlot.STAGED, DeploymentSlot.ROLLBACK);
        // staged (not download-only) is finalized at shutdown, whatever else the status says
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.STAGED);
        assertThat(h.updateAvailable()).isFalse();
    }

    @Test
    void v1NullIsNotABootcHost() {
        BootcHost h = StatusFixtures.parse("spec-v1-null");
        assertThat(h.apiVersion()).isEqualTo(BootcHost.API_V1);
        assertThat(h.isKnownApiVersion()).isTrue();
        assertThat(h.isBootcHost()).isFalse();
        assertThat(h.spec().image()).isNull();
        assertThat(h.spec().bootOrder()).isEqualTo("default");
        assertThat(h.deployments()).isEmpty();
        assertThat(h.nextBoot()).isEmpty();
        assertThat(h.status().otherDeployments()).isEmpty();
        assertThat(h.status().usrOverlay()).isNull();
        assertThat(h.status().readOnly()).isFalse();
        assertThat(h.hostImageNames()).isEmpty();
    }

    @Test
    void v1a1Orig() {
        BootcHost h = StatusFixtures.parse("spec-v1a1-orig");
        assertThat(h.status().staged().image().architecture()).isEqualTo("amd64");
        assertThat(h.status().booted().image().architecture()).isEqualTo("amd64");
        assertThat(h.status().isContainer()).isFalse();
        assertThat(h.status().staged().image().timestamp()).isEqualTo("2023-10-14T19:22:15Z");
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.STAGED);
    }

    @Test
    void v1a1() {
        BootcHost h = StatusFixtures.parse("spec-v1a1");
        assertThat(h.spec().image().image()).isEqualTo("quay.io/otherexample/otherimage:latest");
        assertThat(h.spec().image().signature()).isNull();
        assertThat(h.status().booted().image().architecture()).isEqualTo("s390x");
        assertThat(h.status().booted().image().version()).isEqualTo("20231230.1");
        assertThat(h.status().staged()).isNull();
    }

    @Test
    void viaLocalOci() {
        BootcHost h = StatusFixtures.parse("spec-via-local-oci");
        assertThat(h.spec().image().image()).isEqualTo("/var/mnt/osupdate:latest");
        assertThat(h.spec().image().transport()).isEqualTo("oci");
        assertThat(h.spec().image().isRegistryTransport()).isFalse();
        assertThat(h.status().booted().image().image().image()).isEqualTo("/var/mnt/osupdate");
        assertThat(h.status().booted().image().image().display()).isEqualTo("oci:/var/mnt/osupdate");
        assertThat(h.status().booted().image().architecture()).isEqualTo("amd64");
    }

    @Test
    void everyFixtureParses() {
        for (String name : StatusFixtures.ALL) {
            assertThat(StatusFixtures.parse(name).kind()).as(name).isEqualTo("BootcHost");
        }
    }
}
