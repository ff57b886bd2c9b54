package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser alone, on hand-made and mutated outputs: hostile content can neither forge data nor crash it. */
class GatherOutputParserTest {
    static final String N = "abcd1234";

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sample() {
        String status = "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"metadata\":{\"name\":"
                + "\"host\"},\"spec\":{\"image\":null,\"bootOrder\":\"default\"},\"status\":{\"staged\":null,"
                + "\"booted\":null,\"rollback\":null,\"rollbackQueued\":false,\"type\":null}}";
        return "Welcome to the host!\n"
                + "@@bootdeck " + N + " begin v=1 uid=0\n"
                + "@@bootdeck " + N + " cmd id=bootc-version rc=0 stream=stdout\n" + b64("bootc 1.2.3\n") + "\n"
                + "@@bootdeck " + N + " cmd id=bootc-version rc=0 stream=stderr\n"
                + "@@bootdeck " + N + " cmd id=status rc=0 stream=stdout\n" + b64(status) + "\n"
                + "@@bootdeck " + N + " cmd id=status rc=0 stream=stderr\n"
                + "@@bootdeck " + N + " deploy path=" + b64("/sysroot/ostree/deploy/d/deploy/x.0") + " readable=yes\n"
                + "@@bootdeck " + N + " bidir deploy=" + b64("/sysroot/ostree/deploy/d/deploy/x.0") + " state=present\n"
                + "@@bootdeck " + N + " entry deploy=" + b64("/sysroot/ostree/deploy/d/deploy/x.0") + " name="
                + b64("a.image") + " type=link target=" + b64("/a") + " resolved=" + b64("/a")
                + " state=ok size=30\n" + b64("[Image]\n@@bootdeck " + N + " end\n") + "\n"
                + "@@bootdeck " + N + " store state=absent\n"
                + "@@bootdeck " + N + " file path=" + b64("/etc/ostree/auth.json") + " exists=yes\n"
                + "@@bootdeck " + N + " end\n";
    }

    @Test
    void parsesEveryRecord() throws Exception {
        GatheredHost g = GatherOutputParser.parse(sample().getBytes(StandardCharsets.UTF_8), N);
        assertThat(g.complete()).isTrue();
        assertThat(g.uid()).isZero();
        assertThat(g.ignoredLines()).isEqualTo(1);
        assertThat(g.command("bootc-version").orElseThrow().stdoutText()).isEqualTo("bootc 1.2.3\n");
        assertThat(g.deployments()).singleElement().satisfies(d -> {
            assertThat(d.readable()).isTrue();
            assertThat(d.boundDir()).isEqualTo("present");
            assertThat(d.entries()).singleElement().satisfies(e -> {
                assertThat(new String(e.name(), StandardCharsets.UTF_8)).isEqualTo("a.image");
                // a file whose content looks like a marker stays content
                assertThat(new String(e.content(), StandardCharsets.UTF_8)).contains("@@bootdeck " + N + " end");
            });
        });
        assertThat(g.store()).isEqualTo(GatheredHost.StoreState.ABSENT);
        assertThat(g.files()).containsEntry("/etc/ostree/auth.json", true);
    }

    @Test
    void aMarkerWithAnotherNonceIsRejected() {
        String forged = sample().replace("@@bootdeck " + N + " store", "@@bootdeck 00000000 store");
        assertThatThrownBy(() -> GatherOutputParser.parse(forged.getBytes(StandardCharsets.UTF_8), N))
                .isInstanceOf(GatherFormatException.class).hasMessageContaining("another run");
    }

    @Test
    void nonBase64DataIsRejectedWithItsLine() {
        String bad = sample().replace(b64("bootc 1.2.3\n"), "bootc 1.2.3 <plain>");
        assertThatThrownBy(() -> GatherOutputParser.parse(bad.getBytes(StandardCharsets.UTF_8), N))
                .isInstanceOf(GatherFormatException.class).hasMessageContaining("line 4");
    }

    @Test
    void outputWithoutBeginIsNotStarted() throws Exception {
        byte[] out = "sudo: a password is required\n".getBytes(StandardCharsets.UTF_8);
        assertThat(GatherOutputParser.started(out, N)).isFalse();
        assertThat(GatherOutputParser.parse(out, N).complete()).isFalse();
    }

    @Test
    void everyTruncationIsEitherIncompleteOrAFormatErrorNeverACrash() throws Exception {
        byte[] full = sample().getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < full.length - 1; cut++) {
            byte[] part = Arrays.copyOf(full, cut);
            try {
                GatheredHost g = GatherOutputParser.parse(part, N);
                assertThat(g.complete()).as("cut at %d", cut).isFalse();
                HostReport r = HostReportBuilder.build("h", g, Instant.EPOCH, false);
                assertThat(r.state()).isEqualTo(HostState.TRUNCATED_OUTPUT);
            } catch (GatherFormatException e) {
                assertThat(e.getMessage()).startsWith("line ");
            }
        }
    }

    @Test
    void seededMutationsNeverThrowAnythingElse() {
        byte[] full = sample().getBytes(StandardCharsets.UTF_8);
        Random r = new Random(4242);
        for (int i = 0; i < 5000; i++) {
            byte[] m = full.clone();
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                int pos = r.nextInt(m.length);
                m[pos] = switch (r.nextInt(4)) {
                    case 0 -> (byte) '\n';
                    case 1 -> (byte) ' ';
                    case 2 -> (byte) '=';
                    default -> (byte) r.nextInt(256);
                };
            }
            try {
                GatheredHost g = GatherOutputParser.parse(m, N);
                HostReportBuilder.build("h", g, Instant.EPOCH, false);
            } catch (GatherFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void unreadableDeploymentRootAndUnreadableBoundDirAreStatesNotCrashes() throws Exception {
        String status = "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"status\":{"
                + "\"booted\":{\"image\":{\"image\":{\"image\":\"quay.io/a/b:1\",\"transport\":\"registry\"},"
                + "\"imageDigest\":\"sha256:aa\"},\"ostree\":{\"stateroot\":\"default\",\"checksum\":\""
                + "a".repeat(64) + "\",\"deploySerial\":0}},\"rollback\":{\"image\":null,\"ostree\":{"
                + "\"stateroot\":\"default\",\"checksum\":\"" + "b".repeat(64) + "\",\"deploySerial\":1}}}}";
        String booted = "/sysroot/ostree/deploy/default/deploy/" + "a".repeat(64) + ".0";
        String rollback = "/sysroot/ostree/deploy/default/deploy/" + "b".repeat(64) + ".1";
        String raw = "@@bootdeck " + N + " begin v=1 uid=0\n"
                + "@@bootdeck " + N + " cmd id=status rc=0 stream=stdout\n" + b64(status) + "\n"
                + "@@bootdeck " + N + " cmd id=status rc=0 stream=stderr\n"
                + "@@bootdeck " + N + " deploy path=" + b64(booted) + " readable=no\n"
                + "@@bootdeck " + N + " deploy path=" + b64(rollback) + " readable=yes\n"
                + "@@bootdeck " + N + " bidir deploy=" + b64(rollback) + " state=unreadable\n"
                + "@@bootdeck " + N + " store state=absent\n"
                + "@@bootdeck " + N + " end\n";
        HostReport r = HostReportBuilder.build("h", GatherOutputParser.parse(raw.getBytes(StandardCharsets.UTF_8),
                N), Instant.EPOCH, false);
        assertThat(r.state()).isEqualTo(HostState.OK);
        assertThat(r.deployments().get(0).boundImagesState()).isEqualTo(
                dev.bootdeck.model.BoundImagesState.UNREADABLE_ROOT);
        assertThat(r.deployments().get(1).boundImagesState()).isEqualTo(
                dev.bootdeck.model.BoundImagesState.DIRECTORY_ERROR);
        assertThat(r.deployments().get(1).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Permission denied"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("cannot be read"));
    }
}
