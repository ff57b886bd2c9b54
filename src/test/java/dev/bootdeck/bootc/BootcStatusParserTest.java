package dev.bootdeck.bootc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bootdeck.model.BootEntry;
import dev.bootdeck.model.BootEntryComposefs;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.HostSpec;
import dev.bootdeck.model.ImageSignature;
import dev.bootdeck.model.UsrOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Newer fields, canonical JSON, tolerance of unknown data, and the errors for bad input. */
class BootcStatusParserTest {

    private final BootcStatusParser parser = new BootcStatusParser();

    /** What bootc 1.16 prints: canonical JSON (sorted keys, compact), composefs entries, every new field. */
    static final String CANONICAL_1_16 = "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
            + "\"metadata\":{\"name\":\"host\"},\"spec\":{\"bootOrder\":\"rollback\",\"image\":{\"image\":"
            + "\"quay.io/example/os:42\",\"signature\":\"containerPolicy\",\"transport\":\"registry\"}},"
            + "\"status\":{\"booted\":{\"cachedUpdate\":null,\"composefs\":{\"bootDigest\":null,\"bootType\":\"Uki\","
            + "\"bootloader\":\"systemd\",\"missingVerityAllowed\":true,\"verity\":\"" + "ab".repeat(32) + "\"},"
            + "\"downloadOnly\":false,\"image\":{\"architecture\":\"amd64\",\"image\":{\"image\":\"quay.io/example/os:42\","
            + "\"signature\":\"containerPolicy\",\"transport\":\"registry\"},\"imageDigest\":\"sha256:" + "1".repeat(64)
            + "\",\"timestamp\":\"2026-08-01T10:11:12.123456789Z\",\"version\":\"42.20260801.0\"},\"incompatible\":false,"
            + "\"ostree\":null,\"pinned\":false,\"softRebootCapable\":true,\"store\":null},"
            + "\"otherDeployments\":[{\"cachedUpdate\":null,\"composefs\":{\"bootDigest\":\"sha256:ff\",\"bootType\":"
            + "\"Bls\",\"bootloader\":\"grub-cc\",\"missingVerityAllowed\":false,\"verity\":\"" + "cd".repeat(32)
            + "\"},\"downloadOnly\":false,\"image\":null,\"incompatible\":false,\"ostree\":null,\"pinned\":true,"
            + "\"softRebootCapable\":false,\"store\":null}],"
            + "\"readOnly\":true,\"rollback\":{\"cachedUpdate\":null,\"composefs\":null,\"downloadOnly\":false,"
            + "\"image\":{\"architecture\":\"amd64\",\"image\":{\"image\":\"quay.io/example/os:41\",\"transport\":"
            + "\"registry\"},\"imageDigest\":\"sha256:" + "2".repeat(64) + "\",\"timestamp\":null,\"version\":null},"
            + "\"incompatible\":false,\"ostree\":{\"checksum\":\"" + "3".repeat(64) + "\",\"deploySerial\":1,"
            + "\"stateroot\":\"fedora\"},\"pinned\":false,\"softRebootCapable\":false,\"store\":\"ostreeContainer\"},"
            + "\"rollbackQueued\":true,\"staged\":null,\"type\":\"bootcHost\",\"usrOverlay\":{\"accessMode\":"
            + "\"readOnly\",\"persistence\":\"persistent\"}}}";

    @Test
    void canonicalCompactJsonOfBootc116() throws Exception {
        BootcHost h = parser.parse(CANONICAL_1_16, "t");
        assertThat(h.isBootcHost()).isTrue();
        assertThat(h.spec().bootOrderKind()).isEqualTo(HostSpec.BootOrder.ROLLBACK);
        assertThat(h.spec().image().signature().kind()).isEqualTo(ImageSignature.Kind.CONTAINER_POLICY);
        BootEntry b = h.status().booted();
        assertThat(b.ostree()).isNull();
        assertThat(b.softRebootCapable()).isTrue();
        BootEntryComposefs c = b.composefs();
        assertThat(c.verity()).isEqualTo("ab".repeat(32));
        assertThat(c.bootTypeKind()).isEqualTo(BootEntryComposefs.BootType.UKI);
        assertThat(c.bootloaderKind()).isEqualTo(BootEntryComposefs.Bootloader.SYSTEMD);
        assertThat(c.bootDigest()).isNull();
        assertThat(c.missingVerityAllowed()).isTrue();
        assertThat(c.stateDirectory()).isEqualTo("/sysroot/state/deploy/" + "ab".repeat(32));
        assertThat(b.deploymentRoot()).isEmpty();
        BootEntryComposefs oc = h.status().otherDeployments().get(0).composefs();
        assertThat(oc.bootTypeKind()).isEqualTo(BootEntryComposefs.BootType.BLS);
        assertThat(oc.bootloaderKind()).isEqualTo(BootEntryComposefs.Bootloader.GRUB_CC);
        assertThat(oc.bootDigest()).isEqualTo("sha256:ff");
        assertThat(h.status().otherDeployments().get(0).pinned()).isTrue();
        assertThat(h.status().readOnly()).isTrue();
        assertThat(h.status().usrOverlay().accessModeKind()).isEqualTo(UsrOverlay.AccessMode.READ_ONLY);
        assertThat(h.status().usrOverlay().persistenceKind()).isEqualTo(UsrOverlay.Persistence.PERSISTENT);
        assertThat(h.status().rollback().ostree().stateroot()).isEqualTo("fedora");
        assertThat(h.status().rollback().deploymentRoot())
                .contains("/sysroot/ostree/deploy/fedora/deploy/" + "3".repeat(64) + ".1");
        assertThat(h.rollbackQueued()).isTrue();
        assertThat(h.nextBoot().orElseThrow().slot()).isEqualTo(DeploymentSlot.ROLLBACK);
        assertThat(b.image().timestampInstant()).isPresent();
        assertThat(h.hostImageNames()).containsExactly("quay.io/example/os:42", "quay.io/example/os:41");
    }

    @Test
    void everyFixtureAlsoParsesAsCanonicalJson() throws Exception {
        ObjectMapper sorted = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        for (String name : StatusFixtures.ALL) {
            JsonNode tree = sorted.readTree(StatusFixtures.text(name));
            String canonical = sorted.writeValueAsString(sorted.convertValue(tree, Map.class));
            assertThat(canonical).doesNotContain("\n").doesNotContain(": ");
            BootcHost fromCanonical = parser.parse(canonical, name);
            assertThat(fromCanonical).as(name).isEqualTo(StatusFixtures.parse(name));
        }
    }

    @Test
    void currentNonBootcHostOutput() throws Exception {
        BootcHost h = parser.parse("{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"metadata\":"
                + "{\"name\":\"host\"},\"spec\":{\"bootOrder\":\"default\",\"image\":null},\"status\":{\"booted\":null,"
                + "\"readOnly\":false,\"rollback\":null,\"rollbackQueued\":false,\"staged\":null,\"type\":null,"
                + "\"usrOverlay\":null}}", "t");
        assertThat(h.isBootcHost()).isFalse();
        assertThat(h.nextBoot()).isEmpty();
    }

    @Test
    void unknownFieldsAndEnumValuesAreKept() throws Exception {
        String json = "{\"apiVersion\":\"org.containers.bootc/v2\",\"kind\":\"BootcHost\",\"future\":{\"x\":[1]},"
                + "\"spec\":{\"bootOrder\":\"sideways\",\"image\":{\"image\":\"a/b:c\",\"transport\":\"teleport\","
                + "\"signature\":{\"sigstore\":{\"key\":\"k\"}}}},"
                + "\"status\":{\"type\":\"bootcVm\",\"booted\":{\"store\":\"composefsContainer\",\"newFlag\":true,"
                + "\"composefs\":{\"verity\":\"v\",\"bootType\":\"Type3\",\"bootloader\":\"lilo\"}},"
                + "\"usrOverlay\":{\"accessMode\":\"appendOnly\",\"persistence\":\"forever\"}}}";
        BootcHost h = parser.parse(json, "t");
        assertThat(h.isKnownApiVersion()).isFalse();
        assertThat(h.spec().bootOrderKind()).isEqualTo(HostSpec.BootOrder.UNKNOWN);
        assertThat(h.spec().bootOrder()).isEqualTo("sideways");
        assertThat(h.spec().image().transport()).isEqualTo("teleport");
        assertThat(h.spec().image().signature().kind()).isEqualTo(ImageSignature.Kind.UNKNOWN);
        assertThat(h.spec().image().signature().raw()).isEqualTo("{\"sigstore\":{\"key\":\"k\"}}");
        assertThat(h.status().type()).isEqualTo("bootcVm");
        assertThat(h.status().isBootcHostType()).isFalse();
        assertThat(h.status().booted().store()).isEqualTo("composefsContainer");
        assertThat(h.status().booted().composefs().bootTypeKind()).isEqualTo(BootEntryComposefs.BootType.UNKNOWN);
        assertThat(h.status().booted().composefs().bootType()).isEqualTo("Type3");
        assertThat(h.status().booted().composefs().bootloaderKind())
                .isEqualTo(BootEntryComposefs.Bootloader.UNKNOWN);
        assertThat(h.status().usrOverlay().accessModeKind()).isEqualTo(UsrOverlay.AccessMode.UNKNOWN);
        assertThat(h.status().usrOverlay().persistence()).isEqualTo("forever");
        assertThat(h.isBootcHost()).isTrue();
    }

    @Test
    void unknownStringSignatureIsKeptRaw() throws Exception {
        BootcHost h = parser.parse("{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"spec\":"
                + "{\"image\":{\"image\":\"x/y:z\",\"transport\":\"registry\",\"signature\":\"sigstore\"}}}", "t");
        assertThat(h.spec().image().signature().kind()).isEqualTo(ImageSignature.Kind.UNKNOWN);
        assertThat(h.spec().image().signature().raw()).isEqualTo("sigstore");
    }

    @Test
    void missingStaterootGivesNoPathButAGlob() throws Exception {
        BootcHost h = parser.parse("{\"apiVersion\":\"org.containers.bootc/v1alpha1\",\"kind\":\"BootcHost\","
                + "\"status\":{\"booted\":{\"ostree\":{\"checksum\":\"" + "e".repeat(64) + "\",\"deploySerial\":3}}}}",
                "old bootc");
        BootEntry b = h.status().booted();
        assertThat(b.ostree().stateroot()).isNull();
        assertThat(b.deploymentRoot()).isEmpty();
        assertThat(b.ostree().deploymentRootGlob()).contains("/sysroot/ostree/deploy/*/deploy/" + "e".repeat(64) + ".3");
    }

    @Test
    void hostileStaterootGivesNoPath() throws Exception {
        BootcHost h = parser.parse("{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
                + "\"status\":{\"booted\":{\"ostree\":{\"stateroot\":\"../../etc\",\"checksum\":\"" + "e".repeat(64)
                + "\",\"deploySerial\":0}},\"rollback\":{\"ostree\":{\"stateroot\":\"default\",\"checksum\":"
                + "\"x;rm -rf /\",\"deploySerial\":0}}}}", "evil");
        assertThat(h.status().booted().deploymentRoot()).isEmpty();
        assertThat(h.status().rollback().deploymentRoot()).isEmpty();
        assertThat(h.status().rollback().ostree().deploymentRootGlob()).isEmpty();
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    @Test
    void truncatedJsonSaysWhereItEnds() {
        String text = StatusFixtures.text("spec-staged-booted");
        String cut = text.substring(0, text.indexOf("\"rollback\""));
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(cut, "web1: bootc status"));
        assertThat(e.getMessage()).startsWith("web1: bootc status: the JSON ends early (truncated output?)");
        assertThat(e.line()).isGreaterThan(50);
        assertThat(e.getMessage()).contains("at line " + e.line());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String bad = "{\n  \"apiVersion\": \"org.containers.bootc/v1\",\n  \"kind\": BootcHost\n}";
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(bad, "h"));
        assertThat(e.problem()).startsWith("malformed JSON: Unrecognized token 'BootcHost'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.getMessage()).contains("at line 3, column 11");
    }

    @Test
    void wrongTypeGivesJsonPathAndPosition() {
        String bad = "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\n"
                + "\"status\":{\"otherDeployments\":[{},\n {\"pinned\":\"yes\"}]}}";
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(bad, "h"));
        assertThat(e.path()).isEqualTo("$.status.otherDeployments[1].pinned");
        assertThat(e.problem()).isEqualTo("expected true or false but found a string");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("h: expected true or false but found a string at line 3, column 3 "
                + "($.status.otherDeployments[1].pinned)");
    }

    @Test
    void negativeOrHugeSerialIsAnError() {
        for (String serial : new String[] {"-1", "4294967296", "1.5", "\"0\""}) {
            String bad = "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"status\":{\"booted\":"
                    + "{\"ostree\":{\"checksum\":\"c\",\"deploySerial\":" + serial + "}}}}";
            StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(bad, "h"));
            assertThat(e.path()).as(serial).isEqualTo("$.status.booted.ostree.deploySerial");
            assertThat(e.column()).isGreaterThan(1);
        }
    }

    @Test
    void missingRequiredPartsAreErrors() {
        assertThatThrownBy(() -> parser.parse("{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
                + "\"status\":{\"booted\":{\"image\":{\"imageDigest\":\"sha256:1\"}}}}", "h"))
                .isInstanceOf(StatusParseException.class)
                .hasMessageContaining("required image reference \"image\" is missing")
                .hasMessageContaining("$.status.booted.image.image");
        assertThatThrownBy(() -> parser.parse("{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
                + "\"status\":{\"booted\":{\"ostree\":{\"checksum\":\"c\"}}}}", "h"))
                .isInstanceOf(StatusParseException.class)
                .hasMessageContaining("\"deploySerial\" is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"BootcHost\"", "null", "{}", "{\"foo\":1}",
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}", "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"Pod\"}",
        "{\"kind\":\"BootcHost\"}", "{\"apiVersion\":\"org.containers.bootc/v1\"}"})
    void validJsonThatIsNotAStatusDocument(String json) {
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(json, "h"));
        assertThat(e.problem()).startsWith("not a bootc status document");
        assertThat(e.path()).startsWith("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "error: This command must be executed as the root user",
        "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\"} trailing",
        "{\"apiVersion\":\"org.containers.bootc/v1\",\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\"}"})
    void notJsonAtAll(String text) {
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(text, "h"));
        assertThat(e.getMessage()).startsWith("h: ");
        assertThat(e.problem()).containsAnyOf("empty input", "malformed JSON");
    }

    @Test
    void duplicateKeyIsNamed() {
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(
                "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"kind\":\"BootcHost\"}", "h"));
        assertThat(e.problem()).contains("Duplicate field 'kind'");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void yamlOutputGetsAHint() {
        StatusParseException e = catchThrowableOfType(StatusParseException.class, () -> parser.parse(
                "apiVersion: org.containers.bootc/v1\nkind: BootcHost\n", "h"));
        assertThat(e.problem()).startsWith("this is YAML, not JSON (run bootc status --format=json)");
    }

    @Test
    void nullInputIsEmpty() {
        assertThatThrownBy(() -> parser.parse(null, "h")).isInstanceOf(StatusParseException.class)
                .hasMessage("h: empty input, expected a JSON document");
    }
}
