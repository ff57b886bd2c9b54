package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitDocumentEditTest {

    private static final String BASE = """
            # My app
            [Unit]
            Description=demo

            [Container]
            Image = quay.io/old/image:1  \s
            ;Image=commented
            GlobalArgs=--log-level=debug
            Exec=/bin/run \\
              --flag

            [Install]
            WantedBy=default.target
            """;

    @Test
    void setReplacesTheLastOccurrenceInPlaceKeepingSpacing() {
        assertThat(BASE).contains("Image = quay.io/old/image:1   \n");
        String out = UnitDocument.parse(BASE).setValue("Container", "Image", "quay.io/new/image:2").render();
        assertThat(out).isEqualTo(BASE.replace("Image = quay.io/old/image:1   \n", "Image = quay.io/new/image:2\n"));
    }

    @Test
    void setOnARepeatedKeyTouchesOnlyTheLastOne() {
        String text = "[Container]\nImage=a\n  Image  =b\nPull=never\n";
        assertThat(UnitDocument.parse(text).setValue("Container", "Image", "c").render())
                .isEqualTo("[Container]\nImage=a\n  Image  =c\nPull=never\n");
    }

    @Test
    void setOnAContinuedValueRemovesItsContinuationLines() {
        String out = UnitDocument.parse(BASE).setValue("Container", "Exec", "/bin/other").render();
        assertThat(out).isEqualTo(BASE.replace("Exec=/bin/run \\\n  --flag\n", "Exec=/bin/other\n"));
    }

    @Test
    void setAppendsAfterTheGroupsLastKeyInThatKeysStyle() {
        String text = "[Container]\n  Image = a\n# trailing comment\n\n[Install]\nWantedBy=x\n";
        assertThat(UnitDocument.parse(text).setValue("Container", "Pull", "newer").render())
                .isEqualTo("[Container]\n  Image = a\n  Pull = newer\n# trailing comment\n\n[Install]\nWantedBy=x\n");
    }

    @Test
    void setInAnEmptyGroupGoesRightAfterTheHeader() {
        assertThat(UnitDocument.parse("[Container]\n\n[Install]\n").setValue("Container", "Image", "x").render())
                .isEqualTo("[Container]\nImage=x\n\n[Install]\n");
    }

    @Test
    void setInAMissingGroupAddsASectionAtTheEnd() {
        assertThat(UnitDocument.parse("[Unit]\nDescription=d\n").setValue("Image", "Image", "quay.io/a/b").render())
                .isEqualTo("[Unit]\nDescription=d\n\n[Image]\nImage=quay.io/a/b\n");
        assertThat(UnitDocument.empty().setValue("Image", "Image", "quay.io/a/b").render())
                .isEqualTo("[Image]\nImage=quay.io/a/b\n");
    }

    @Test
    void addValuePutsTheRepeatedKeyRightAfterItsLastSibling() {
        String text = "[Container]\nGlobalArgs=--a\nImage=x\nGlobalArgs=--b\nPull=never\n";
        assertThat(UnitDocument.parse(text).addValue("Container", "GlobalArgs", "--c").render())
                .isEqualTo("[Container]\nGlobalArgs=--a\nImage=x\nGlobalArgs=--b\nGlobalArgs=--c\nPull=never\n");
    }

    @Test
    void addValueAfterAContinuedSiblingGoesAfterItsLastLine() {
        String text = "[Container]\nGlobalArgs=--a \\\n   --b\nImage=x\n";
        assertThat(UnitDocument.parse(text).addValue("Container", "GlobalArgs", "--c").render())
                .isEqualTo("[Container]\nGlobalArgs=--a \\\n   --b\nGlobalArgs=--c\nImage=x\n");
    }

    @Test
    void removeKeyRemovesAllOccurrencesWithContinuationsButKeepsCommentsInside() {
        String text = "[Container]\nExec=a \\\n# note\n  b\nImage=x\nExec=c\n";
        assertThat(UnitDocument.parse(text).removeKey("Container", "Exec").render())
                .isEqualTo("[Container]\n# note\nImage=x\n");
    }

    @Test
    void removeEntryRemovesOneOccurrence() {
        UnitDocument doc = UnitDocument.parse("[Container]\nGlobalArgs=--a\nGlobalArgs=--b\nImage=x\n");
        UnitElement.Entry first = doc.entries("Container", "GlobalArgs").get(0);
        assertThat(doc.removeEntry(first).render()).isEqualTo("[Container]\nGlobalArgs=--b\nImage=x\n");
    }

    @Test
    void addSectionAddsABlankLineSeparator() {
        assertThat(UnitDocument.parse("[Container]\nImage=x\n").addSection("Install").render())
                .isEqualTo("[Container]\nImage=x\n\n[Install]\n");
        assertThat(UnitDocument.parse("[Container]\nImage=x\n\n").addSection("Install").render())
                .isEqualTo("[Container]\nImage=x\n\n[Install]\n");
    }

    @Test
    void crlfFilesGetCrlfInInsertedLines() {
        String text = "[Container]\r\nImage=x\r\n";
        assertThat(UnitDocument.parse(text).addValue("Container", "GlobalArgs", "--a").render())
                .isEqualTo("[Container]\r\nImage=x\r\nGlobalArgs=--a\r\n");
        assertThat(UnitDocument.parse(text).addSection("Install").render())
                .isEqualTo("[Container]\r\nImage=x\r\n\r\n[Install]\r\n");
        assertThat(UnitDocument.parse(text).setValue("Container", "Image", "y").render())
                .isEqualTo("[Container]\r\nImage=y\r\n");
    }

    @Test
    void aMissingFinalNewlineStaysMissing() {
        assertThat(UnitDocument.parse("[Container]\nImage=x").setValue("Container", "Pull", "never").render())
                .isEqualTo("[Container]\nImage=x\nPull=never");
        assertThat(UnitDocument.parse("[Container]\r\nImage=x").addSection("Install").render())
                .isEqualTo("[Container]\r\nImage=x\r\n\r\n[Install]");
        assertThat(UnitDocument.parse("[Container]\nImage=x\nPull=never").removeKey("Container", "Pull").render())
                .isEqualTo("[Container]\nImage=x");
    }

    @Test
    void setValuesRewritesInPlaceRemovesExtrasAndAddsMissing() {
        String text = "[Container]\nGlobalArgs=--a\nImage=x\nGlobalArgs = --b\nGlobalArgs=--c\n";
        UnitDocument doc = UnitDocument.parse(text);
        assertThat(doc.setValues("Container", "GlobalArgs", List.of("--x", "--y")).render())
                .isEqualTo("[Container]\nGlobalArgs=--x\nImage=x\nGlobalArgs = --y\n");
        assertThat(doc.setValues("Container", "GlobalArgs", List.of("1", "2", "3", "4")).render())
                .isEqualTo("[Container]\nGlobalArgs=1\nImage=x\nGlobalArgs = 2\nGlobalArgs=3\nGlobalArgs=4\n");
        assertThat(doc.setValues("Container", "GlobalArgs", List.of()).render())
                .isEqualTo("[Container]\nImage=x\n");
    }

    @Test
    void editsTouchOnlyTheirLinesInDuplicateSections() {
        String text = "[Container]\nImage=x\n[Unit]\nA=1\n[Container]\nPull=never\n";
        assertThat(UnitDocument.parse(text).setValue("Container", "AutoUpdate", "registry").render())
                .isEqualTo("[Container]\nImage=x\n[Unit]\nA=1\n[Container]\nPull=never\nAutoUpdate=registry\n");
    }

    @Test
    void valuesPodmanCouldNotReadBackAreRejected() {
        UnitDocument doc = UnitDocument.parse("[Container]\nImage=x\n");
        assertThatThrownBy(() -> doc.setValue("Container", "Image", "x\\")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backslash");
        assertThatThrownBy(() -> doc.setValue("Container", "Image", " x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setValue("Container", "Image", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setValue("Container", "Im=age", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setValue("Cont]ainer", "Image", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditAnOpenContinuationWouldSwallowIsRefused() {
        UnitDocument doc = UnitDocument.parse("[Container]\nImage=x\nExec=true \\\n\n");
        assertThatThrownBy(() -> doc.addSection("Install")).isInstanceOf(UnitEditException.class)
                .hasMessageContaining("add section [Install]");
    }

    @Test
    void lookupReadsValuesAsPodmanDoes() {
        UnitDocument doc = UnitDocument.parse("[Container]\nImage=\"localhost/a\"  \nImage=\"quay.io/b\"\n");
        assertThat(doc.lookup("Container", "Image")).contains("quay.io/b");
        assertThat(doc.lastEntry("Container", "Image").orElseThrow().firstLine()).isEqualTo(3);
    }
}
