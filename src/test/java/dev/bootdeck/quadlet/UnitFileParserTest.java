package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitFileParserTest {

    private static UnitFile parse(String text) throws UnitParseException {
        return UnitFileParser.parse("t.container", text);
    }

    @Test
    void continuationJoinsWithoutSeparatorAndSkipsCommentsAndBlankLines() throws Exception {
        UnitFile f = parse("[Container]\nExec=a \\\n  b\nImage=x\\\ny\nLabel=p \\\n# c\n\n ; d\n q\n");
        assertThat(f.lookupLast("Container", "Exec")).contains("a b");
        assertThat(f.lookupLast("Container", "Image")).contains("xy");
        assertThat(f.lookupLast("Container", "Label")).contains("p q");
        assertThat(f.lastEntry("Container", "Label").orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void whitespaceAfterTheBackslashStillContinues() throws Exception {
        assertThat(parse("[C]\nExec=a \\  \t\n b\n").lookupLast("C", "Exec")).contains("a b");
    }

    @Test
    void eofCases() throws Exception {
        assertThat(parse("[C]\nExec=a \\").lookupLast("C", "Exec")).contains("a ");
        assertThat(parse("[C]\nExec=a \\\n").lookupLast("C", "Exec")).contains("a ");
        assertThat(parse("[C]\nExec=a \\\n\n# x\n").hasKey("C", "Exec")).isFalse();
        assertThat(parse("[C]\n# comment \\\nK=v\n").lookupLast("C", "K")).contains("v");
    }

    @Test
    void groupHeadersMergeAndAcceptTrailingBlanks() throws Exception {
        UnitFile f = parse("[A] \t\nK=1\n[B]\nK=2\n[A]\nK=3\n");
        assertThat(f.groups()).containsExactly("A", "B");
        assertThat(f.lookupAll("A", "K")).containsExactly("1", "3");
    }

    @Test
    void keyValueSplitKeepsInnerSpacesAndInlineHashes() throws Exception {
        UnitFile f = parse("[C]\nMy Key  =   value # not a comment  \n");
        assertThat(f.lookupLast("C", "My Key")).contains("value # not a comment");
        assertThat(parse("[C]\nK=v  \n").lookupLast("C", "K")).contains("v");
    }

    @Test
    void errorsCarryPodmansTextAndPhysicalLine() {
        assertThatThrownBy(() -> parse("\n[Container]\nnot a pair\n")).isInstanceOfSatisfying(UnitParseException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.podmanMessage()).isEqualTo("file contains line 3: \u201cnot a pair\u201d which is not"
                            + " a key-value pair, group, or comment");
                    assertThat(e.getMessage()).startsWith("error loading \"t.container\", file contains line 3");
                });
        assertThatThrownBy(() -> parse("[C]\nfoo \\\nbar\n")).isInstanceOfSatisfying(UnitParseException.class,
                e -> assertThat(e.podmanMessage()).isEqualTo("file contains line 3: \u201cfoo bar\u201d which is not"
                        + " a key-value pair, group, or comment"));
        assertThatThrownBy(() -> parse("K=v\n[C]\n")).hasMessageContaining("key file does not start with a group");
        assertThatThrownBy(() -> parse("[C]\n=v\n")).hasMessageContaining("file contains line 2: \u201c=v\u201d");
        assertThatThrownBy(() -> parse("[]\n")).hasMessageContaining("invalid group name: ");
        assertThatThrownBy(() -> parse("[a\u0001b]\n")).hasMessageContaining("invalid group name: a\u0001b");
        assertThatThrownBy(() -> parse("[a]b\n")).hasMessageContaining("file contains line 1");
        assertThatThrownBy(() -> parse("\uFEFF[Container]\nImage=x\n")).isInstanceOfSatisfying(UnitParseException.class,
                e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void crlfParsesLikeLf() throws Exception {
        assertThat(parse("[C]\r\nK = v\r\n").lookupLast("C", "K")).contains("v");
    }

    @Test
    void byteLevelKeyChompMatchesGo() throws Exception {
        // 0xA0 as a stray byte before '=' is a space to podman's byte-wise key chomp: empty key
        byte[] stray = {'[', 'C', ']', '\n', (byte) 0xA0, '=', 'x', '\n'};
        assertThatThrownBy(() -> UnitFileParser.parse("t", stray)).hasMessageContaining("invalid key name: ");
        // "à" is C3 A0: podman chomps the A0 byte and keeps C3
        UnitFile f = UnitFileParser.parse("t", "[C]\nK\u00e0=x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.keys("C")).hasSize(1);
        assertThat(LosslessUtf8.encode(f.keys("C").get(0))).isEqualTo(new byte[] {'K', (byte) 0xC3});
    }

    @Test
    void lookupStripsOnePairOfDoubleQuotesOnly() throws Exception {
        UnitFile f = parse("[C]\nA=\"x\"\nB=\"RemoveQuotes\"Name\"\nC='y'\nD=\"\nE=\"\"\n");
        assertThat(f.lookup("C", "A")).contains("x");
        assertThat(f.lookup("C", "B")).contains("RemoveQuotes\"Name");
        assertThat(f.lookup("C", "C")).contains("'y'");
        assertThat(f.lookup("C", "D")).contains("\"");
        assertThat(f.lookup("C", "E")).contains("");
    }

    @Test
    void booleansAreCaseInsensitiveAndAnythingElseIsFalse() throws Exception {
        UnitFile f = parse("[C]\nA=YES\nB=On\nC=enable\nD=1\n");
        assertThat(f.lookupBoolean("C", "A")).contains(true);
        assertThat(f.lookupBoolean("C", "B")).contains(true);
        assertThat(f.lookupBoolean("C", "C")).contains(false);
        assertThat(f.lookupBoolean("C", "D")).contains(true);
        assertThat(f.lookupBoolean("C", "Z")).isEmpty();
    }

    @Test
    void emptyAssignmentResetsListKeys() throws Exception {
        UnitFile f = parse("[C]\nV=a\nV=b\nV=\nV=c\nImage=x\nImage=\n");
        assertThat(f.lookupAll("C", "V")).containsExactly("c");
        assertThat(f.lookup("C", "Image")).contains("");
    }

    @Test
    void strvSplitsKeepingBackslashes() throws Exception {
        UnitFile f = parse("[C]\nW=a \"b c\" d\\ne\nW=f\n");
        assertThat(f.lookupAllStrv("C", "W")).containsExactly("a", "b c", "d\\ne", "f");
    }

    @Test
    void argsDropAValueThatFailsToUnescape() throws Exception {
        UnitFile f = parse("[C]\nA=--one \"two three\"\nA=--bad \\q\nA=--x\\ty\n");
        assertThat(f.lookupAllArgs("C", "A")).containsExactly("--one", "two three", "--x\ty");
    }

    @Test
    void lastArgsReportsUnsupportedEscapeAndIgnoresTheKey() throws Exception {
        UnitFile f = parse("[C]\nExec=ok\nExec=/bin/sh -c \"x\\y\"\n");
        UnitFile.SplitResult r = f.lookupLastArgs("C", "Exec");
        assertThat(r.present()).isFalse();
        assertThat(r.warnings()).containsExactly("unsupported escape char");
        assertThat(r.offending().get(0).line()).isEqualTo(3);
    }

    @Test
    void escapesFixtureSplitsIntoSixArgs() throws Exception {
        UnitFile f = parse("[C]\nExec=/some/path \"an arg\" \"a;b\\nc\\td'e\" a;b\\nc\\td 'a\"b' '\\110ello \\127orld'\n");
        assertThat(f.lookupLastArgs("C", "Exec").args())
                .containsExactly("/some/path", "an arg", "a;b\nc\td'e", "a;b\nc\td", "a\"b", "Hello World");
    }

    @Test
    void splitterQuirks() throws Exception {
        assertThat(WordSplitter.split("a \"\" b", WordSplitter.EXEC)).containsExactly("a");
        assertThat(WordSplitter.split("a\u0000b c", WordSplitter.EXEC)).containsExactly("a");
        assertThat(WordSplitter.split("\\xff \\u00e9 \\U0001F600 \\s", WordSplitter.EXEC))
                .containsExactly("\u00ff", "\u00e9", "\uD83D\uDE00", " ");
        assertThat(WordSplitter.split("unbalanced \"quote", WordSplitter.EXEC)).containsExactly("unbalanced", "quote");
        assertThat(WordSplitter.split("trailing\\", WordSplitter.EXEC)).containsExactly("trailing");
        assertThatThrownBy(() -> WordSplitter.split("\\x00", WordSplitter.EXEC)).hasMessage("unsupported escape char");
        assertThatThrownBy(() -> WordSplitter.split("\\400", WordSplitter.EXEC)).hasMessage("unsupported escape char");
        assertThatThrownBy(() -> WordSplitter.split("\\U00110000", WordSplitter.EXEC))
                .hasMessage("unsupported escape char");
    }

    @Test
    void keyValSplitsWordsAtFirstEquals() throws Exception {
        UnitFile f = parse("[C]\nEnvironment=FOO1=foo1 \"FOO2=foo2 \" \\\n  FOO3=foo3\n"
                + "Environment=REPLACE=replaced 'FOO4=foo\\nfoo' FOO5\nLabel=regex=^foo(\\?.*)?$\n");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("FOO1", "foo1");
        expected.put("FOO2", "foo2 ");
        expected.put("FOO3", "foo3");
        expected.put("REPLACE", "replaced");
        expected.put("FOO4", "foo\nfoo");
        expected.put("FOO5", null);
        assertThat(f.lookupAllKeyVal("C", "Environment").values()).isEqualTo(expected);
        UnitFile.KeyValResult label = f.lookupAllKeyVal("C", "Label");
        assertThat(label.values()).isEmpty();
        assertThat(label.warnings()).containsExactly("unsupported escape char");
    }

    @Test
    void mergeAppendsDropInEntriesWithTheirFile() throws Exception {
        UnitFile main = parse("[Container]\nImage=a\nEnvironment=X=1\n");
        UnitFile dropin = UnitFileParser.parse("x.container.d/10.conf", "[Container]\nImage=b\n[Unit]\nK=v\n");
        UnitFile merged = main.merge(dropin);
        assertThat(merged.lookup("Container", "Image")).contains("b");
        assertThat(merged.lastEntry("Container", "Image").orElseThrow().file()).isEqualTo("x.container.d/10.conf");
        assertThat(merged.groups()).containsExactly("Container", "Unit");
        assertThat(main.lookup("Container", "Image")).contains("a");
    }

    @Test
    void documentAndParserAgreeOnEveryFixture() throws Exception {
        for (var p : QuadletFixtureFiles.units()) {
            byte[] bytes = QuadletFixtureFiles.read(p);
            UnitDocument doc = UnitDocument.parse(bytes);
            try {
                UnitFile f = UnitFileParser.parse(p.toString(), bytes);
                assertThat(doc.problems()).as(p.toString()).isEmpty();
                List<String> fromDoc = doc.elements().stream().filter(e -> e instanceof UnitElement.Entry)
                        .map(e -> (UnitElement.Entry) e).map(e -> e.group() + "/" + e.key() + "=" + e.value())
                        .sorted().toList();
                List<String> fromFile = f.groups().stream().flatMap(g -> f.entries(g).stream()
                        .map(e -> g + "/" + e.key() + "=" + e.value())).sorted().toList();
                assertThat(fromDoc).as(p.toString()).isEqualTo(fromFile);
            } catch (UnitParseException e) {
                assertThat(doc.problems()).as(p.toString()).isNotEmpty();
                assertThat(doc.problems().get(0).line()).isEqualTo(e.line());
            }
        }
    }
}
