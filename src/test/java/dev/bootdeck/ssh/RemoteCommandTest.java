package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RemoteCommandTest {
    @Test
    void commandLineQuotesEveryArgument() {
        RemoteCommand c = RemoteCommand.of("bootc", "status", "--format=json", "a b");
        assertThat(c.commandLine()).isEqualTo("bootc status '--format=json' 'a b'");
    }

    @Test
    void redactedHidesSecretsAndSummarisesBulk() {
        RemoteCommand c = RemoteCommand.builder("script").arg("sh").arg("-c").bulkyArg("inspection script",
                "echo hello; echo world").arg("x").secretArg("hunter2").secretStdin("pw\n".getBytes(
                        StandardCharsets.UTF_8)).build();
        assertThat(c.redacted()).doesNotContain("hunter2").doesNotContain("echo hello").doesNotContain("pw")
                .contains("'<redacted>'").contains("'<inspection script, 22 bytes>'").contains("<stdin: redacted>");
        assertThat(c.commandLine()).contains("hunter2").contains("echo hello");
        assertThat(c.toString()).isEqualTo(c.redacted());
    }

    @Test
    void sudoWrappingKeepsPasswordOffTheCommandLine() {
        RemoteCommand c = RemoteCommand.of("bootc", "status");
        assertThat(Privilege.asRoot("root", c, null).commandLine()).isEqualTo("bootc status");
        assertThat(Privilege.asRoot("core", c, null).commandLine()).isEqualTo("sudo -n -- bootc status");
        RemoteCommand withPw = Privilege.asRoot("core", c, "s3cr3t'x".toCharArray());
        assertThat(withPw.commandLine()).startsWith("sudo -S -k -p '' -- sh -c").doesNotContain("s3cr3t");
        assertThat(new String(withPw.stdin(), StandardCharsets.UTF_8)).isEqualTo("s3cr3t'x\n");
        assertThat(withPw.redacted()).doesNotContain("s3cr3t");
        withPw.wipeSecretStdin();
        assertThat(withPw.stdin()).containsOnly(0);
    }

    @Test
    void passwordWithLineBreakIsRefused() {
        assertThatThrownBy(() -> Privilege.asRoot("core", RemoteCommand.of("id"), "a\nb".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
