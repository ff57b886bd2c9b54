package dev.bootdeck.bootc;

import dev.bootdeck.model.StoredImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** podman's image list JSON: strict where bootc is, tolerant elsewhere. */
class PodmanImageListParserTest {

    /** Shaped like podman 5's {@code image list --format=json}; written for these tests, not captured on a host. */
    static String sample() {
        try (InputStream in = PodmanImageListParserTest.class.getResourceAsStream("podman-image-list.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<StoredImage> sampleImages() {
        try {
            return PodmanImageListParser.parse(sample(), "sample");
        } catch (ImageListParseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void readsTheFields() {
        List<StoredImage> images = sampleImages();
        assertThat(images).hasSize(7);
        StoredImage curl = images.get(0);
        assertThat(curl.id()).startsWith("1111");
        assertThat(curl.shortId()).isEqualTo("111111111111");
        assertThat(curl.names()).containsExactly("quay.io/curl/curl:latest");
        assertThat(curl.digest()).startsWith("sha256:aaaa");
        assertThat(curl.repoDigests()).containsExactly("quay.io/curl/curl@sha256:" + "a".repeat(64));
        assertThat(curl.size()).isEqualTo(23150932L);
        assertThat(curl.virtualSize()).isEqualTo(23150932L);
        assertThat(curl.sharedSize()).isZero();
        assertThat(curl.created()).isEqualTo(1718000000L);
        assertThat(images.get(4).names()).isEmpty();
        assertThat(images.get(5).names()).hasSize(2);
        assertThat(images.get(5).readOnly()).isFalse();
        assertThat(images.get(6).digest()).isNull();
    }

    @Test
    void emptyListsAndCompactJson() throws Exception {
        assertThat(PodmanImageListParser.parse("[]", "h")).isEmpty();
        assertThat(PodmanImageListParser.parse("null", "h")).isEmpty();
        assertThat(PodmanImageListParser.parse("[{\"Id\":\"x\"}]", "h")).singleElement()
                .satisfies(i -> assertThat(i.names()).isEmpty());
    }

    @Test
    void informationalFieldsOfAnotherTypeAreIgnored() throws Exception {
        StoredImage i = PodmanImageListParser.parse("[{\"Id\":\"x\",\"Size\":\"12 MB\",\"Created\":\"yesterday\","
                + "\"ReadOnly\":\"no\",\"Names\":[\"a/b:1\"]}]", "h").get(0);
        assertThat(i.size()).isNull();
        assertThat(i.created()).isNull();
        assertThat(i.readOnly()).isNull();
    }

    @Test
    void imageWithoutIdIsAnErrorWithPosition() {
        ImageListParseException e = catchThrowableOfType(ImageListParseException.class, () ->
                PodmanImageListParser.parse("[\n {\"Id\":\"a\"},\n {\"Names\":[\"x\"]}\n]", "web1: bootc image cmd list"));
        assertThat(e.getMessage()).isEqualTo("web1: bootc image cmd list: image without an \"Id\" (bootc's GC cannot "
                + "read this list) at line 3, column 2 ($[1])");
    }

    @Test
    void namesMustBeStrings() {
        ImageListParseException e = catchThrowableOfType(ImageListParseException.class, () ->
                PodmanImageListParser.parse("[{\"Id\":\"a\",\"Names\":[\"ok\", 3]}]", "h"));
        assertThat(e.path()).isEqualTo("$[0].Names[1]");
        assertThat(e.problem()).isEqualTo("expected a string but found a number");
        assertThat(e.column()).isEqualTo(27);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "[1]", "[{\"Id\":1}]", "[{\"Id\":\"a\",\"Names\":\"a/b\"}]", "[{\"Id\":\"a\"}",
        "Error: cannot connect", "[{\"Id\":\"a\"}] x"})
    void badInput(String text) {
        ImageListParseException e = catchThrowableOfType(ImageListParseException.class,
                () -> PodmanImageListParser.parse(text, "h"));
        assertThat(e.getMessage()).startsWith("h: ");
    }

    @Test
    void truncated() {
        String s = sample();
        ImageListParseException e = catchThrowableOfType(ImageListParseException.class,
                () -> PodmanImageListParser.parse(s.substring(0, s.length() / 2), "h"));
        assertThat(e.problem()).startsWith("the JSON ends early (truncated output?)");
        assertThat(e.line()).isGreaterThan(10);
    }
}
