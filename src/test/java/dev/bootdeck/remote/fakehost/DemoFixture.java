package dev.bootdeck.remote.fakehost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootdeck.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The demo host's data, derived from the shared bootc fixtures (never invented from scratch): the staged and booted
 * deployments of {@code spec-staged-booted}, the booted entry's {@code cachedUpdate} taken from
 * {@code spec-booted-with-update} (pointed at the booted image's reference), and the booted deployment of
 * {@code spec-only-booted} as the rollback (the host was switched from centos-bootc to this image). Bound images come
 * from the fixture image root {@code bound-images/root}; the staged deployment binds one more image whose pull failed
 * (missing from storage), and storage holds one image no deployment references (a GC candidate).
 */
public final class DemoFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String MISSING_IMAGE = "quay.io/example/inventory-agent:2.1";

    private DemoFixture() {
    }

    public static String statusJson() throws IOException {
        JsonNode stagedBooted = read("spec-staged-booted.json").path("status");
        JsonNode withUpdate = read("spec-booted-with-update.json").path("status").path("booted");
        JsonNode onlyBooted = read("spec-only-booted.json").path("status").path("booted");
        ObjectNode booted = stagedBooted.path("booted").deepCopy();
        ObjectNode cached = withUpdate.path("cachedUpdate").deepCopy();
        cached.set("image", booted.path("image").path("image").deepCopy());
        booted.set("cachedUpdate", cached);
        ObjectNode staged = stagedBooted.path("staged").deepCopy();

        ObjectNode doc = JSON.createObjectNode();
        doc.put("apiVersion", "org.containers.bootc/v1");
        doc.put("kind", "BootcHost");
        doc.putObject("metadata").put("name", "host");
        ObjectNode spec = doc.putObject("spec");
        spec.set("image", staged.path("image").path("image").deepCopy());
        spec.put("bootOrder", "default");
        ObjectNode status = doc.putObject("status");
        status.set("staged", staged);
        status.set("booted", booted);
        status.set("rollback", onlyBooted.deepCopy());
        status.put("rollbackQueued", false);
        status.put("type", "bootcHost");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    }

    /** The demo host as a fake bootc host. */
    public static FakeBootcHost host() throws IOException {
        return FakeBootcHost.withStatus(statusJson())
                .bindFixtureImages("booted")
                .bindFixtureImages("staged")
                .bind("staged", "inventory-agent.container", "/usr/share/containers/systemd/inventory-agent.container",
                        "/usr/share/containers/systemd/inventory-agent.container",
                        "[Unit]\nDescription=Inventory agent\n\n[Container]\nImage=" + MISSING_IMAGE
                                + "\nGlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\n\n"
                                + "[Install]\nWantedBy=default.target\n")
                .bindFixtureImages("rollback")
                .storeImages("quay.io/curl/curl:latest", "quay.io/curl/curl-base:latest",
                        "registry.access.redhat.com/ubi9/podman:latest", "quay.io/example/old-tool:0.9")
                .timerActive(false)
                .authJson(true);
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(Files.readString(Fixtures.bootcStatus(name)));
    }
}
