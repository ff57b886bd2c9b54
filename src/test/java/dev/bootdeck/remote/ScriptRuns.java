package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.ssh.testserver.FakeRoot;
import java.time.Instant;
import java.util.List;

/** Runs the real inspection script inside a fake host's private root (no SSH) and builds the report from it. */
final class ScriptRuns {
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    private ScriptRuns() {
    }

    /** dash, the strictly POSIX shell, when installed (Debian's /bin/sh); otherwise /bin/sh. */
    static final String SHELL = java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/dash"))
            ? "/usr/bin/dash" : "/bin/sh";

    static FakeRoot.Result run(FakeRoot root, String nonce) throws Exception {
        return root.exec(List.of(SHELL, "-c", GatherScript.text(), "bootdeck-gather", nonce));
    }

    static GatheredHost gather(FakeRoot root) throws Exception {
        FakeRoot.Result r = run(root, "t35tn0nce");
        assertThat(r.stderr()).isEmpty();
        return GatherOutputParser.parse(r.stdout(), "t35tn0nce");
    }

    static HostReport report(FakeRoot root, String host) throws Exception {
        return HostReportBuilder.build(host, gather(root), T0, false);
    }
}
