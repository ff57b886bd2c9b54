package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.ssh.testserver.FakeRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The demo recording is what the real script prints for the demo fixture host. Re-record with
 * {@code mvn -o test -Dtest=DemoRecordingTest -Dbootdeck.rerecord=true} (as root) after changing the script or the
 * demo data; otherwise this test fails when the committed recording and a fresh run differ.
 */
class DemoRecordingTest {
    static final Path RECORDING = Path.of("src/main/resources/dev/bootdeck/demo/demo-host.raw");

    @Test
    void recordingMatchesAFreshRunOfTheScript() throws Exception {
        FakeRoot root = DemoFixture.host().build("demo-recording");
        FakeRoot.Result run = ScriptRuns.run(root, DemoHost.NONCE);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        if (Boolean.getBoolean("bootdeck.rerecord")) {
            Files.write(RECORDING, run.stdout());
        }
        assertThat(Files.readAllBytes(RECORDING)).as("committed demo recording (re-record with"
                + " -Dbootdeck.rerecord=true)").isEqualTo(run.stdout());
    }

    @Test
    void demoReportIsLabelledAndShowsTheStory() {
        HostReport r = DemoHost.report(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(r.state()).isEqualTo(HostState.OK);
        assertThat(r.demo()).isTrue();
        assertThat(r.host()).isEqualTo(DemoHost.HOST);
        assertThat(r.warnings().get(0)).isEqualTo(DemoHost.LABEL);
        assertThat(r.nextBoot()).isEqualTo(DeploymentSlot.STAGED);
        assertThat(r.deployments()).hasSize(3);
        assertThat(r.deployments().get(0).missingBoundImages()).extracting(b -> b.image())
                .containsExactly(DemoFixture.MISSING_IMAGE);
        assertThat(r.deployments().get(1).updateAvailable()).isTrue();
        assertThat(r.deployments().get(2).slot()).isEqualTo(DeploymentSlot.ROLLBACK);
        assertThat(r.refreshedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }
}
