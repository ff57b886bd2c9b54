package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.BoundImagesState;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.remote.fakehost.FakeBootcHost;
import dev.bootdeck.ssh.testserver.FakeRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inspection script run by dash (or /bin/sh where dash is missing) inside a fake host's private root, parsed
 * and turned into a report with the core's rules: every per-host and per-deployment state the script can produce.
 */
class GatherScriptTest {
    @BeforeAll
    static void root() {
        FakeRoot.requireRoot();
    }

    private static DeploymentReport slot(HostReport r, DeploymentSlot s) {
        return r.deployments().stream().filter(d -> d.slot() == s).findFirst().orElseThrow();
    }

    private static BoundImageReport link(DeploymentReport d, String link) {
        return d.boundImages().stream().filter(b -> b.link().equals(link)).findFirst().orElseThrow();
    }

    @Test
    void demoHostHasStagedBootedRollbackMissingImageAndUpdate() throws Exception {
        HostReport r = ScriptRuns.report(DemoFixture.host().build("demo"), "demo");
        assertThat(r.state()).as(r.error()).isEqualTo(HostState.OK);
        assertThat(r.bootcVersion()).isEqualTo("1.16.9");
        assertThat(r.nextBoot()).isEqualTo(DeploymentSlot.STAGED);
        assertThat(r.deployments()).extracting(DeploymentReport::label).containsExactly("staged", "booted",
                "rollback");
        DeploymentReport staged = slot(r, DeploymentSlot.STAGED);
        assertThat(staged.nextBoot()).isTrue();
        assertThat(staged.boundImagesState()).isEqualTo(BoundImagesState.READ);
        assertThat(staged.ostreeRoot()).isEqualTo("/sysroot/ostree/deploy/default/deploy/"
                + "3c6dad657109522e0b2e49bf44b5420f16f0b438b5b9357e5132211cfbad135d.0");
        BoundImageReport agent = link(staged, "inventory-agent.container");
        assertThat(agent.image()).isEqualTo(DemoFixture.MISSING_IMAGE);
        assertThat(agent.present()).isFalse();
        assertThat(agent.problems()).anyMatch(p -> p.startsWith("error: ") && p.contains("not in bootc's storage"));
        assertThat(link(staged, "curl.container").present()).isTrue();
        assertThat(link(staged, "curl.container").file()).isEqualTo("/usr/share/containers/systemd/curl.container");
        DeploymentReport booted = slot(r, DeploymentSlot.BOOTED);
        assertThat(booted.updateAvailable()).isTrue();
        assertThat(booted.cachedUpdate().digest()).startsWith("sha256:a0a0");
        assertThat(booted.boundImages()).extracting(BoundImageReport::present).containsOnly(true);
        DeploymentReport rollback = slot(r, DeploymentSlot.ROLLBACK);
        assertThat(rollback.image()).isEqualTo("quay.io/centos-bootc/centos-bootc:stream9");
        assertThat(r.gcCandidates()).containsExactly("quay.io/example/old-tool:0.9");
        assertThat(r.authJsonPresent()).isTrue();
        assertThat(r.autoUpdateTimerActive()).isFalse();
        assertThat(r.storedImages()).hasSize(4);
        assertThat(r.status().deployments()).hasSize(3);
    }

    @Test
    void stagedAndRollbackWithoutBootedIsShownAsReported() throws Exception {
        HostReport r = ScriptRuns.report(FakeBootcHost.withFixture("spec-staged-rollback.json")
                .bindFixtureImages("staged").emptyBoundDir("rollback").storeImages().build("sr"), "sr");
        assertThat(r.state()).isEqualTo(HostState.OK);
        assertThat(r.deployments()).extracting(DeploymentReport::label).containsExactly("staged", "rollback");
        assertThat(r.warnings()).anyMatch(w -> w.contains("no booted deployment"));
        assertThat(slot(r, DeploymentSlot.ROLLBACK).boundImagesState()).isEqualTo(BoundImagesState.EMPTY);
        assertThat(slot(r, DeploymentSlot.STAGED).boundImages()).extracting(BoundImageReport::present)
                .containsOnly(false);
    }

    @Test
    void absentBoundDirAndMissingRootAndNoStore() throws Exception {
        HostReport r = ScriptRuns.report(FakeBootcHost.withFixture("spec-staged-booted.json").missingRoot("staged")
                .noStore().build("absent"), "absent");
        assertThat(r.state()).isEqualTo(HostState.OK);
        assertThat(slot(r, DeploymentSlot.BOOTED).boundImagesState()).isEqualTo(BoundImagesState.ABSENT);
        assertThat(slot(r, DeploymentSlot.STAGED).boundImagesState()).isEqualTo(BoundImagesState.ROOT_NOT_FOUND);
        assertThat(r.warnings()).anyMatch(w -> w.contains("was not found")).anyMatch(w -> w.contains("does not exist"));
        assertThat(r.storedImages()).isEmpty();
    }

    @Test
    void brokenEntriesAreReportedInBootcsWords() throws Exception {
        HostReport r = ScriptRuns.report(FakeBootcHost.withFixture("spec-only-booted.json")
                .bind("booted", "dangling.image", "/usr/share/containers/systemd/nope.image",
                        "/usr/share/containers/systemd/nope.image", null)
                .bind("booted", "escape.image", "../../../../../../../etc/escape.image", "/etc/escape.image",
                        "[Image]\nImage=quay.io/inside/root:1\n")
                .bind("booted", "loop.image", "loop.image", "/x", null)
                .bind("booted", "wrong.txt", "/usr/share/containers/systemd/x.image",
                        "/usr/share/containers/systemd/x.image", "[Image]\nImage=quay.io/x/y:1\n")
                .plainEntry("booted", "README", "not a link\n")
                .bind("booted", "nl\nname.image", "/usr/share/containers/systemd/x.image", "/unused", null)
                .storeImages("quay.io/x/y:1").build("broken"), "broken");
        assertThat(r.state()).isEqualTo(HostState.OK);
        DeploymentReport b = slot(r, DeploymentSlot.BOOTED);
        assertThat(link(b, "dangling.image").problems()).anyMatch(p -> p.contains("No such file or directory"));
        BoundImageReport escape = link(b, "escape.image");
        // ".." never leaves the deployment root: resolved inside it, not on the host
        assertThat(escape.file()).isEqualTo("/etc/escape.image");
        assertThat(escape.image()).isEqualTo("quay.io/inside/root:1");
        assertThat(link(b, "loop.image").problems()).anyMatch(p -> p.contains("Too many levels of symbolic links"));
        assertThat(link(b, "wrong.txt").problems()).anyMatch(p -> p.contains("Invalid file extension"));
        assertThat(link(b, "README").problems()).anyMatch(p -> p.contains("Not a symlink: README"));
        assertThat(link(b, "nl\nname.image").image()).isEqualTo("quay.io/x/y:1");
        assertThat(r.warnings()).anyMatch(w -> w.contains("garbage collection") && w.contains("abort"));
    }

    @Test
    void bootcMissingNotBootcAndBootcError() throws Exception {
        assertThat(ScriptRuns.report(FakeBootcHost.withFixture("spec-only-booted.json").withoutBootc()
                .build("nobootc"), "nobootc").state()).isEqualTo(HostState.BOOTC_MISSING);
        HostReport plain = ScriptRuns.report(FakeBootcHost.withFixture("spec-v1-null.json").build("pkg"), "pkg");
        assertThat(plain.state()).isEqualTo(HostState.NOT_BOOTC_HOST);
        assertThat(plain.error()).contains("pkg is not deployed via bootc");
        HostReport err = ScriptRuns.report(FakeBootcHost.withFixture("spec-only-booted.json")
                .statusError("error: Loading status: composefs: missing verity").build("err"), "err");
        assertThat(err.state()).isEqualTo(HostState.BOOTC_ERROR);
        assertThat(err.error()).contains("composefs: missing verity").contains("exit 1");
    }

    @Test
    void oldBootcFallsBackToJsonAndStoreFallsBackToPodman() throws Exception {
        HostReport r = ScriptRuns.report(FakeBootcHost.withFixture("spec-only-booted.json").mode("old-no-format")
                .mode("no-image-cmd").bindFixtureImages("booted").storeImages("quay.io/curl/curl:latest")
                .version("bootc 0.1.9").build("old"), "old");
        assertThat(r.state()).as(r.error()).isEqualTo(HostState.OK);
        assertThat(r.warnings()).anyMatch(w -> w.contains("`bootc status --json`"))
                .anyMatch(w -> w.contains("listed with podman"));
        assertThat(link(slot(r, DeploymentSlot.BOOTED), "curl.container").present()).isTrue();
        assertThat(link(slot(r, DeploymentSlot.BOOTED), "podman.image").present()).isFalse();
    }

    @Test
    void killedScriptGivesTruncatedOutput() throws Exception {
        FakeRoot root = FakeBootcHost.withFixture("spec-only-booted.json").mode("truncate").build("trunc");
        FakeRoot.Result run = ScriptRuns.run(root, "t35tn0nce");
        GatheredHost g = GatherOutputParser.parse(run.stdout(), "t35tn0nce");
        assertThat(g.complete()).isFalse();
        HostReport r = HostReportBuilder.build("trunc", g, ScriptRuns.T0, false);
        assertThat(r.state()).isEqualTo(HostState.TRUNCATED_OUTPUT);
        assertThat(r.error()).contains("trunc");
    }

    @Test
    void timerActiveAndAuthJson() throws Exception {
        HostReport r = ScriptRuns.report(FakeBootcHost.withFixture("spec-only-booted.json").timerActive(true)
                .authJson(false).build("timer"), "timer");
        assertThat(r.autoUpdateTimerActive()).isTrue();
        assertThat(r.authJsonPresent()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.contains("bootc-fetch-apply-updates.timer is active"));
    }

    @Test
    void scriptUsesNoBashismsNorToolsBeyondCoreutilsBootcPodmanSystemctl() throws Exception {
        String code = List.of(GatherScript.text().split("\n")).stream().map(String::strip)
                .filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        assertThat(code).doesNotContain("[[").doesNotContain("local ").doesNotContain("function ")
                .doesNotContain("python").doesNotContain("jq").doesNotContain("$'").doesNotContain("<<<")
                .doesNotContain("declare").doesNotContain("pipefail").doesNotContain("source ")
                .doesNotContain("==").doesNotContain("${!").doesNotContain("awk").doesNotContain("sed ");
        assertThat(new String(Files.readAllBytes(Path.of("src/main/resources/dev/bootdeck/remote/gather.sh")),
                StandardCharsets.UTF_8)).isEqualTo(GatherScript.text());
    }

    @Test
    void theCommandLineStaysShortTheScriptGoesOnStdin() {
        var cmd = GatherScript.command("n0nce");
        assertThat(cmd.commandLine()).isEqualTo("sh -c 'exec sh -c \"$(cat)\" bootdeck-gather \"$1\"' sh n0nce");
        assertThat(new String(cmd.stdin(), StandardCharsets.UTF_8)).isEqualTo(GatherScript.text());
        assertThat(GatherScript.commandWithScriptArgument("n0nce").redacted()).contains("<inspection script, ")
                .doesNotContain("resolve()");
    }
}
