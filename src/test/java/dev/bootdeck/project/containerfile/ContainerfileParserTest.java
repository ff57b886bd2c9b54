package dev.bootdeck.project.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerfileParserTest {

    @Test
    void joinsContinuationLinesAndKeepsPhysicalLines() {
        String text = "FROM quay.io/x/y:1\n"
                + "# comment\n"
                + "RUN ln -s /a /b && \\\n"
                + "    ln -s /c /d\n"
                + "COPY a.image /usr/share/containers/systemd/\n";
        Containerfile cf = ContainerfileParser.parse("Containerfile", text);
        assertThat(cf.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "COPY");
        Instruction run = cf.instructions().get(1);
        assertThat(run.startLine()).isEqualTo(3);
        assertThat(run.endLine()).isEqualTo(4);
        assertThat(run.args()).isEqualTo("ln -s /a /b &&     ln -s /c /d");
        int idx = run.text().indexOf("ln -s /c");
        assertThat(cf.lineOf(run, idx)).isEqualTo(4);
        assertThat(text.substring(run.map().toFile(idx))).startsWith("ln -s /c /d");
        assertThat(cf.instructions().get(2).startLine()).isEqualTo(5);
        assertThat(cf.problems()).isEmpty();
    }

    @Test
    void skipsCommentsAndBlankLinesInsideContinuations() {
        String text = "FROM x\nRUN a \\\n  # inner comment\n\n  && b\nRUN c\n";
        Containerfile cf = ContainerfileParser.parse("Containerfile", text);
        Instruction run = cf.instructions().get(1);
        assertThat(run.args()).isEqualTo("a   && b");
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(cf.instructions().get(2).startLine()).isEqualTo(6);
    }

    @Test
    void whitespaceAfterTheEscapeStillContinues() {
        Containerfile cf = ContainerfileParser.parse("C", "FROM x\nRUN a \\  \n b\n");
        assertThat(cf.instructions().get(1).args()).isEqualTo("a  b");
    }

    @Test
    void crlfLinesParse() {
        String text = "FROM x\r\nRUN ln -s /a /b && \\\r\n    ln -s /c /d\r\n";
        Containerfile cf = ContainerfileParser.parse("C", text);
        Instruction run = cf.instructions().get(1);
        assertThat(run.args()).isEqualTo("ln -s /a /b &&     ln -s /c /d");
        assertThat(cf.source().dominantLineEnding()).isEqualTo("\r\n");
        assertThat(cf.source().line(2)).isEqualTo("RUN ln -s /a /b && \\");
    }

    @Test
    void escapeDirectiveChangesTheContinuationCharacter() {
        String text = "# escape=`\nFROM x\nRUN a `\n  b\nCOPY c:\\x d\n";
        Containerfile cf = ContainerfileParser.parse("C", text);
        assertThat(cf.escape()).isEqualTo('`');
        assertThat(cf.instructions().get(1).args()).isEqualTo("a   b");
        assertThat(cf.instructions().get(2).args()).isEqualTo("c:\\x d");
    }

    @Test
    void directivesOnlyCountAtTheTop() {
        Containerfile cf = ContainerfileParser.parse("C", "FROM x\n# escape=`\nRUN a \\\n b\n");
        assertThat(cf.escape()).isEqualTo('\\');
        assertThat(cf.instructions().get(1).args()).isEqualTo("a  b");
    }

    @Test
    void readsHeredocsWithTheirLines() {
        String text = "FROM x\nRUN <<EOF\nln -s /a /b\nln -s /c /d\nEOF\nCOPY <<-'END' /etc/x\n\tdata $X\n\tEND\nRUN y\n";
        Containerfile cf = ContainerfileParser.parse("C", text);
        Instruction run = cf.instructions().get(1);
        assertThat(run.heredocs()).hasSize(1);
        Heredoc h = run.heredocs().get(0);
        assertThat(h.content()).isEqualTo("ln -s /a /b\nln -s /c /d\n");
        assertThat(h.firstLine()).isEqualTo(3);
        assertThat(h.terminatorLine()).isEqualTo(5);
        assertThat(cf.source().lineOf(h.contentMap().toFile(h.content().indexOf("ln -s /c")))).isEqualTo(4);
        Instruction copy = cf.instructions().get(2);
        assertThat(copy.heredocs().get(0).expand()).isFalse();
        assertThat(copy.heredocs().get(0).chomp()).isTrue();
        assertThat(copy.endLine()).isEqualTo(8);
        assertThat(cf.instructions().get(3).startLine()).isEqualTo(9);
    }

    @Test
    void readsFlagsAndJsonForm() {
        Containerfile cf = ContainerfileParser.parse("C",
                "FROM x AS build\nCOPY --from=build --chown=1:1 [\"a b\", \"/c/\"]\nRUN [\"ln\",\"-s\",\"/a\",\"/b\"]\n");
        Instruction copy = cf.instructions().get(1);
        assertThat(copy.flag("from")).contains("build");
        assertThat(copy.flag("chown")).contains("1:1");
        assertThat(copy.json()).contains(List.of("a b", "/c/"));
        assertThat(cf.instructions().get(2).json()).contains(List.of("ln", "-s", "/a", "/b"));
        assertThat(cf.stages()).hasSize(1);
        assertThat(cf.stages().get(0).name()).contains("build");
    }

    @Test
    void stagesAndFinalStage() {
        Containerfile cf = ContainerfileParser.parse("C",
                "ARG base=q/x\nFROM $base as build\nRUN a\nFROM $base\nRUN b\n");
        assertThat(cf.stages()).hasSize(2);
        assertThat(cf.instructions().get(0).stage()).isEqualTo(-1);
        assertThat(cf.instructions().get(2).stage()).isZero();
        assertThat(cf.instructions().get(4).stage()).isEqualTo(1);
        assertThat(cf.finalStage().orElseThrow().index()).isEqualTo(1);
    }

    @Test
    void unknownInstructionIsAProblemWithItsLine() {
        Containerfile cf = ContainerfileParser.parse("Containerfile", "FROM x\nBOGUS y\n");
        assertThat(cf.problems()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.rule()).isEqualTo("containerfile/syntax");
        });
    }

    @Test
    void unterminatedHeredocIsAProblem() {
        Containerfile cf = ContainerfileParser.parse("C", "FROM x\nRUN <<EOF\nln -s a b\n");
        assertThat(cf.problems()).singleElement().satisfies(f -> assertThat(f.message()).contains("EOF"));
    }
}
