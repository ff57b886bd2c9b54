package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.bootdeck.testsupport.Fixtures;

class UnitSearchPathTest {
    private static final String RUN = "/run/containers/systemd";
    private static final String ETC = "/etc/containers/systemd";
    private static final String USR = "/usr/share/containers/systemd";

    @Test
    void dropinDirectoryNamesFollowPodman() {
        assertThat(UnitSearchPath.dropinDirectoryNames("foo-bar-baz@inst.container")).containsExactly(
                "foo-bar-baz@inst.container.d", "foo-bar-baz@.container.d", "foo-bar-@.container.d",
                "foo-bar-.container.d", "foo-@.container.d", "foo-.container.d", "container.d");
        assertThat(UnitSearchPath.dropinDirectoryNames("sample-unit.service"))
                .containsExactly("sample-unit.service.d", "sample-.service.d", "service.d");
        assertThat(UnitSearchPath.dropinDirectoryNames("sample-template-unit@.service")).containsExactly(
                "sample-template-unit@.service.d", "sample-template-@.service.d", "sample-template-.service.d",
                "sample-@.service.d", "sample-.service.d", "service.d");
        assertThat(UnitSearchPath.dropinDirectoryNames("basic.image")).containsExactly("basic.image.d", "image.d");
    }

    @Test
    void earlierSearchDirectoryShadowsByFileName() {
        MemoryUnitTree tree = new MemoryUnitTree()
                .put(USR + "/web.container", "[Container]\nImage=quay.io/usr/web\n")
                .put(ETC + "/web.container", "[Container]\nImage=quay.io/etc/web\n")
                .put(USR + "/db.container", "[Container]\nImage=quay.io/usr/db\n");
        QuadletReport report = QuadletValidator.validate(tree, UnitSearchPath.ROOTFUL_DIRECTORIES);
        assertThat(report.unit("web.container").orElseThrow().image().orElseThrow().image()).isEqualTo("quay.io/etc/web");
        assertThat(report.unit("db.container").orElseThrow().unit().path()).isEqualTo(USR + "/db.container");
        assertThat(report.loadFindings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(QuadletRule.SHADOWED_UNIT.id());
            assertThat(f.file()).isEqualTo(USR + "/web.container");
        });
    }

    @Test
    void anUnparsableFileDoesNotShadowALaterOne() {
        MemoryUnitTree tree = new MemoryUnitTree()
                .put(RUN + "/web.container", "[Container]\nnot valid\n")
                .put(ETC + "/web.container", "[Container]\nImage=quay.io/etc/web\n");
        QuadletReport report = QuadletValidator.validate(tree, UnitSearchPath.ROOTFUL_DIRECTORIES);
        assertThat(report.unit("web.container").orElseThrow().unit().path()).isEqualTo(ETC + "/web.container");
        assertThat(report.loadFindings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("podman/invalid-line");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).isEqualTo("error loading \"" + RUN + "/web.container\", file contains line 2:"
                    + " \u201cnot valid\u201d which is not a key-value pair, group, or comment");
        });
    }

    @Test
    void dropinsFirstBasenameWinsMostSpecificFirstThenMergedInByteOrder() {
        MemoryUnitTree tree = new MemoryUnitTree()
                .put(ETC + "/foo-bar@x.container", "[Container]\nImage=quay.io/a/main\nEnvironment=A=main\n")
                .put(ETC + "/container.d/10-all.conf", "[Container]\nEnvironment=A=all\n")
                .put(ETC + "/foo-.container.d/10-all.conf", "[Container]\nEnvironment=A=foo-\n")
                .put(USR + "/foo-bar@x.container.d/20-img.conf", "[Container]\nImage=quay.io/a/usr\n")
                .put(ETC + "/foo-bar@.container.d/20-img.conf", "[Container]\nImage=quay.io/a/template\n")
                .put(ETC + "/foo-bar@.container.d/05-first.conf", "[Container]\nPull=never\n")
                .put(ETC + "/foo-bar@.container.d/notes.txt", "ignored")
                .put(RUN + "/container.d/30-last.conf", "[Container]\nImage=quay.io/a/last\n");
        QuadletReport report = QuadletValidator.validate(tree, UnitSearchPath.ROOTFUL_DIRECTORIES);
        UnitReport web = report.unit("foo-bar@x.container").orElseThrow();
        assertThat(web.unit().dropins()).containsExactly(
                ETC + "/foo-bar@.container.d/05-first.conf",
                ETC + "/foo-.container.d/10-all.conf",
                USR + "/foo-bar@x.container.d/20-img.conf",
                RUN + "/container.d/30-last.conf");
        assertThat(web.unit().unit().lookupAll("Container", "Environment")).containsExactly("A=main", "A=foo-");
        ImageSource image = web.image().orElseThrow();
        assertThat(image.image()).isEqualTo("quay.io/a/last");
        assertThat(image.file()).isEqualTo(RUN + "/container.d/30-last.conf");
        assertThat(image.line()).isEqualTo(2);
    }

    @Test
    void dropinResetOfAListKey() throws IOException {
        QuadletReport report = QuadletValidator.validateDirectories(List.of(Fixtures.quadlet()));
        UnitFile merged = report.unit("merged-override.container").orElseThrow().unit().unit();
        assertThat(merged.lookupAll("Container", "Environment")).containsExactly("SECOND=othervalue");
    }

    @Test
    void subdirectoriesAreSearchedRecursivelyButNotDropinDirectories() {
        MemoryUnitTree tree = new MemoryUnitTree()
                .put(ETC + "/a/b/deep.container", "[Container]\nImage=quay.io/x/deep\n")
                .put(ETC + "/top.container", "[Container]\nImage=quay.io/x/top\n")
                .put(ETC + "/weird.d/hidden.container", "[Container]\nImage=quay.io/x/hidden\n");
        UnitSearchPath path = new UnitSearchPath(tree, List.of(ETC));
        assertThat(path.sourceDirectories()).containsExactly(ETC, ETC + "/a", ETC + "/a/b");
        assertThat(path.load().units()).extracting(LoadedUnit::fileName).containsExactly("top.container", "deep.container");
    }

    @Test
    void theFixtureTreeLoadsFromDiskIncludingTestSubdir() {
        QuadletReport report = QuadletValidator.validateDirectories(List.of(Fixtures.quadlet()));
        assertThat(report.units()).extracting(u -> u.unit().fileName())
                .contains("mysleep.container", "basic.image", "merged.container");
        assertThat(report.units().stream().filter(u -> u.unit().path().contains("test_subdir")).count())
                .isGreaterThanOrEqualTo(2);
        UnitReport merged = report.unit("merged.container").orElseThrow();
        assertThat(merged.unit().dropins()).hasSize(2);
    }

    @Test
    void diskTreeFollowsRealDirectories(@TempDir Path tmp) throws IOException {
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(etc.resolve("app.container"), "[Container]\nImage=app.image\n");
        Files.writeString(etc.resolve("app.image"), "[Image]\nImage=quay.io/org/app:1\nImageTag=localhost/app:1\n");
        Files.createDirectories(etc.resolve("app.image.d"));
        Files.writeString(etc.resolve("app.image.d/10.conf"), "[Image]\nImageTag=localhost/app:2\n");
        QuadletReport report = QuadletValidator.validateDirectories(List.of(tmp.resolve("run"), etc));
        ImageSource src = report.unit("app.container").orElseThrow().image().orElseThrow();
        assertThat(src.image()).isEqualTo("localhost/app:2");
        assertThat(src.referencedUnit()).isEqualTo("app.image");
        assertThat(src.resolvedFile()).isEqualTo(etc.resolve("app.image.d/10.conf").toString());
        assertThat(src.resolvedLine()).isEqualTo(2);
        assertThat(report.findings()).isEmpty();
    }
}
