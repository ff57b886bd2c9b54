package dev.bootdeck.project.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.ProjectLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Hand-made broken projects under src/test/resources/dev/bootdeck/project/broken/: each finding they must produce
 * (file:line rule), exactly, and a check that together with {@link UnreadableFileTest} they cover every rule of the
 * registry except the few that no project can reach (see {@link #UNREACHABLE}).
 */
class BrokenProjectsTest {
    /**
     * Rules no project on disk can trigger: podman/unreadable-file (bootdeck reads the files itself and reports
     * project/unreadable-file instead), podman/invalid-key-name (after podman's own trimming a key is never empty or
     * space-bounded, so the check cannot fail), bootc/non-utf8-name (a non-UTF-8 file name cannot be written through
     * Java on a UTF-8 system), bootc/image-differs (bootc's comparison reports it only when none of its named causes
     * explains a difference, and every difference a file can make has a named cause).
     */
    static final Set<String> UNREACHABLE = Set.of("podman/unreadable-file", "podman/invalid-key-name",
            "bootc/non-utf8-name", "bootc/image-differs");

    static final Map<String, List<String>> EXPECTED = Map.of(
            "podman-units", List.of(
                    "units/build-context.build:0 podman/build-context",
                    "units/dropped-continuation.container:3 podman/dropped-continuation",
                    "units/group-without-user.container:3 podman/group-without-user",
                    "units/image-and-rootfs.container:3 podman/image-and-rootfs",
                    "units/image-unit-not-found.container:2 podman/image-unit-not-found",
                    "units/invalid-group-name.container:3 podman/invalid-group-name",
                    "units/invalid-kill-mode.container:4 podman/invalid-kill-mode",
                    "units/invalid-line.container:3 podman/invalid-line",
                    "units/invalid-mount.container:3 podman/invalid-mount",
                    "units/invalid-port-format.container:3 podman/invalid-port-format",
                    "units/invalid-service-type.container:4 podman/invalid-service-type",
                    "units/key-outside-group.container:1 podman/key-outside-group",
                    "units/network-subnets.network:2 podman/network-subnets",
                    "units/no-artifact.artifact:0 podman/no-artifact",
                    "units/no-image-tag.build:0 podman/no-image-tag",
                    "units/no-image.container:0 podman/no-image",
                    "units/no-yaml.kube:0 podman/no-yaml",
                    "units/pod-reference.container:3 podman/pod-reference",
                    "units/reload-conflict.container:4 podman/reload-conflict",
                    "units/shadowed.container:0 podman/shadowed-unit",
                    "units/short-name.container:2 podman/short-name",
                    "units/unit-not-found.container:3 podman/unit-not-found",
                    "units/unknown-dependency.container:2 podman/unknown-dependency",
                    "units/unsupported-escape.container:3 podman/unsupported-escape",
                    "units/unsupported-key.container:3 podman/unsupported-key",
                    "units/unsupported-service-key.container:4 podman/unsupported-service-key",
                    "units/user-mapping.container:3 podman/user-mapping",
                    "units/volume-options.volume:2 podman/volume-options",
                    "units/working-directory.build:0 podman/build-context",
                    "units/working-directory.build:3 podman/working-directory"),
            "bindings", List.of(
                    "Containerfile:27 project/rootless-bound-image",
                    "Containerfile:28 bootc/dangling-symlink",
                    "Containerfile:29 project/target-not-copied",
                    "Containerfile:30 project/link-outside-root",
                    "Containerfile:31 bootc/invalid-extension",
                    "Containerfile:32 bootc/unreadable",
                    "extra/notcopied.image:0 project/not-copied",
                    "regular.image:0 bootc/not-a-symlink",
                    "rootfs/usr/lib/bootc/bound-images.d/flat.image:0 bootc/flattened-symlink",
                    "storage.conf:6 project/global-additionalimagestore",
                    "units/arch.image:3 project/ignored-pull-key",
                    "units/authfile.image:3 bootc/authfile",
                    "units/comment.image:2 bootc/inline-comment",
                    "units/empty-image.image:0 podman/no-image",
                    "units/empty-image.image:2 bootc/empty-image",
                    "units/empty-image.image:2 bootc/podman-no-image",
                    "units/empty-image.image:2 podman/short-name",
                    "units/id.image:2 image/image-id",
                    "units/ini-error.container:4 bootc/continuation",
                    "units/ini-error.container:5 bootc/ini-parse-error",
                    "units/invalid.image:2 image/invalid",
                    "units/localhost.image:2 image/localhost",
                    "units/missing-image.image:0 bootc/missing-image",
                    "units/missing-image.image:0 podman/no-image",
                    "units/noglobal.container:2 project/missing-additionalimagestore",
                    "units/podmanargs.container:2 project/storage-opt-in-podman-args",
                    "units/short.image:2 image/floating-tag",
                    "units/short.image:2 image/gc-unsafe-name",
                    "units/short.image:2 image/not-fully-qualified",
                    "units/short.image:2 podman/short-name",
                    "units/specifier.image:2 bootc/specifier",
                    "units/tagdigest.image:2 image/gc-unsafe-name",
                    "units/tagdigest.image:2 image/tag-and-digest",
                    "units/transport.image:2 image/other-transport",
                    "units/unit-ref.container:2 bootc/unit-reference",
                    "units/buildref.image:2 image/unit-reference",
                    "units/quoted.image:2 bootc/quotes-kept",
                    "units/quoted.image:2 image/invalid",
                    "units/dropin.image.d/10-override.conf:2 bootc/dropin-ignored",
                    "units/duplicate.image:3 bootc/duplicate-key",
                    "units/shadow.image:0 podman/shadowed-unit",
                    "units/shadow.image:2 bootc/shadowed",
                    "unused.container:0 bootc/not-a-podman-unit",
                    "unused.container:0 project/outside-search-path"),
            "containerfile", List.of(
                    "Containerfile:2 containerfile/syntax",
                    "Containerfile:3 containerfile/unresolved-variable",
                    "Containerfile:4 project/missing-copy-source",
                    "Containerfile:5 project/copy-destination-not-a-directory",
                    "Containerfile:6 containerfile/unreadable-binding",
                    "Containerfile:8 containerfile/link-exists",
                    "a.image:0 bootc/not-a-podman-unit",
                    "a.image:0 project/outside-search-path"),
            "bound-dir-not-a-directory", List.of(
                    "Containerfile:2 bootc/directory-unreadable"),
            "latest", List.of(
                    "units/latest.image:2 image/floating-tag"));

    static Path broken(String name) {
        try {
            return Path.of(BrokenProjectsTest.class.getResource("/dev/bootdeck/project/broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> projects() {
        return EXPECTED.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("projects")
    void reportsExactlyTheExpectedFindings(String name) throws Exception {
        List<Finding> findings = ProjectLinter.lint(ProjectLoader.load(broken(name)));
        assertThat(findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.rule()).toList())
                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(name));
        for (Finding f : findings) {
            // a rule reports at most the severity the registry gives it
            assertThat(f.severity().compareTo(LintRules.byId(f.rule()).orElseThrow().severity())).as(f.rule())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void everyRuleOfTheRegistryHasABrokenProject() {
        Set<String> covered = EXPECTED.values().stream().flatMap(List::stream)
                .map(s -> s.substring(s.indexOf(' ') + 1)).collect(Collectors.toCollection(TreeSet::new));
        covered.add(ProjectRules.UNREADABLE_FILE); // UnreadableFileTest
        Set<String> missing = LintRules.all().stream().map(LintRule::id)
                .filter(id -> !covered.contains(id) && !UNREACHABLE.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }
}
