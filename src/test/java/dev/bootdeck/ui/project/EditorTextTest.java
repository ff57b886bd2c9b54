package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The code area holds only {@code \n}; going back must keep every untouched line's own ending. */
class EditorTextTest {

    @Test
    void editorTextUsesNewlinesOnly() {
        assertThat(EditorText.forEditor("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void unchangedTextComesBackByteForByte() {
        String mixed = "[Image]\r\nImage=x\n# c\rEnd";
        assertThat(EditorText.toFile(mixed, EditorText.forEditor(mixed))).isSameAs(mixed);
    }

    @Test
    void editedLineGetsTheFilesEndingAndOthersKeepTheirs() {
        String crlf = "[Container]\r\nImage=a\r\nExec=x\n";
        String edited = "[Container]\nImage=b\nExec=x\n";
        assertThat(EditorText.toFile(crlf, edited)).isEqualTo("[Container]\r\nImage=b\r\nExec=x\n");
    }

    @Test
    void insertedLinesUseTheDominantEnding() {
        String crlf = "a\r\nb\r\nc\r\n";
        assertThat(EditorText.toFile(crlf, "a\nb\nnew\nc\n")).isEqualTo("a\r\nb\r\nnew\r\nc\r\n");
        assertThat(EditorText.toFile("a\nb", "a\nb\nc")).isEqualTo("a\nb\nc");
    }

    @Test
    void missingFinalNewlineStaysMissingAndAddedOneIsKept() {
        assertThat(EditorText.toFile("a\r\nb", "a\nbb")).isEqualTo("a\r\nbb");
        assertThat(EditorText.toFile("a\r\nb", "a\nb\n")).isEqualTo("a\r\nb\r\n");
        assertThat(EditorText.toFile("a\r\nb\r\n", "a\nb")).isEqualTo("a\r\nb");
    }

    @Test
    void deletingLinesKeepsTheRest() {
        assertThat(EditorText.toFile("a\r\nb\nc\r\n", "a\nc\n")).isEqualTo("a\r\nc\r\n");
        assertThat(EditorText.toFile("x\r\n", "")).isEqualTo("");
        assertThat(EditorText.toFile("", "x")).isEqualTo("x");
    }
}
