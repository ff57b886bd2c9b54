package dev.bootdeck.bootc;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Stable ids and messages for the problems of a bound image name. */
class ImageReferenceChecksTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    private static List<Finding> check(String image) {
        return ImageReferenceChecks.check(image, "/usr/share/containers/systemd/x.image", 2);
    }

    @Test
    void goodNamesOnlyGetTheFloatingTagWarningWhenTheyFloat() {
        assertThat(check("quay.io/curl/curl:8.8.0")).isEmpty();
        assertThat(check("quay.io/curl/curl@" + DIGEST)).isEmpty();
        assertThat(check("quay.io/curl/curl:latest")).extracting(Finding::rule)
                .containsExactly(ImageReferenceChecks.FLOATING_TAG);
    }

    @Test
    void shortName() {
        List<Finding> f = check("nginx");
        assertThat(f).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(ImageReferenceChecks.NOT_FULLY_QUALIFIED, Severity.WARNING),
                tuple(ImageReferenceChecks.GC_UNSAFE_NAME, Severity.WARNING),
                tuple(ImageReferenceChecks.FLOATING_TAG, Severity.WARNING));
        assertThat(f.get(0).message()).contains("short-name resolution enforced but cannot prompt without a TTY");
        assertThat(f).allSatisfy(x -> {
            assertThat(x.file()).isEqualTo("/usr/share/containers/systemd/x.image");
            assertThat(x.line()).isEqualTo(2);
        });
    }

    @Test
    void qualifiedButStoredUnderAnotherName() {
        List<Finding> f = check("quay.io/foo/bar");
        assertThat(f).extracting(Finding::rule)
                .containsExactly(ImageReferenceChecks.GC_UNSAFE_NAME, ImageReferenceChecks.FLOATING_TAG);
        assertThat(f.get(0).message()).startsWith("podman stores this image as \"quay.io/foo/bar:latest\", but "
                + "bootc's GC compares the Image= string \"quay.io/foo/bar\" with the stored names exactly")
                .contains("Write Image=quay.io/foo/bar:latest");
        assertThat(check("docker.io/nginx:1.27").get(0).message()).contains("Write Image=docker.io/library/nginx:1.27");
    }

    @Test
    void tagAndDigest() {
        List<Finding> f = check("quay.io/a/b:1@" + DIGEST);
        assertThat(f).extracting(Finding::rule)
                .containsExactly(ImageReferenceChecks.GC_UNSAFE_NAME, ImageReferenceChecks.TAG_AND_DIGEST);
        assertThat(f.get(0).message()).contains("is also unverified");
        assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void invalidQuotedAndUnitReferences() {
        assertThat(check("\"quay.io/a/b:1\"")).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(ImageReferenceChecks.INVALID);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("podman cannot pull \"\"quay.io/a/b:1\"\": invalid reference format: "
                    + "\"quay.io/a/b:1\" (quotes are part of the name here)");
        });
        assertThat(check("base.image")).extracting(Finding::rule).containsExactly(ImageReferenceChecks.UNIT_REFERENCE);
        assertThat(check("app.build").get(0).message()).contains("Bind the .build unit's image");
        assertThat(check("")).isEmpty();
    }

    @Test
    void idsTransportsAndLocalhost() {
        assertThat(check("a".repeat(64))).extracting(Finding::rule).containsExactly(ImageReferenceChecks.IMAGE_ID);
        assertThat(check("docker-archive:/tmp/a.tar")).extracting(Finding::rule)
                .containsExactly(ImageReferenceChecks.OTHER_TRANSPORT);
        assertThat(check("docker://quay.io/a/b:1")).extracting(Finding::rule)
                .containsExactly(ImageReferenceChecks.GC_UNSAFE_NAME);
        assertThat(check("localhost/app:1")).extracting(Finding::rule).containsExactly(ImageReferenceChecks.LOCALHOST);
    }
}
