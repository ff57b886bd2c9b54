package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitDocumentRoundTripTest {

    static Stream<Path> fixtureFiles() {
        return QuadletFixtureFiles.all().stream();
    }

    @Test
    void theFixtureTreeHasAllFiles() {
        // 318 copied podman files plus bogus.container, the README and expectations.tsv
        assertThat(QuadletFixtureFiles.all()).hasSize(321);
        assertThat(QuadletFixtureFiles.units()).hasSize(319);
        assertThat(QuadletFixtureFiles.units()).anyMatch(p -> QuadletFixtureFiles.relative(p).startsWith("test_subdir/sub_one/"));
        assertThat(QuadletFixtureFiles.units()).anyMatch(p -> QuadletFixtureFiles.relative(p).endsWith(".d/10-first.conf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void everyFixtureRoundTripsByteForByte(Path file) {
        byte[] bytes = QuadletFixtureFiles.read(file);
        UnitDocument doc = UnitDocument.parse(bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(UnitDocument.parse(new String(bytes, StandardCharsets.UTF_8)).render())
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\n",
        "\r\n",
        "[Container]",
        "[Container]\r\nImage=quay.io/a/b\r\n",
        "[Container]\nImage=a\r\nExec=x \\\r\n  y\n",
        "[Container]\r\n\r\n",
        "\uFEFF[Container]\nImage=x\n",
        "  ; comment\n\t# other\n[Container]\n  Image  =   quay.io/x/y   \n",
        "[Container]\nExec=a \\\n# inside\n\n  b\nImage=x",
        "[Container]\nExec=true \\\n\n# dropped\n",
        "[A]\n[B]\n[A]\nK=1\n[B]\nK=2\nK=3\n",
        "garbage\n=nokey\n[bad\n[]\n[ok] trailing\n",
        "[Container]\nImage=caf\u00e9/\u00fcber:\u65e5\u672c\n",
        "\\\n\\\n\\",
        "[X]\rK=1\r",
        "[X]\nK=1\n\n\n\n",
        "no newline at end [X]",
    })
    void handMadeNastyCasesRoundTrip(String text) {
        UnitDocument doc = UnitDocument.parse(text);
        assertThat(doc.render()).isEqualTo(text);
        assertThat(doc.toBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8AndNulBytesRoundTrip() {
        byte[] bytes = {'[', 'C', ']', '\n', 'K', '=', (byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, (byte) 0xA0, '\r',
            '\n', (byte) 0xE2, (byte) 0x82, '\n', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};
        UnitDocument doc = UnitDocument.parse(bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
    }

    @Test
    void elementsCoverEveryLineAndFlagProblemsWithLineNumbers() {
        UnitDocument doc = UnitDocument.parse("# top\nImage=x\n[Container]\nImage=y\nbogus line\n[]\n");
        assertThat(doc.problems()).containsExactly(
                new SyntaxProblem(2, "key file does not start with a group"),
                new SyntaxProblem(5, "file contains line 5: \u201cbogus line\u201d which is not a key-value pair,"
                        + " group, or comment"),
                new SyntaxProblem(6, "invalid group name: "));
        List<Integer> covered = doc.elements().stream().flatMap(e -> e.lines().stream()).sorted().toList();
        assertThat(covered).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
