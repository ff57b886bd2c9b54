package dev.bootdeck.bootc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The tini 1.3.0 port: its own unit-test cases plus every rule bootc's reading depends on. */
class TiniIniTest {

    private static TiniDocument parse(String text) {
        try {
            return TiniIni.parse(text, "t");
        } catch (TiniParseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static TiniParseException fails(String text) {
        return catchThrowableOfType(TiniParseException.class, () -> TiniIni.parse(text, "t"));
    }

    // tini's own parser tests (src/parser.rs)
    @Test
    void tiniUpstreamCases() {
        assertThat(parse(";------").sections()).isEmpty();
        assertThat(parse("[s]\nname1 = 100 ; comment").get("s", "name1")).contains("100");
        assertThat(parse("[s]\n_.,:(){}-@&*| = 100 ; so weird").get("s", "_.,:(){}-@&*|")).contains("100");
        assertThat(parse("[[abc]] ; omg\nk=v").get("abc", "k")).contains("v");
        assertThat(parse("[s]\ntext_name = hello world!").get("s", "text_name")).contains("hello world!");
        assertThat(fails("[section = 1, 2 = value").tiniMessage()).isEqualTo("Incorrect section syntax at line 1");
        assertThat(fails("= 3").tiniMessage()).isEqualTo("Key is empty at line 1");
        assertThat(fails("=").tiniMessage()).isEqualTo("Key is empty at line 1");
        assertThat(parse("[s]\na =").get("s", "a")).contains("");
        assertThat(parse("[s]\na = ; comment line").get("s", "a")).contains("");
        assertThat(parse("[s]\na = 3 # 42").get("s", "a")).contains("3");
    }

    @Test
    void commentCharAnywhereCutsTheLine() {
        TiniDocument d = parse("[Image]\nImage=quay.io/x/y:1#frag ; more\n");
        assertThat(d.get("Image", "Image")).contains("quay.io/x/y:1");
        assertThat(d.lineOf("Image", "Image").orElseThrow().commentCut()).isTrue();
        TiniDocument whole = parse("  # just a comment\n[Image]\nImage=a");
        assertThat(whole.lines().get(0).kind()).isEqualTo(TiniDocument.LineKind.EMPTY);
        assertThat(whole.lines().get(0).commentCut()).isFalse();
        // a ';' inside the section line is cut too
        assertThat(parse("[Image] ; c\nImage=a").get("Image", "Image")).contains("a");
    }

    @Test
    void quotesAreKeptAndValuesTrimmed() {
        TiniDocument d = parse("[Image]\n  Image  =   \"quay.io/x/y:1\"   \n");
        assertThat(d.get("Image", "Image")).contains("\"quay.io/x/y:1\"");
        assertThat(parse("[Image]\nImage='a'").get("Image", "Image")).contains("'a'");
    }

    @Test
    void lastDuplicateWinsAndSectionsMerge() {
        TiniDocument d = parse("[Image]\nImage=a\n[Other]\nImage=b\n[Image]\nImage=c\nPull=x\n");
        assertThat(d.get("Image", "Image")).contains("c");
        assertThat(d.get("Image", "Pull")).contains("x");
        assertThat(d.get("Other", "Image")).contains("b");
        assertThat(d.lineOf("Image", "Image").orElseThrow().number()).isEqualTo(6);
        assertThat(d.assignments("Image", "Image")).extracting(TiniDocument.Line::number).containsExactly(2, 6);
    }

    @Test
    void unnamedSectionBeforeTheFirstHeaderAndForEmptyBrackets() {
        TiniDocument d = parse("Image=top\n[Image]\nImage=a\n[]\nKey=b\n");
        assertThat(d.get("", "Image")).contains("top");
        assertThat(d.get("", "Key")).contains("b");
        assertThat(d.get("Image", "Image")).contains("a");
    }

    @Test
    void sectionNamesKeepInnerTextAndCase() {
        assertThat(parse("[ Image ]\nImage=a").get(" Image ", "Image")).contains("a");
        assertThat(parse("[image]\nImage=a").get("Image", "Image")).isEmpty();
        assertThat(parse("[a]b]\nk=v").get("a]b", "k")).contains("v");
        assertThat(fails("[Image] x\nImage=a").tiniMessage()).isEqualTo("Incorrect section syntax at line 1");
    }

    @Test
    void continuationLineWithoutEqualsFailsTheWholeFile() {
        String text = "[Container]\nImage=quay.io/a/b:1\nExec=/bin/sh -c \\\n   \"sleep inf\"\n";
        TiniParseException e = fails(text);
        assertThat(e.tiniMessage()).isEqualTo("Incorrect syntax at line 4");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void continuationLineWithEqualsIsABogusKey() {
        TiniDocument d = parse("[Container]\nImage=quay.io/a/b:1\nPodmanArgs=--env \\\n  FOO=bar\n");
        assertThat(d.get("Container", "PodmanArgs")).contains("--env \\");
        assertThat(d.get("Container", "FOO")).contains("bar");
        // and an Image= split over two lines is read as the first line only
        TiniDocument split = parse("[Image]\nImage=quay.io/a/\\\nb=1\n");
        assertThat(split.get("Image", "Image")).contains("quay.io/a/\\");
    }

    @Test
    void crlfAndUnicodeWhitespaceAreTrimmedTheRustWay() {
        TiniDocument d = parse("[Image]\r\nImage=\u00a0a:1\u3000\r\n");
        assertThat(d.get("Image", "Image")).contains("a:1");
        // U+001C is white space for Java but not for Rust: it stays
        assertThat(parse("[Image]\nImage=a\u001c").get("Image", "Image")).contains("a\u001c");
        // a lone CR inside a value is kept
        assertThat(parse("[Image]\nImage=a\rb").get("Image", "Image")).contains("a\rb");
    }

    @Test
    void byteOrderMarkIsNotRemoved() {
        assertThat(fails("\uFEFF[Image]\nImage=a").tiniMessage()).isEqualTo("Incorrect syntax at line 1");
        assertThat(fails("\uFEFF[Image]\nImage=a").line()).isEqualTo(1);
    }

    @Test
    void lineNumbersCountEveryPhysicalLine() {
        assertThat(fails("\n\n# c\n[Image]\nImage=a\nbogus\n").tiniMessage()).isEqualTo("Incorrect syntax at line 6");
        assertThat(parse("").sections()).isEmpty();
        assertThat(parse("\n").lines()).hasSize(1);
        assertThat(TiniIni.rustLines("a\n\nb\n")).containsExactly("a", "", "b");
        assertThat(TiniIni.rustLines("a\nb")).containsExactly("a", "b");
    }

    @Test
    void keyWithSpacesAndEqualsInValue() {
        TiniDocument d = parse("[Container]\nPodman Args = a=b=c\n");
        assertThat(d.get("Container", "Podman Args")).contains("a=b=c");
    }
}
