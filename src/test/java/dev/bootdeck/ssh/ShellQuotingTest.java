package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The quoting must survive a real POSIX shell for any string, including ones written to break out. */
class ShellQuotingTest {
    static final List<String> HOSTILE = List.of("", " ", "a b", "'", "''", "'\\''", "\"", "$(touch /tmp/pwned)",
            "`id`", "${HOME}", "$HOME", "a;rm -rf /", "x && y", "x|y", "x > /etc/passwd", "*", "?", "[a-z]", "~",
            "~root", "-rf", "--", "\\", "\\n", "line1\nline2", "tab\there", "\r\n", "#comment", "!event", "%1",
            "A=b", "{a,b}", "échappé ☃ 日本", "\u0001\u007f", "a'b\"c$d`e\\f", "'; echo hacked; '");

    @Test
    void plainWordsStayBare() {
        assertThat(ShellQuoting.quote("bootc")).isEqualTo("bootc");
        assertThat(ShellQuoting.quote("--format=json")).isEqualTo("'--format=json'");
        assertThat(ShellQuoting.quote("/usr/lib/bootc/storage")).isEqualTo("/usr/lib/bootc/storage");
        assertThat(ShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuoting.quote("")).isEqualTo("''");
    }

    @Test
    void nulIsRefused() {
        assertThatThrownBy(() -> ShellQuoting.quote("a\0b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/sh", "/bin/bash", "/bin/dash"})
    void hostileStringsRoundTripThroughRealShells(String shell) throws Exception {
        if (!Files.isExecutable(Path.of(shell))) {
            return; // not every machine has every shell; /bin/sh always exists
        }
        assertThat(roundTrip(shell, HOSTILE)).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void seededRandomStringsRoundTrip() throws Exception {
        Random r = new Random(20240807L);
        String alphabet = "ab Z09'\"\\$`!*?[]{}()<>|&;#~=%^\n\t\r-_./:,@éλ☃";
        for (int batch = 0; batch < 20; batch++) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                StringBuilder b = new StringBuilder();
                int len = r.nextInt(12);
                for (int j = 0; j < len; j++) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                args.add(b.toString());
            }
            assertThat(roundTrip("/bin/sh", args)).containsExactlyElementsOf(args);
        }
    }

    /** Runs {@code shell -c "printf '%s\0' QUOTED..."} and splits what printf wrote back. */
    static List<String> roundTrip(String shell, List<String> args) throws IOException, InterruptedException {
        String line = "printf '%s\\0' " + ShellQuoting.join(args);
        Process p = new ProcessBuilder(shell, "-c", line).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        p.getErrorStream().transferTo(err);
        assertThat(p.waitFor()).as("shell stderr: %s", err).isZero();
        String s = new String(out, StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>(Arrays.asList(s.split("\0", -1)));
        parts.remove(parts.size() - 1); // after the last NUL
        return parts;
    }
}
