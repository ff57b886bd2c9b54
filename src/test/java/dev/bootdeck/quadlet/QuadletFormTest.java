package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bootdeck.quadlet.QuadletForm.Field;

class QuadletFormTest {

    @Test
    void createsANewImageFileThatValidatesCleanly() {
        UnitDocument doc = QuadletForm.write(UnitDocument.empty(), QuadletType.IMAGE, Field.IMAGE, "quay.io/curl/curl:latest");
        assertThat(doc.render()).isEqualTo("[Image]\nImage=quay.io/curl/curl:latest\n");
        QuadletValidator.UnitReportOrFailure r = QuadletValidator.validateFile("units/curl.image", doc.toBytes());
        assertThat(r.findings()).isEmpty();
        assertThat(r.report().orElseThrow().image().orElseThrow().image()).isEqualTo("quay.io/curl/curl:latest");
    }

    @Test
    void editsAContainerFormKeepingEverythingElse() {
        String text = "# curl\r\n[Container]\r\nImage=\"quay.io/curl/curl\"\r\nGlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\r\n";
        UnitDocument doc = UnitDocument.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(QuadletForm.read(doc, QuadletType.CONTAINER, Field.IMAGE)).contains("quay.io/curl/curl");
        doc = QuadletForm.write(doc, QuadletType.CONTAINER, Field.PULL, "never");
        doc = QuadletForm.write(doc, QuadletType.CONTAINER, Field.IMAGE, "quay.io/curl/curl:8");
        doc = QuadletForm.writeAll(doc, QuadletType.CONTAINER, Field.GLOBAL_ARGS, List.of("--log-level=info", "--x"));
        assertThat(doc.render()).isEqualTo("# curl\r\n[Container]\r\nImage=quay.io/curl/curl:8\r\n"
                + "GlobalArgs=--log-level=info\r\nGlobalArgs=--x\r\nPull=never\r\n");
        assertThat(QuadletForm.readAll(doc, QuadletType.CONTAINER, Field.GLOBAL_ARGS))
                .containsExactly("--log-level=info", "--x");
        assertThat(QuadletForm.write(doc, QuadletType.CONTAINER, Field.PULL, "").render()).doesNotContain("Pull");
    }

    @Test
    void refusesKeysTheTypeDoesNotAccept() {
        assertThat(QuadletForm.supports(QuadletType.IMAGE, Field.CONTAINER_NAME)).isFalse();
        assertThat(QuadletForm.supports(QuadletType.IMAGE, Field.GLOBAL_ARGS)).isTrue();
        assertThatThrownBy(() -> QuadletForm.write(UnitDocument.empty(), QuadletType.IMAGE, Field.AUTO_UPDATE, "registry"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AutoUpdate");
    }

    @Test
    void validateFileWithoutDirectoryAndUnparsableFile() {
        QuadletValidator.UnitReportOrFailure ok = QuadletValidator.validateFile("x.container",
                "[Container]\nImage=quay.io/a/b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ok.report()).isPresent();
        QuadletValidator.UnitReportOrFailure bad = QuadletValidator.validateFile("x.container",
                "Image=quay.io/a/b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.report()).isEmpty();
        assertThat(bad.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("podman/key-outside-group");
            assertThat(f.line()).isEqualTo(1);
        });
    }
}
