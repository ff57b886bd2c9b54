package dev.bootdeck.remote.fakehost;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.testsupport.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bootc-shaped host for tests, built from fixture data into a {@link FakeRoot}: for every deployment of a bootc
 * status fixture a directory {@code /sysroot/ostree/deploy/<stateroot>/deploy/<checksum>.<serial>} with its own
 * {@code usr/lib/bootc/bound-images.d} (real symlinks into {@code usr/share/containers/systemd}), bootc's storage at
 * {@code /sysroot/ostree/bootc/storage} linked from {@code /usr/lib/bootc/storage}, and fake {@code bootc},
 * {@code podman} and {@code systemctl} scripts that answer from the fixture data. The fake scripts are test
 * resources; nothing here is used by bootdeck itself.
 */
public final class FakeBootcHost {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = "share/bootdeck-fake";

    private final String status;
    private final Map<String, Map<String, String[]>> links = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> plainEntries = new LinkedHashMap<>();
    private final List<String> emptyBoundDir = new ArrayList<>();
    private final List<String> missingRoots = new ArrayList<>();
    private final List<String> modes = new ArrayList<>();
    private List<String> storeImages = new ArrayList<>();
    private boolean store = true;
    private boolean bootc = true;
    private boolean timerActive;
    private boolean authJson;
    private String version = "bootc 1.16.9";
    private String statusError = "error: Loading status: Reading sysroot: Permission denied (os error 13)";

    private FakeBootcHost(String status) {
        this.status = status;
    }

    /** A host whose {@code bootc status} prints {@code statusJson}. */
    public static FakeBootcHost withStatus(String statusJson) {
        return new FakeBootcHost(statusJson);
    }

    /** A host whose {@code bootc status} prints the fixture {@code bootc-status/NAME}. */
    public static FakeBootcHost withFixture(String name) throws IOException {
        return new FakeBootcHost(Files.readString(Fixtures.bootcStatus(name)));
    }

    /** Binds the three images of the shared fixture image root ({@code bound-images/root}) in deployment SLOT. */
    public FakeBootcHost bindFixtureImages(String slot) throws IOException {
        Path root = Fixtures.boundImages().resolve("root");
        Path dir = root.resolve("usr/lib/bootc/bound-images.d");
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                // the copy flattened the symlinks into files holding the target
                String target = Files.readString(p).strip();
                String file = Files.readString(root.resolve(target.substring(1)));
                bind(slot, p.getFileName().toString(), target, target, file);
            }
        }
        return this;
    }

    /** In deployment SLOT: {@code bound-images.d/LINK -> TARGET}, and {@code FILE} (in-root path) with CONTENT. */
    public FakeBootcHost bind(String slot, String link, String target, String file, String content) {
        links.computeIfAbsent(slot, k -> new LinkedHashMap<>()).put(link, new String[] {target, file, content});
        return this;
    }

    /** A plain file (not a symlink) in SLOT's {@code bound-images.d}. */
    public FakeBootcHost plainEntry(String slot, String name, String content) {
        plainEntries.computeIfAbsent(slot, k -> new LinkedHashMap<>()).put(name, content);
        return this;
    }

    /** SLOT gets an empty {@code bound-images.d}. */
    public FakeBootcHost emptyBoundDir(String slot) {
        emptyBoundDir.add(slot);
        return this;
    }

    /** SLOT's deployment directory does not exist on the host. */
    public FakeBootcHost missingRoot(String slot) {
        missingRoots.add(slot);
        return this;
    }

    /** The images in bootc's storage (podman names). */
    public FakeBootcHost storeImages(String... names) {
        storeImages = List.of(names);
        return this;
    }

    /** No {@code /sysroot/ostree/bootc/storage} (nothing ever pulled). */
    public FakeBootcHost noStore() {
        store = false;
        return this;
    }

    public FakeBootcHost withoutBootc() {
        bootc = false;
        return this;
    }

    public FakeBootcHost timerActive(boolean active) {
        timerActive = active;
        return this;
    }

    public FakeBootcHost authJson(boolean present) {
        authJson = present;
        return this;
    }

    public FakeBootcHost version(String v) {
        version = v;
        return this;
    }

    /** A behaviour of the fake bootc: old-no-format, status-error, hang, truncate, no-image-cmd. */
    public FakeBootcHost mode(String mode) {
        modes.add(mode);
        return this;
    }

    public FakeBootcHost statusError(String stderr) {
        statusError = stderr;
        modes.add("status-error");
        return this;
    }

    /** Writes the host into a new {@link FakeRoot}. */
    public FakeRoot build(String name) throws IOException {
        FakeRoot r = FakeRoot.create(name);
        Path usr = r.usr();
        Path sys = r.sysroot();
        if (bootc) {
            installScript(usr, "bootc");
        }
        installScript(usr, "podman");
        installScript(usr, "systemctl");
        FakeRoot.write(usr, DATA + "/status.json", status, "rw-r--r--");
        FakeRoot.write(usr, DATA + "/version", version + "\n", "rw-r--r--");
        FakeRoot.write(usr, DATA + "/timer", timerActive ? "active" : "inactive", "rw-r--r--");
        FakeRoot.write(usr, DATA + "/images.json", imagesJson(), "rw-r--r--");
        FakeRoot.write(usr, DATA + "/status-error", statusError + "\n", "rw-r--r--");
        for (String m : modes) {
            FakeRoot.write(usr, DATA + "/mode-" + m, "", "rw-r--r--");
        }
        Files.createDirectories(usr.resolve("lib/bootc"));
        Files.createSymbolicLink(usr.resolve("lib/bootc/storage"), Path.of("../../../sysroot/ostree/bootc/storage"));
        if (store) {
            Files.createDirectories(sys.resolve("ostree/bootc/storage/overlay-images"));
        }
        if (authJson) {
            FakeRoot.write(r.etc(), "ostree/auth.json", "{\"auths\":{}}\n", "rw-------");
        }
        for (Map.Entry<String, JsonNode> d : deployments().entrySet()) {
            String slot = d.getKey();
            JsonNode ostree = d.getValue().get("ostree");
            if (ostree == null || ostree.isNull() || missingRoots.contains(slot)) {
                continue;
            }
            String stateroot = ostree.hasNonNull("stateroot") ? ostree.get("stateroot").asText() : "default";
            String dirName = ostree.get("checksum").asText() + "." + ostree.get("deploySerial").asText();
            Path base = sys.resolve("ostree/deploy/" + stateroot + "/deploy");
            Path root = base.resolve(dirName);
            Files.createDirectories(root.resolve("usr/lib/bootc"));
            Files.createDirectories(root.resolve("etc"));
            Files.writeString(base.resolve(dirName + ".origin"), "[origin]\ncontainer-image-reference=ostree-"
                    + "unverified-registry:example\n");
            Path bd = root.resolve("usr/lib/bootc/bound-images.d");
            if (emptyBoundDir.contains(slot)) {
                Files.createDirectories(bd);
            }
            for (Map.Entry<String, String[]> l : links.getOrDefault(slot, Map.of()).entrySet()) {
                String[] v = l.getValue();
                Files.createDirectories(bd);
                Files.createSymbolicLink(bd.resolve(l.getKey()), Path.of(v[0]));
                if (v[2] != null) {
                    Path f = root.resolve(v[1].substring(1));
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, v[2]);
                }
            }
            for (Map.Entry<String, String> p : plainEntries.getOrDefault(slot, Map.of()).entrySet()) {
                Files.createDirectories(bd);
                Files.writeString(bd.resolve(p.getKey()), p.getValue());
            }
        }
        return r;
    }

    /** Deployments of the status by slot name: staged, booted, rollback, other0, other1... */
    private Map<String, JsonNode> deployments() throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode st = JSON.readTree(status).path("status");
        for (String slot : List.of("staged", "booted", "rollback")) {
            if (st.hasNonNull(slot)) {
                out.put(slot, st.get(slot));
            }
        }
        JsonNode others = st.path("otherDeployments");
        for (int i = 0; i < others.size(); i++) {
            out.put("other" + i, others.get(i));
        }
        return out;
    }

    private String imagesJson() throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        long created = 1_700_000_000L;
        for (String name : storeImages) {
            String id = sha256(name);
            String repo = name.contains(":") && name.lastIndexOf(':') > name.lastIndexOf('/')
                    ? name.substring(0, name.lastIndexOf(':')) : name;
            String digest = "sha256:" + sha256("manifest " + name);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Id", id);
            m.put("ParentId", "");
            m.put("RepoTags", null);
            m.put("RepoDigests", List.of(repo + "@" + digest));
            m.put("Size", 40_000_000L + name.length());
            m.put("SharedSize", 0);
            m.put("VirtualSize", 40_000_000L + name.length());
            m.put("Labels", null);
            m.put("Containers", 0);
            m.put("ReadOnly", false);
            m.put("Names", List.of(name));
            m.put("Digest", digest);
            m.put("History", List.of(name));
            m.put("Created", created);
            m.put("CreatedAt", "2023-11-14T22:13:20Z");
            list.add(m);
            created += 86_400;
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void installScript(Path usr, String name) throws IOException {
        try (InputStream in = FakeBootcHost.class.getResourceAsStream("/dev/bootdeck/remote/fakehost/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: fakehost/" + name);
            }
            Path p = usr.resolve("bin/" + name);
            Files.createDirectories(p.getParent());
            Files.write(p, in.readAllBytes());
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
