package dev.bootdeck.project.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordExpanderTest {
    private final Variables vars = Variables.empty();

    {
        vars.set("DIR", "/usr/share/containers/systemd");
        vars.set("EMPTY", "");
        vars.set("UNSET", null);
    }

    private Expansion x(String w) {
        return new WordExpander(vars, '\\').expand(w);
    }

    @Test
    void substitutesPlainAndBracedVariables() {
        assertThat(x("$DIR/a.image").value()).isEqualTo("/usr/share/containers/systemd/a.image");
        assertThat(x("${DIR}x").value()).isEqualTo("/usr/share/containers/systemdx");
    }

    @Test
    void defaultForms() {
        assertThat(x("${UNSET:-/etc}").value()).isEqualTo("/etc");
        assertThat(x("${NEVER-/etc}").value()).isEqualTo("/etc");
        assertThat(x("${EMPTY:-/etc}").value()).isEqualTo("/etc");
        assertThat(x("${EMPTY-/etc}").value()).isEmpty();
        assertThat(x("${DIR:+yes}").value()).isEqualTo("yes");
        assertThat(x("${DIR:-no}").resolved()).isTrue();
    }

    @Test
    void unknownValuesAreUnresolvedNotGuessed() {
        Expansion e = x("$UNSET/a");
        assertThat(e.resolved()).isFalse();
        assertThat(e.unresolved()).containsExactly("UNSET");
        assertThat(x("${NEVER}").unresolved()).containsExactly("NEVER");
        assertThat(x("${DIR%/*}").resolved()).isFalse();
    }

    @Test
    void quotesAndEscapes() {
        assertThat(x("'$DIR'").value()).isEqualTo("$DIR");
        assertThat(x("\"$DIR\"/x").value()).isEqualTo("/usr/share/containers/systemd/x");
        assertThat(x("\\$DIR").value()).isEqualTo("$DIR");
    }
}
