package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImageKind;
import dev.bootdeck.model.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** bootc's rules for one bound file, with bootc's own error words. */
class BoundImageFileReaderTest {

    private static BoundImageFileReader.Reading read(String name, String content) {
        return BoundImageFileReader.read(name, content, "/usr/share/containers/systemd/" + name);
    }

    @Test
    void imageAndContainerSections() {
        BoundImageFileReader.Reading img = read("foo.image", "[Image]\nImage=quay.io/foo/foo:latest");
        assertThat(img.ok()).isTrue();
        assertThat(img.kind()).isEqualTo(BoundImageKind.IMAGE);
        assertThat(img.image()).isEqualTo("quay.io/foo/foo:latest");
        assertThat(img.imageLine()).isEqualTo(2);
        BoundImageFileReader.Reading ctr = read("foo.container", "[Container]\nImage=quay.io/foo/foo:latest\n"
                + "GlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\n");
        assertThat(ctr.image()).isEqualTo("quay.io/foo/foo:latest");
        assertThat(ctr.kind()).isEqualTo(BoundImageKind.CONTAINER);
    }

    @Test
    void theKindComesFromTheLinkNameNotTheContent() {
        // a .container link to a file with only [Image]: bootc reads [Container] and finds nothing
        BoundImageFileReader.Reading r = read("foo.container", "[Image]\nImage=quay.io/a/b:1\n");
        assertThat(r.failure().rule()).isEqualTo(BootcRules.MISSING_IMAGE);
        assertThat(r.failure().message()).isEqualTo(
                "Querying bound images: Parsing usr/lib/bootc/bound-images.d/foo.container: Missing Image field");
    }

    @Test
    void missingImageField() {
        BoundImageFileReader.Reading r = read("error.image", "[Image]\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.failure().severity()).isEqualTo(Severity.ERROR);
        assertThat(r.failure().line()).isZero();
        assertThat(r.failure().message()).isEqualTo(
                "Querying bound images: Parsing usr/lib/bootc/bound-images.d/error.image: Missing Image field");
    }

    @Test
    void missingImageHintsAtCase() {
        assertThat(read("a.image", "[image]\nImage=x/y:1").failure().message())
                .endsWith("Missing Image field (the file has [image]: bootc's section names are case-sensitive, "
                        + "it reads [Image])");
        assertThat(read("a.image", "[Image]\nimage=x/y:1").failure().message())
                .endsWith("(the file has image=: keys are case-sensitive, bootc reads Image=)");
    }

    @Test
    void authFileIsRejectedForImageFilesOnly() {
        BoundImageFileReader.Reading r = read("jboss.image",
                "[Image]\nImage=registry.redhat.io/x/y:latest\nAuthFile=/root/auth.json\n");
        assertThat(r.failure().rule()).isEqualTo(BootcRules.AUTHFILE);
        assertThat(r.failure().line()).isEqualTo(3);
        assertThat(r.failure().message()).isEqualTo("Querying bound images: Parsing "
                + "usr/lib/bootc/bound-images.d/jboss.image: AuthFile is not supported by bound bootc images");
        assertThat(read("c.container", "[Container]\nImage=a/b:1\nAuthFile=/x\n").ok()).isTrue();
        // an AuthFile in another section does not count
        assertThat(read("d.image", "[Image]\nImage=a/b:1\n[Other]\nAuthFile=/x\n").ok()).isTrue();
    }

    @Test
    void missingImageComesBeforeAuthFile() {
        assertThat(read("e.image", "[Image]\nAuthFile=/x\n").failure().rule()).isEqualTo(BootcRules.MISSING_IMAGE);
    }

    @Test
    void specifiers() {
        BoundImageFileReader.Reading r = read("s.image", "[Image]\nImage=quay.io/%u/app:1\n");
        assertThat(r.failure().rule()).isEqualTo(BootcRules.SPECIFIER);
        assertThat(r.failure().line()).isEqualTo(2);
        assertThat(r.failure().message()).isEqualTo("Querying bound images: Parsing usr/lib/bootc/bound-images.d/"
                + "s.image: Invalid image value: Systemd specifiers are not supported by bound bootc images: "
                + "quay.io/%u/app:1");
        assertThat(read("t.image", "[Image]\nImage=quay.io/a/app:1%\n").failure().message())
                .endsWith("Invalid image value: Unterminated %");
        assertThat(read("u.image", "[Image]\nImage=quay.io/a/app:1%%\n").image()).isEqualTo("quay.io/a/app:1%");
    }

    @Test
    void parseErrorsUseTinisWordsWithBootcsContext() {
        BoundImageFileReader.Reading r = read("x.container",
                "[Container]\nImage=quay.io/a/b:1\nExec=sh -c \\\n  'sleep 1'\n");
        assertThat(r.failure().rule()).isEqualTo(BootcRules.INI_PARSE_ERROR);
        assertThat(r.failure().line()).isEqualTo(4);
        assertThat(r.failure().message()).isEqualTo("Querying bound images: Parse to ini: Incorrect syntax at line 4"
                + " (a continuation line: bootc's INI parser does not support \\ continuations)");
        assertThat(r.document()).isNull();
    }

    @Test
    void invalidExtensionIsCheckedAfterParsing() {
        BoundImageFileReader.Reading ok = read("foo.txt", "[Image]\nImage=a/b:1\n");
        assertThat(ok.failure().rule()).isEqualTo(BootcRules.INVALID_EXTENSION);
        assertThat(ok.failure().message()).startsWith("Querying bound images: Invalid file extension: foo.txt");
        assertThat(read("foo.txt", "garbage\n").failure().rule()).isEqualTo(BootcRules.INI_PARSE_ERROR);
        assertThat(read(".image", "[Image]\nImage=a/b:1\n").failure().rule()).isEqualTo(BootcRules.INVALID_EXTENSION);
        assertThat(read("foo.IMAGE", "[Image]\nImage=a/b:1\n").failure().rule())
                .isEqualTo(BootcRules.INVALID_EXTENSION);
        assertThat(read("foo.image.bak", "[Image]\nImage=a/b:1\n").failure().rule())
                .isEqualTo(BootcRules.INVALID_EXTENSION);
    }

    @Test
    void quadletQuirksBootcReadsDifferently() {
        assertThat(read("q.image", "[Image]\nImage=\"quay.io/a/b:1\"\n").image()).isEqualTo("\"quay.io/a/b:1\"");
        assertThat(read("c.image", "[Image]\nImage=quay.io/a/b:1 # pinned\n").image()).isEqualTo("quay.io/a/b:1");
        assertThat(read("r.container", "[Container]\nImage=base.image\n").image()).isEqualTo("base.image");
        assertThat(read("d.image", "[Image]\nImage=a/b:1\nImage=a/b:2\n").image()).isEqualTo("a/b:2");
        assertThat(read("e.image", "[Image]\nImage=\n").image()).isEmpty();
    }
}
