package dev.bootdeck.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static String styled(String text, List<Highlight> hs) {
        return hs.stream().map(h -> h.style() + ":" + text.substring(h.start(), h.end()))
                .collect(Collectors.joining("|"));
    }

    @Test
    void quadletLinesAreClassifiedAsPodmanReadsThem() {
        String text = "# comment\n[Container]\nImage=quay.io/x/y:1\n  ; indented comment\nExec=/bin/sh -c \\\n"
                + "# skipped\n  echo %h\nnot a pair\n";
        List<Highlight> hs = new QuadletHighlighter().highlight(text);
        assertThat(styled(text, hs)).isEqualTo("hl-comment:# comment|hl-section:[Container]|hl-key:Image|"
                + "hl-operator:=|hl-value:quay.io/x/y:1|hl-comment:; indented comment|hl-key:Exec|hl-operator:=|"
                + "hl-value:/bin/sh -c |hl-continuation:\\|hl-comment:# skipped|hl-value:  echo |hl-specifier:%h|"
                + "hl-invalid:not a pair");
    }

    @Test
    void inlineHashIsValueTextForPodman() {
        String text = "[Image]\nImage=quay.io/x # not a comment\n";
        assertThat(styled(text, new QuadletHighlighter().highlight(text)))
                .endsWith("hl-value:quay.io/x # not a comment");
    }

    @Test
    void containerfileInstructionsFlagsStringsAndContinuations() {
        String text = "FROM quay.io/fedora/fedora-bootc:41\nCOPY --chmod=644 a.image /usr/share/\n"
                + "RUN ln -s \"$SRC\" /x && \\\n    echo run ${B}\n# done\n";
        String s = styled(text, new ContainerfileHighlighter().highlight(text));
        assertThat(s).startsWith("hl-keyword:FROM|hl-keyword:COPY|hl-flag:--chmod=644|hl-keyword:RUN|hl-flag:-s|"
                + "hl-string:\"$SRC\"|hl-operator:&&|hl-continuation:\\|hl-variable:${B}|hl-comment:# done");
        // "echo" on the continuation line is not an instruction
        assertThat(s).doesNotContain("hl-keyword:echo");
    }

    @Test
    void unifiedDiffLinesAreColouredByKind() {
        String text = "--- a/Containerfile\n+++ b/Containerfile\n@@ -1,2 +1,3 @@\n FROM x\n-RUN a\n+RUN b\n";
        assertThat(styled(text, new DiffHighlighter().highlight(text))).isEqualTo("hl-diff-file:--- a/Containerfile|"
                + "hl-diff-file:+++ b/Containerfile|hl-diff-hunk:@@ -1,2 +1,3 @@|hl-diff-del:-RUN a|hl-diff-add:+RUN b");
    }

    @Test
    void everyQuadletFixtureGivesSortedRangesInsideTheText() throws Exception {
        try (Stream<Path> files = Files.walk(Fixtures.quadlet())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                int last = 0;
                for (Highlight h : new QuadletHighlighter().highlight(text)) {
                    assertThat(h.start()).as(f.toString()).isGreaterThanOrEqualTo(last);
                    assertThat(h.end()).as(f.toString()).isLessThanOrEqualTo(text.length());
                    last = h.end();
                }
            }
        }
    }
}
