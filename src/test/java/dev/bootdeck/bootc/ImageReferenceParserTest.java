package dev.bootdeck.bootc;

import dev.bootdeck.model.ImageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reference grammar (cases from docker/distribution's reference tests) and podman's short-name rule. */
class ImageReferenceParserTest {

    private static final String HEX = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

    private static ImageRef ok(String s) {
        try {
            return ImageReferenceParser.parse(s, "t");
        } catch (ImageReferenceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String err(String s) {
        return catchThrowableOfType(ImageReferenceException.class, () -> ImageReferenceParser.parse(s, "f:3"))
                .problem();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // raw, domain, path, tag
        "test_com, -, test_com, -",
        "test.com:tag, -, test.com, tag",
        "test.com:5000, -, test.com, 5000",
        "test.com/repo:tag, test.com, repo, tag",
        "test:5000/repo, test:5000, repo, -",
        "lowercase:Uppercase, -, lowercase, Uppercase",
        "Uppercase/lowercase:tag, -, Uppercase/lowercase, tag",
        "foo_bar.com:8080, -, foo_bar.com, 8080",
        "foo/foo_bar.com:8080, -, foo/foo_bar.com, 8080",
        "library/fedora:40, -, library/fedora, 40",
        "localhost/app:1, localhost, app, 1",
        "localhost:5000/app, localhost:5000, app, -",
        "[2001:db8::1]:5000/repo:v1, [2001:db8::1]:5000, repo, v1",
        "quay.io/a-b/c__d/e.f:1.0-rc_1, quay.io, a-b/c__d/e.f, 1.0-rc_1",
        "a.b.c.d.e/x---y, a.b.c.d.e, x---y, -",
    })
    void grammar(String raw, String domain, String path, String tag) {
        ImageRef r = ok(raw);
        assertThat(r.form()).isEqualTo(ImageRef.Form.REGISTRY);
        assertThat(r.domain()).isEqualTo(domain);
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.tag()).isEqualTo(tag);
        assertThat(r.digest()).isNull();
        assertThat(r.fullyQualified()).isEqualTo(domain != null);
    }

    @Test
    void digests() {
        ImageRef r = ok("test:5000/repo@sha256:" + HEX);
        assertThat(r.digest()).isEqualTo("sha256:" + HEX);
        assertThat(r.pinnedByDigest()).isTrue();
        assertThat(r.floatingTag()).isFalse();
        ImageRef both = ok("test:5000/repo:tag@sha256:" + HEX);
        assertThat(both.tag()).isEqualTo("tag");
        assertThat(both.tagAndDigest()).isTrue();
        assertThat(ok("x.io/a@sha512:" + "a".repeat(128)).digest()).startsWith("sha512:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| repository name must have at least one component (the image name is empty)",
        ":justtag| invalid reference format: :justtag",
        "@sha256:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff| invalid reference format: "
            + "@sha256:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "repo@sha256:fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff| invalid checksum digest length: "
            + "sha256 needs 64 hex digits, found 63",
        "validname@invalidDigest:ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff| unsupported digest "
            + "algorithm: invalidDigest",
        "repo@sha256:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF| invalid checksum digest format: "
            + "sha256:FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
        "Uppercase:tag| repository name must be lowercase: Uppercase:tag",
        "test:5000/Uppercase/lowercase:tag| repository name must be lowercase: test:5000/Uppercase/lowercase:tag",
        "\"quay.io/a/b:1\"| invalid reference format: \"quay.io/a/b:1\" (quotes are part of the name here)",
        "quay.io/a/b:1 extra| invalid reference format: quay.io/a/b:1 extra (it contains white space)",
        "quay.io/%u/b| invalid reference format: quay.io/%u/b (it contains %, a systemd specifier?)",
        "quay.io/a/b:| invalid reference format: quay.io/a/b: (empty tag)",
        "docker:quay.io/x| docker: image reference quay.io/x does not start with //",
        "oci:| invalid image name \"oci:\": nothing after \"oci:\"",
        "-a/b| invalid reference format: -a/b",
        "a//b| invalid reference format: a//b",
    })
    void invalid(String raw, String problem) {
        assertThat(err(raw)).isEqualTo(problem);
    }

    @Test
    void nameLengthLimit() {
        String name = "a".repeat(256);
        assertThat(err(name)).isEqualTo("repository name must not be more than 255 characters");
        assertThat(ok("a".repeat(255)).path()).hasSize(255);
        assertThat(err("a".repeat(2000))).isEqualTo("invalid reference format: the reference is 2000 characters long");
    }

    @Test
    void tagLengthLimit() {
        assertThat(ok("a:" + "t".repeat(128)).tag()).hasSize(128);
        assertThat(err("a:" + "t".repeat(129))).startsWith("invalid reference format");
    }

    @Test
    void imageIds() {
        ImageRef id = ok(HEX.replace('f', 'a'));
        assertThat(id.form()).isEqualTo(ImageRef.Form.IMAGE_ID);
        assertThat(id.fullyQualified()).isTrue();
        assertThat(id.survivesBootcGc()).isFalse();
        assertThat(ok("sha256:" + HEX).form()).isEqualTo(ImageRef.Form.IMAGE_ID);
        // 63 hex digits is an ordinary short name
        assertThat(ok(HEX.substring(1)).form()).isEqualTo(ImageRef.Form.REGISTRY);
    }

    @Test
    void transports() {
        ImageRef d = ok("docker://quay.io/a/b:1");
        assertThat(d.transport()).isEqualTo("docker");
        assertThat(d.domain()).isEqualTo("quay.io");
        assertThat(d.storedName()).contains("quay.io/a/b:1");
        assertThat(d.survivesBootcGc()).isFalse();
        ImageRef oci = ok("oci:/var/mnt/osupdate:latest");
        assertThat(oci.form()).isEqualTo(ImageRef.Form.OTHER_TRANSPORT);
        assertThat(oci.transport()).isEqualTo("oci");
        assertThat(oci.location()).isEqualTo("/var/mnt/osupdate:latest");
        assertThat(ok("containers-storage:quay.io/a/b:1").form()).isEqualTo(ImageRef.Form.OTHER_TRANSPORT);
        // a registry host is not a transport
        assertThat(ok("localhost:5000/a").form()).isEqualTo(ImageRef.Form.REGISTRY);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // raw, stored name, survives GC, floating
        "quay.io/curl/curl:latest, quay.io/curl/curl:latest, true, true",
        "registry.access.redhat.com/ubi9/podman:latest, registry.access.redhat.com/ubi9/podman:latest, true, true",
        "quay.io/a/b, quay.io/a/b:latest, false, true",
        "quay.io/a/b:1.2, quay.io/a/b:1.2, true, false",
        "docker.io/nginx:1, docker.io/library/nginx:1, false, false",
        "docker.io/library/nginx:1, docker.io/library/nginx:1, true, false",
        "index.docker.io/library/nginx:1, docker.io/library/nginx:1, false, false",
        "localhost/app, localhost/app:latest, false, true",
        "nginx, -, false, true",
        "library/nginx:1, -, false, false",
    })
    void storedNamesAndGcMatching(String raw, String stored, boolean survives, boolean floating) {
        ImageRef r = ok(raw);
        assertThat(r.storedName().orElse(null)).isEqualTo(stored);
        assertThat(r.survivesBootcGc()).isEqualTo(survives);
        assertThat(r.floatingTag()).isEqualTo(floating);
    }

    @Test
    void digestReferencesAreStoredWithoutTag() {
        assertThat(ok("quay.io/a/b@sha256:" + HEX).storedName()).contains("quay.io/a/b@sha256:" + HEX);
        assertThat(ok("quay.io/a/b@sha256:" + HEX).survivesBootcGc()).isTrue();
        assertThat(ok("quay.io/a/b:1@sha256:" + HEX).storedName()).contains("quay.io/a/b@sha256:" + HEX);
        assertThat(ok("quay.io/a/b:1@sha256:" + HEX).survivesBootcGc()).isFalse();
    }

    @Test
    void quadletUnitNamesParseAsShortNames() {
        ImageRef r = ok("base.image");
        assertThat(r.looksLikeQuadletUnit()).isTrue();
        assertThat(r.shortName()).isTrue();
        assertThat(ok("quay.io/a/b.image:1").looksLikeQuadletUnit()).isFalse();
    }
}
