package dev.bootdeck.bootc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** bootc's own cases for parse_spec_value (boundimage.rs test_parse_spec_value), in the same order. */
class SystemdSpecifiersTest {

    private static String ok(String v) {
        SystemdSpecifiers.Result r = SystemdSpecifiers.parse(v);
        assertThat(r.error()).as(v).isNull();
        return r.value();
    }

    private static String err(String v) {
        SystemdSpecifiers.Result r = SystemdSpecifiers.parse(v);
        assertThat(r.ok()).as(v).isFalse();
        return r.error();
    }

    @Test
    void bootcCases() {
        assertThat(ok("quay.io/foo/foo:latest")).isEqualTo("quay.io/foo/foo:latest");
        assertThat(ok("quay.io/foo/%%foo:latest")).isEqualTo("quay.io/foo/%foo:latest");
        assertThat(ok("quay.io/foo/%%foo:%%latest")).isEqualTo("quay.io/foo/%foo:%latest");
        assertThat(ok("%%quay.io/foo/foo:latest%%")).isEqualTo("%quay.io/foo/foo:latest%");
        assertThat(ok("quay.io/foo/%%%%foo:latest")).isEqualTo("quay.io/foo/%%foo:latest");
        assertThat(err("quay.io/foo/%foo:latest"))
                .isEqualTo("Systemd specifiers are not supported by bound bootc images: quay.io/foo/%foo:latest");
        assertThat(err("quay.io/foo/%%%foo:latest")).startsWith("Systemd specifiers are not supported");
        assertThat(err("quay.io/foo/%f%ooo:latest")).startsWith("Systemd specifiers are not supported");
        assertThat(err("%fquay.io/foo/foo:latest")).startsWith("Systemd specifiers are not supported");
        assertThat(err("quay.io/foo/foo:latest%f")).startsWith("Systemd specifiers are not supported");
        assertThat(err("quay.io/foo/foo:latest%")).isEqualTo("Unterminated %");
    }

    @Test
    void nonAsciiAfterPercent() {
        assertThat(err("a%\uD83D\uDE00")).startsWith("Systemd specifiers");
        assertThat(ok("\uD83D\uDE00%%")).isEqualTo("\uD83D\uDE00%");
    }
}
