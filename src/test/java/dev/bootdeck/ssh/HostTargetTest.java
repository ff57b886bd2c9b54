package dev.bootdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostTargetTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "web1, null, web1, null",
        "admin@web1, admin, web1, null",
        "web1:2222, null, web1, 2222",
        "core@10.0.0.5:22, core, 10.0.0.5, 22",
        "[::1], null, ::1, null",
        "[::1]:2222, null, ::1, 2222",
        "root@[fe80::1%eth0]:2200, root, fe80::1%eth0, 2200",
        "2001:db8::7, null, 2001:db8::7, null",
        "ssh://me@host.example:2022, me, host.example, 2022",
        "a@b@host, a@b, host, null",
    })
    void parses(String text, String user, String host, Integer port) {
        HostTarget t = HostTarget.parse(text);
        assertThat(t.user()).isEqualTo(user);
        assertThat(t.host()).isEqualTo(host);
        assertThat(t.port()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "host:0", "host:65536", "host:http", "[::1", "[::1]x", "@host", "-oProxyCommand=x",
        "user@", "host name", "host\nname", "[::1]:"})
    void rejects(String text) {
        assertThatThrownBy(() -> HostTarget.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsCanonically() {
        assertThat(HostTarget.parse("root@[::1]:2222")).hasToString("root@[::1]:2222");
        assertThat(HostTarget.parse("::1")).hasToString("::1");
        assertThat(HostTarget.parse("h:22")).hasToString("h:22");
    }
}
