package dev.bootdeck.project.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Glob classes from project files (COPY sources, ignore files, RUN words) never break the pattern compiler. */
class GlobsTest {

    private static boolean matches(String glob, String name) {
        return Globs.compile(glob, false).matcher(name).matches();
    }

    @Test
    void ordinaryClassesKeepTheirMeaning() {
        assertThat(matches("[abc].image", "b.image")).isTrue();
        assertThat(matches("[a-c]x", "cx")).isTrue();
        assertThat(matches("[a-c]x", "dx")).isFalse();
        assertThat(matches("[!a]x", "bx")).isTrue();
        assertThat(matches("[^a]x", "ax")).isFalse();
        assertThat(matches("[a-]", "-")).isTrue();
        assertThat(matches("a[", "a[")).isTrue();
    }

    @Test
    void classTextThatIsRegexSyntaxIsLiteral() {
        // a ] right after [ belongs to the class, as in sh
        assertThat(matches("[]a]", "]")).isTrue();
        assertThat(matches("[]a]", "a")).isTrue();
        assertThat(matches("[a&&b]", "&")).isTrue();
        assertThat(matches("[\\]", "\\")).isTrue();
        assertThat(matches("[[]", "[")).isTrue();
    }

    @Test
    void reversedRangeMatchesNothingInsteadOfFailing() {
        assertThat(matches("[z-a]", "m")).isFalse();
        assertThat(matches("[/--]x", "/x")).isFalse();
        assertThat(matches("[!z-a]", "m")).isTrue();
    }

    @Test
    void hostileIgnoreFileIsRead() {
        ContextIgnore ignore = ContextIgnore.parse("${]AA:[!]AA{]AA:[]AA:[\"a\",-:[{\"a\",-\n"
                + "COP../...//--fr=]bENV   COPY[ Y[...//--fr=]bENV   COPY[\nsecret[z-a]\n*.bak\n");
        assertThat(ignore.excludes("x.bak")).isTrue();
        assertThat(ignore.excludes("q/a.image")).isFalse();
    }
}
