package dev.bootdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.BootdeckVersion;
import org.junit.jupiter.api.Test;

class BootdeckCommandTest {
    @Test
    void versionPrintsTheBuiltVersion() {
        CliTestSupport.Result r = CliTestSupport.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo("bootdeck " + BootdeckVersion.get());
        assertThat(BootdeckVersion.get()).doesNotContain("${");
    }

    @Test
    void helpListsUsageAndExitsZero() {
        CliTestSupport.Result r = CliTestSupport.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: bootdeck").contains("Commands:");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        CliTestSupport.Result r = CliTestSupport.run("--no-such-option");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }
}
