package dev.bootdeck.project.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellParserTest {

    private static List<String> literals(ShellNode n) {
        return ((ShellNode.SimpleCommand) n).words().stream().map(Word::literal).toList();
    }

    @Test
    void chainsWithOperatorsAndSpans() throws Exception {
        String s = "ln -s /a /b && ln -sf '/c d' \"/e\"; mkdir -p x || true";
        Script sc = ShellParser.parse(s);
        assertThat(sc.items()).extracting(Script.Item::op).containsExactly("&&", ";", "||", "");
        assertThat(literals(sc.items().get(1).node())).containsExactly("ln", "-sf", "/c d", "/e");
        ShellNode first = sc.items().get(0).node();
        assertThat(s.substring(first.start(), first.end())).isEqualTo("ln -s /a /b");
        Script.Item it = sc.items().get(0);
        assertThat(s.substring(it.opStart(), it.opEnd())).isEqualTo("&&");
    }

    @Test
    void wordsKeepExpansionsAndQuoting() throws Exception {
        Script sc = ShellParser.parse("ln -s \"$f\" /x/$(basename \"$f\") ${A:-b}");
        ShellNode.SimpleCommand c = (ShellNode.SimpleCommand) sc.items().get(0).node();
        assertThat(c.words().get(2).parts()).containsExactly(new WordPart.Param("f", "", "", true));
        assertThat(c.words().get(3).parts().get(1)).isEqualTo(new WordPart.CommandSub("basename \"$f\"", false));
        assertThat(c.words().get(4).parts()).containsExactly(new WordPart.Param("A", ":-", "b", false));
    }

    @Test
    void forLoopWithBody() throws Exception {
        Script sc = ShellParser.parse("for f in /a/*.image b; do ln -s $f /d/; done && echo ok");
        ShellNode.ForLoop f = (ShellNode.ForLoop) sc.items().get(0).node();
        assertThat(f.variable()).isEqualTo("f");
        assertThat(f.items().orElseThrow()).extracting(Word::raw).containsExactly("/a/*.image", "b");
        assertThat(f.body().items()).hasSize(1);
        assertThat(sc.items().get(0).op()).isEqualTo("&&");
    }

    @Test
    void ifWhileCaseGroupsAndComments() throws Exception {
        Script sc = ShellParser.parse("if [ -d x ]; then ln -s a b; else true; fi; while false; do :; done; "
                + "case $x in a) y;; esac; { a; b; }; (c) # trailing comment ln -s");
        assertThat(sc.items()).hasSize(5);
        assertThat(sc.items().get(0).node()).isInstanceOf(ShellNode.Conditional.class);
        assertThat(sc.items().get(2).node()).isInstanceOf(ShellNode.Opaque.class);
        assertThat(((ShellNode.Group) sc.items().get(4).node()).subshell()).isTrue();
    }

    @Test
    void redirectionsAndAssignments() throws Exception {
        Script sc = ShellParser.parse("X=1 echo hi >/dev/null 2>&1");
        ShellNode.SimpleCommand c = (ShellNode.SimpleCommand) sc.items().get(0).node();
        assertThat(c.assignments()).extracting(Word::raw).containsExactly("X=1");
        assertThat(c.words()).extracting(Word::raw).containsExactly("echo", "hi");
        assertThat(c.redirects()).extracting(ShellNode.Redirect::operator).containsExactly(">", "2>&");
    }

    @Test
    void newlinesSeparateCommandsAndHeredocBodiesAreSkipped() throws Exception {
        Script sc = ShellParser.parse("cat <<EOF >x\nln -s a b\nEOF\nln -s c d\n");
        assertThat(sc.items()).hasSize(2);
        assertThat(literals(sc.items().get(1).node())).containsExactly("ln", "-s", "c", "d");
    }

    @Test
    void unterminatedQuoteIsASyntaxError() {
        assertThatThrownBy(() -> ShellParser.parse("ln -s 'a b")).isInstanceOf(ShellSyntaxException.class);
    }
}
