package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;

class QuadletValidatorTest {
    private static final String DIR = "/etc/containers/systemd";

    private static QuadletReport validate(String... nameAndContent) {
        MemoryUnitTree tree = new MemoryUnitTree();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            tree.put(DIR + "/" + nameAndContent[i], nameAndContent[i + 1]);
        }
        return QuadletValidator.validate(tree, List.of(DIR));
    }

    private static List<String> formatted(QuadletReport r) {
        return r.findings().stream().map(Finding::format).toList();
    }

    @Test
    void unsupportedKeysInOwnedGroupAndQuadletGroupWithTheirLines() {
        QuadletReport r = validate("web.container",
                "[Container]\nImage=quay.io/a/b\nimage=x\nBOGUS=1\nBOGUS=2\n[Quadlet]\nDefaultDependencies=no\nFoo=1\n"
                        + "[Service]\nAnything=goes\n[X-Mine]\nBar=1\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/web.container:3: error: podman/unsupported-key: unsupported key 'image' in group 'Container' in "
                        + DIR + "/web.container",
                DIR + "/web.container:4: error: podman/unsupported-key: unsupported key 'BOGUS' in group 'Container' in "
                        + DIR + "/web.container",
                DIR + "/web.container:8: error: podman/unsupported-key: unsupported key 'Foo' in group 'Quadlet' in "
                        + DIR + "/web.container");
        assertThat(r.unit("web.container").orElseThrow().podmanError()).contains("converting \"web.container\":"
                + " unsupported key 'image' in group 'Container' in " + DIR + "/web.container");
    }

    @Test
    void misspelledGroupIsPassedThroughAndTheImageIsMissing() {
        QuadletReport r = validate("web.container", "[container]\nImage=quay.io/a/b\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/web.container:0: error: podman/no-image: no Image or Rootfs key specified");
    }

    @Test
    void imageAndRootfsConflictAndEmptyImageResets() {
        assertThat(formatted(validate("a.container", "[Container]\nImage=quay.io/a/b\nRootfs=/srv/root\n")))
                .containsExactly(DIR + "/a.container:3: error: podman/image-and-rootfs: the Image And Rootfs keys"
                        + " conflict can not be specified together");
        QuadletReport r = validate("a.container", "[Container]\nImage=quay.io/a/b\nImage=\n");
        assertThat(r.findings()).extracting(Finding::rule).contains("podman/no-image", "podman/short-name");
        assertThat(r.unit("a.container").orElseThrow().image()).isEmpty();
    }

    @Test
    void imageFileWithoutImage() {
        assertThat(formatted(validate("a.image", "[Image]\nImageTag=localhost/x\n")))
                .containsExactly(DIR + "/a.image:0: error: podman/no-image: no Image key specified");
    }

    @Test
    void imageReferencesResolveToImageTagElseImageAndBuildToFirstTag() {
        QuadletReport r = validate(
                "a.container", "[Container]\nImage=a.image\n",
                "b.container", "[Container]\nImage=\"b.image\"\n",
                "c.container", "[Container]\nImage=c.build\n",
                "d.container", "[Container]\nImage=missing.image\n",
                "a.image", "[Image]\nImage=docker-archive:/tmp/a.tar\nImageTag=quay.io/podman/stable:latest\n",
                "b.image", "[Image]\nImage=quay.io/b/b:1\n",
                "c.build", "[Build]\nImageTag=localhost/c:1\nImageTag=localhost/c:2\nFile=/srv/Containerfile\n");
        assertThat(r.unit("a.container").orElseThrow().image().orElseThrow().image())
                .isEqualTo("quay.io/podman/stable:latest");
        ImageSource b = r.unit("b.container").orElseThrow().image().orElseThrow();
        assertThat(b.image()).isEqualTo("quay.io/b/b:1");
        assertThat(b.declared()).isEqualTo("b.image");
        assertThat(b.resolvedFile()).isEqualTo(DIR + "/b.image");
        assertThat(r.unit("c.container").orElseThrow().image().orElseThrow().image()).isEqualTo("localhost/c:1");
        assertThat(formatted(r)).containsExactly(DIR + "/d.container:2: error: podman/image-unit-not-found: requested"
                + " Quadlet image missing.image was not found");
    }

    @Test
    void shortNameRuleIsPodmansOwn() {
        for (String ok : List.of("quay.io/a", "localhost/a", "server:5000/a/b", "docker://quay.io/x",
                "sha256:abc", "a".repeat(64).replace('a', 'f'), "x.image", "x.build")) {
            assertThat(validate("a.container", "[Container]\nImage=" + ok + "\n").findings())
                    .as(ok).noneMatch(f -> f.rule().equals("podman/short-name"));
        }
        for (String bad : List.of("fedora", "library/fedora", "fedora:40", "a".repeat(63))) {
            QuadletReport r = validate("a.image", "[Image]\nImage=" + bad + "\n");
            assertThat(formatted(r)).as(bad).containsExactly(DIR + "/a.image:2: warning: podman/short-name: Warning:"
                    + " a.image specifies the image \"" + bad + "\" which not a fully qualified image name. This is not"
                    + " ideal for performance and security reasons. See the podman-pull manpage discussion of"
                    + " short-name-aliases.conf for details.");
        }
    }

    @Test
    void serviceChecks() {
        QuadletReport r = validate("a.container", "[Container]\nImage=quay.io/a/b\n[Service]\nKillMode=process\n"
                + "Type=simple\nUser=root\nDynamicUser=yes\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/a.container:6: warning: podman/unsupported-service-key: Warning: using key User in the"
                        + " Service group is not supported - use at your own risk",
                DIR + "/a.container:7: warning: podman/unsupported-service-key: Warning: using key DynamicUser in the"
                        + " Service group is not supported - use at your own risk",
                DIR + "/a.container:4: error: podman/invalid-kill-mode: invalid KillMode 'process'",
                DIR + "/a.container:5: error: podman/invalid-service-type: invalid service Type 'simple'");
        assertThat(validate("a.container", "[Container]\nImage=quay.io/a/b\n[Service]\nKillMode=mixed\nType=oneshot\n")
                .findings()).isEmpty();
    }

    @Test
    void containerKeyChecks() {
        QuadletReport r = validate("a.container", "[Container]\nImage=quay.io/a/b\nGroup=wheel\n"
                + "ExposeHostPort=8080/tcp\nExposeHostPort=80/sctp\nReloadCmd=/bin/reload\nReloadSignal=SIGHUP\n"
                + "UIDMap=0:1000:1\nRemapUsers=auto\nExec=/bin/x \\q\nLabel=a=\\q\nPod=mypod\n"
                + "Network=missing.network\nVolume=data.volume:/data\nMount=type=bind,target=/x\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/a.container:7: error: podman/reload-conflict: ReloadCmd and ReloadSignal are mutually"
                        + " exclusive but both are set",
                DIR + "/a.container:13: error: podman/unit-not-found: requested Quadlet unit missing.network was not"
                        + " found",
                DIR + "/a.container:3: error: podman/group-without-user: invalid Group set without User",
                DIR + "/a.container:9: error: podman/user-mapping: deprecated Remap keys are set along with explicit"
                        + " mapping keys",
                DIR + "/a.container:14: error: podman/unit-not-found: requested Quadlet source data.volume was not"
                        + " found",
                DIR + "/a.container:5: error: podman/invalid-port-format: invalid port format '80/sctp'",
                DIR + "/a.container:11: warning: podman/unsupported-escape: unsupported escape char",
                DIR + "/a.container:15: error: podman/invalid-mount: source parameter is required for mount type bind",
                DIR + "/a.container:12: error: podman/pod-reference: pod mypod is not Quadlet based",
                DIR + "/a.container:10: warning: podman/unsupported-escape: unsupported escape char");
    }

    @Test
    void portRegexIsUnanchoredAtTheStartAsInPodman() {
        assertThat(validate("a.container", "[Container]\nImage=quay.io/a/b\nExposeHostPort=80:80 \n"
                + "ExposeHostPort=1000-2000/udp\n").findings()).isEmpty();
    }

    @Test
    void volumeWithImageDriverResolvesItsImage() {
        QuadletReport r = validate("v.volume", "[Volume]\nDriver=image\nImage=b.image\n",
                "w.volume", "[Volume]\nDriver=image\n",
                "b.image", "[Image]\nImage=quay.io/b/b:1\n");
        assertThat(r.unit("v.volume").orElseThrow().image().orElseThrow().image()).isEqualTo("quay.io/b/b:1");
        assertThat(formatted(r)).containsExactly(DIR + "/w.volume:2: error: podman/volume-options: the key Image is"
                + " mandatory when using the image driver");
    }

    @Test
    void remapRules() {
        assertThat(formatted(validate("a.container", "[Container]\nImage=quay.io/a/b\nRemapUsers=bogus\n")))
                .containsExactly(DIR + "/a.container:3: error: podman/user-mapping: unsupported RemapUsers option"
                        + " 'bogus'");
        assertThat(formatted(validate("a.container", "[Container]\nImage=quay.io/a/b\nRemapUid=0:1:2\n")))
                .containsExactly(DIR + "/a.container:3: error: podman/user-mapping: UidMap set without RemapUsers");
        assertThat(validate("a.container", "[Container]\nImage=quay.io/a/b\nRemapUsers=manual\nRemapUid=0:1:2\n")
                .findings()).isEmpty();
        assertThat(formatted(validate("a.kube", "[Kube]\nYaml=a.yml\nRemapUsers=manual\n")))
                .containsExactly(DIR + "/a.kube:3: error: podman/user-mapping: RemapUsers=manual is not supported");
    }

    @Test
    void unknownQuadletDependency() {
        QuadletReport r = validate("a.container", "[Unit]\nAfter=network-online.target b.container\n"
                + "Requires=c.image\n[Container]\nImage=c.image\n", "c.image", "[Image]\nImage=quay.io/c/c\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/a.container:2: error: podman/unknown-dependency: unable to translate dependency for b.container");
    }

    @Test
    void otherTypesRequiredKeys() {
        assertThat(formatted(validate("a.kube", "[Kube]\n"))).containsExactly(
                DIR + "/a.kube:0: error: podman/no-yaml: no Yaml key specified");
        assertThat(formatted(validate("a.artifact", "[Artifact]\n"))).containsExactly(
                DIR + "/a.artifact:0: error: podman/no-artifact: no Artifact key specified");
        assertThat(formatted(validate("a.build", "[Build]\nFile=/x/Containerfile\n"))).containsExactly(
                DIR + "/a.build:0: error: podman/no-image-tag: no ImageTag key specified");
        assertThat(formatted(validate("a.volume", "[Volume]\nType=tmpfs\n"))).containsExactly(
                DIR + "/a.volume:2: error: podman/volume-options: key Type can't be used without Device");
        assertThat(formatted(validate("a.network", "[Network]\nSubnet=10.0.0.0/24\nGateway=10.0.0.1\n"
                + "Gateway=10.0.0.2\n"))).containsExactly(
                DIR + "/a.network:4: error: podman/network-subnets: cannot set more gateways than subnets");
        assertThat(validate("a.pod", "[Pod]\nPodName=p\n", "b.network", "[Network]\n").findings()).isEmpty();
    }

    @Test
    void findingsInDropinsPointAtTheDropin() {
        QuadletReport r = validate("a.container", "[Container]\nImage=quay.io/a/b\n",
                "a.container.d/10.conf", "[Container]\nNope=1\n",
                "a.container.d/20.conf", "[Container]\nbroken\n");
        assertThat(formatted(r)).containsExactly(
                DIR + "/a.container.d/20.conf:2: error: podman/invalid-line: error loading \"" + DIR
                        + "/a.container.d/20.conf\", file contains line 2: \u201cbroken\u201d which is not a key-value"
                        + " pair, group, or comment",
                DIR + "/a.container.d/10.conf:2: error: podman/unsupported-key: unsupported key 'Nope' in group"
                        + " 'Container' in " + DIR + "/a.container");
    }

    @Test
    void everyRuleHasAUniqueIdAndDescription() {
        assertThat(Arrays.stream(QuadletRule.values()).map(QuadletRule::id).distinct().count())
                .isEqualTo(QuadletRule.values().length);
        assertThat(QuadletRule.values()).allSatisfy(rule -> {
            assertThat(rule.id()).startsWith("podman/");
            assertThat(rule.description()).isNotBlank();
        });
        assertThat(QuadletRule.SHORT_NAME.severity()).isEqualTo(Severity.WARNING);
    }
}
