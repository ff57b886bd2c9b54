package dev.bootdeck.project.edit;

import static dev.bootdeck.project.edit.EditFixtures.read;
import static dev.bootdeck.project.edit.EditFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootdeck.project.Project;
import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectLoader;
import dev.bootdeck.project.QuadletFile;
import dev.bootdeck.testsupport.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit action, checked byte for byte against the expected files, applied and undone. */
class ProjectEditorTest {
    private static final String BID = "/usr/lib/bootc/bound-images.d/";
    private static final String QD = "/usr/share/containers/systemd/";

    /** The example of bootc's logically-bound-images documentation (../shared/seeds). */
    private static final String DOC_STYLE = "FROM quay.io/myorg/myimage:latest\n"
            + "\n"
            + "COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n"
            + "COPY ./another-app.container /usr/share/containers/systemd/another-app.container\n"
            + "\n"
            + "RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image && \\\n"
            + "    ln -s /usr/share/containers/systemd/another-app.container "
            + "/usr/lib/bootc/bound-images.d/another-app.container\n";

    /** The RHEL documentation's form: ln arguments split over lines; here with CRLF line ends. */
    private static final String RHEL_CRLF = "FROM quay.io/namespace/image:latest\r\n"
            + "COPY ./app_1.image /usr/share/containers/systemd/app_1.image\r\n"
            + "COPY ./app_2.container /usr/share/containers/systemd/app_2.container\r\n"
            + "RUN ln -s /usr/share/containers/systemd/app_1.image \\\r\n"
            + "       /usr/lib/bootc/bound-images.d/app_1.image && \\\r\n"
            + "    ln -s /usr/share/containers/systemd/app_2.container \\\r\n"
            + "       /usr/lib/bootc/bound-images.d/app_2.container\r\n";

    private static void docProject(Path dir) throws Exception {
        write(dir, "Containerfile", DOC_STYLE);
        write(dir, "my-app.image", "[Image]\nImage=quay.io/myorg/my-app:1.0\n");
        write(dir, "another-app.container", "[Container]\nImage=quay.io/myorg/another:2.0\n"
                + "GlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\n");
    }

    private static void rhelProject(Path dir) throws Exception {
        write(dir, "Containerfile", RHEL_CRLF);
        write(dir, "app_1.image", "[Image]\r\nImage=quay.io/ns/app1:1\r\n");
        write(dir, "app_2.container", "[Container]\r\nImage=quay.io/ns/app2:1\r\n"
                + "GlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\r\n");
    }

    private static EditHistory applied(Path dir, EditPlan plan) throws ProjectException {
        EditHistory h = new EditHistory(dir);
        h.apply(plan);
        return h;
    }

    @Test
    void createInTheBootcFixtureProjectJoinsTheChainAndReusesTheTreeCopy(@TempDir Path dir) throws Exception {
        EditFixtures.copyTree(Fixtures.boundImages().resolve("project"), dir);
        String before = read(dir, "Containerfile");
        Project p = ProjectLoader.load(dir);
        EditPlan plan = new ProjectEditor(p).createBoundImage(NewBoundImage.of(NewBoundImage.Kind.CONTAINER, "web",
                "quay.io/acme/web:1.4"));
        String q = "tests/containerfiles/lbi/usr/share/containers/systemd/web.container";
        assertThat(plan.paths()).containsExactly(q, "Containerfile");
        EditHistory h = applied(dir, plan);
        assertThat(read(dir, q)).isEqualTo("[Unit]\nDescription=web (logically bound image)\n\n[Container]\n"
                + "Image=quay.io/acme/web:1.4\nGlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\n"
                + "\n[Install]\nWantedBy=default.target\n");
        assertThat(read(dir, "Containerfile")).isEqualTo(before.substring(0, before.length() - 1)
                + " && \\\n    ln -s /usr/share/containers/systemd/web.container "
                + "/usr/lib/bootc/bound-images.d/web.container\n");
        Project after = ProjectLoader.load(dir);
        QuadletFile web = after.quadletFile(q).orElseThrow();
        assertThat(web.bindings().get(0).origin().line()).isEqualTo(43);
        assertThat(after.boundImages()).contains("quay.io/acme/web:1.4").hasSize(4);
        h.undo();
        assertThat(read(dir, "Containerfile")).isEqualTo(before);
        assertThat(Files.exists(dir.resolve(q))).isFalse();
    }

    @Test
    void createInTheDocStyleAddsACopyLineAndJoinsTheChain(@TempDir Path dir) throws Exception {
        docProject(dir);
        EditPlan plan = new ProjectEditor(ProjectLoader.load(dir)).createBoundImage(
                NewBoundImage.of(NewBoundImage.Kind.IMAGE, "new-app", "quay.io/myorg/new-app:3.1"));
        assertThat(plan.diff()).contains("+COPY ./new-app.image /usr/share/containers/systemd/new-app.image");
        applied(dir, plan);
        assertThat(read(dir, "new-app.image")).isEqualTo("[Image]\nImage=quay.io/myorg/new-app:3.1\n");
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/myorg/myimage:latest\n"
                + "\n"
                + "COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n"
                + "COPY ./another-app.container /usr/share/containers/systemd/another-app.container\n"
                + "COPY ./new-app.image /usr/share/containers/systemd/new-app.image\n"
                + "\n"
                + "RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image"
                + " && \\\n"
                + "    ln -s /usr/share/containers/systemd/another-app.container "
                + "/usr/lib/bootc/bound-images.d/another-app.container && \\\n"
                + "    ln -s /usr/share/containers/systemd/new-app.image /usr/lib/bootc/bound-images.d/new-app.image\n");
    }

    @Test
    void unbindLastFirstAndOnlyFixTheJoins(@TempDir Path dir) throws Exception {
        docProject(dir);
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("another-app.container"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/myorg/myimage:latest\n\n"
                + "COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n"
                + "COPY ./another-app.container /usr/share/containers/systemd/another-app.container\n\n"
                + "RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("my-app.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/myorg/myimage:latest\n\n"
                + "COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n"
                + "COPY ./another-app.container /usr/share/containers/systemd/another-app.container\n\n");
        assertThat(ProjectLoader.load(dir).bindings()).isEmpty();
    }

    @Test
    void unbindTheFirstOfAChain(@TempDir Path dir) throws Exception {
        docProject(dir);
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("my-app.image"));
        assertThat(read(dir, "Containerfile")).endsWith("\n\nRUN ln -s /usr/share/containers/systemd/another-app"
                + ".container /usr/lib/bootc/bound-images.d/another-app.container\n");
        assertThat(read(dir, "my-app.image")).isEqualTo("[Image]\nImage=quay.io/myorg/my-app:1.0\n");
    }

    @Test
    void unbindTheMiddleOfAChain(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY q/ " + QD + "\nRUN ln -s " + QD + "a.image " + BID + "a.image && \\\n"
                + "    ln -s " + QD + "b.image " + BID + "b.image && \\\n"
                + "    ln -s " + QD + "c.image " + BID + "c.image\n");
        for (String n : new String[] {"a", "b", "c"}) {
            write(dir, "q/" + n + ".image", "[Image]\nImage=quay.io/x/" + n + ":1\n");
        }
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("q/b.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\nCOPY q/ " + QD + "\nRUN ln -s " + QD + "a.image "
                + BID + "a.image && \\\n    ln -s " + QD + "c.image " + BID + "c.image\n");
    }

    @Test
    void rhelStyleWithCrlfKeepsSplitArgumentsAndLineEnds(@TempDir Path dir) throws Exception {
        rhelProject(dir);
        EditHistory h = applied(dir, new ProjectEditor(ProjectLoader.load(dir)).createBoundImage(
                NewBoundImage.of(NewBoundImage.Kind.IMAGE, "app_3", "quay.io/ns/app3:1")));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/namespace/image:latest\r\n"
                + "COPY ./app_1.image /usr/share/containers/systemd/app_1.image\r\n"
                + "COPY ./app_2.container /usr/share/containers/systemd/app_2.container\r\n"
                + "COPY ./app_3.image /usr/share/containers/systemd/app_3.image\r\n"
                + "RUN ln -s /usr/share/containers/systemd/app_1.image \\\r\n"
                + "       /usr/lib/bootc/bound-images.d/app_1.image && \\\r\n"
                + "    ln -s /usr/share/containers/systemd/app_2.container \\\r\n"
                + "       /usr/lib/bootc/bound-images.d/app_2.container && \\\r\n"
                + "    ln -s /usr/share/containers/systemd/app_3.image \\\r\n"
                + "       /usr/lib/bootc/bound-images.d/app_3.image\r\n");
        assertThat(ProjectLoader.load(dir).quadletFile("app_3.image").orElseThrow().bound()).isTrue();
        h.undo();
        assertThat(read(dir, "Containerfile")).isEqualTo(RHEL_CRLF);
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("app_1.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/namespace/image:latest\r\n"
                + "COPY ./app_1.image /usr/share/containers/systemd/app_1.image\r\n"
                + "COPY ./app_2.container /usr/share/containers/systemd/app_2.container\r\n"
                + "RUN ln -s /usr/share/containers/systemd/app_2.container \\\r\n"
                + "       /usr/lib/bootc/bound-images.d/app_2.container\r\n");
    }

    @Test
    void renameChangesFileCopyAndLinkLines(@TempDir Path dir) throws Exception {
        docProject(dir);
        EditHistory h = applied(dir, new ProjectEditor(ProjectLoader.load(dir)).rename("my-app.image", "app1.image"));
        assertThat(Files.exists(dir.resolve("my-app.image"))).isFalse();
        assertThat(read(dir, "app1.image")).isEqualTo("[Image]\nImage=quay.io/myorg/my-app:1.0\n");
        assertThat(read(dir, "Containerfile")).isEqualTo(DOC_STYLE
                .replace("COPY ./my-app.image /usr/share/containers/systemd/my-app.image",
                        "COPY ./app1.image /usr/share/containers/systemd/app1.image")
                .replace("ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image",
                        "ln -s /usr/share/containers/systemd/app1.image /usr/lib/bootc/bound-images.d/app1.image"));
        assertThat(ProjectLoader.load(dir).quadletFile("app1.image").orElseThrow().bound()).isTrue();
        h.undo();
        assertThat(read(dir, "Containerfile")).isEqualTo(DOC_STYLE);
        assertThat(read(dir, "my-app.image")).isEqualTo("[Image]\nImage=quay.io/myorg/my-app:1.0\n");
        assertThat(Files.exists(dir.resolve("app1.image"))).isFalse();
    }

    @Test
    void renameUpdatesUnitsThatUseTheImageByName(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY q/ " + QD + "\nRUN ln -s " + QD + "db.image " + BID + "\n");
        write(dir, "q/db.image", "[Image]\nImage=quay.io/x/db:1\n");
        write(dir, "q/app.container", "# the app\n[Container]\nImage=db.image\nExec=run\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).rename("q/db.image", "database.image"));
        assertThat(read(dir, "q/app.container")).isEqualTo("# the app\n[Container]\nImage=database.image\nExec=run\n");
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\nCOPY q/ " + QD + "\nRUN ln -s " + QD
                + "database.image " + BID + "\n");
    }

    @Test
    void deleteRemovesFileCopyLineAndLink(@TempDir Path dir) throws Exception {
        docProject(dir);
        EditHistory h = applied(dir, new ProjectEditor(ProjectLoader.load(dir)).delete("another-app.container"));
        assertThat(Files.exists(dir.resolve("another-app.container"))).isFalse();
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/myorg/myimage:latest\n\n"
                + "COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n\n"
                + "RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image\n");
        h.undo();
        assertThat(read(dir, "Containerfile")).isEqualTo(DOC_STYLE);
        assertThat(read(dir, "another-app.container")).startsWith("[Container]");
    }

    @Test
    void deleteRemovesOneSourceOfAMultiSourceCopy(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY a.image b.image " + QD + "\n");
        write(dir, "a.image", "[Image]\nImage=quay.io/x/a:1\n");
        write(dir, "b.image", "[Image]\nImage=quay.io/x/b:1\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).delete("a.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\nCOPY b.image " + QD + "\n");
    }

    @Test
    void bindWithoutAnyBindingYetAddsARunLineAfterTheCopy(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM quay.io/fedora/fedora-bootc:42\nCOPY rootfs/ /\nRUN dnf -y install htop");
        write(dir, "rootfs/etc/containers/systemd/mon.container", "[Container]\nImage=quay.io/x/mon:1\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).bind("rootfs/etc/containers/systemd/mon.container"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM quay.io/fedora/fedora-bootc:42\nCOPY rootfs/ /\n"
                + "RUN ln -s /etc/containers/systemd/mon.container /usr/lib/bootc/bound-images.d/mon.container\n"
                + "RUN dnf -y install htop");
    }

    @Test
    void bindAFileThatIsNotCopiedAddsTheCopyToo(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\n");
        write(dir, "units/a.image", "[Image]\nImage=quay.io/x/a:1\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).bind("units/a.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\n"
                + "COPY ./units/a.image /usr/share/containers/systemd/a.image\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /usr/lib/bootc/bound-images.d/a.image\n");
    }

    @Test
    void createAddsToAMultiSourceCopy(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY a.image b.image " + QD + "\nRUN ln -s " + QD + "a.image " + BID
                + "a.image\n");
        write(dir, "a.image", "[Image]\nImage=quay.io/x/a:1\n");
        write(dir, "b.image", "[Image]\nImage=quay.io/x/b:1\n");
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).createBoundImage(NewBoundImage.of(
                NewBoundImage.Kind.IMAGE, "c", "quay.io/x/c:1")));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\nCOPY a.image b.image c.image " + QD + "\n"
                + "RUN ln -s " + QD + "a.image " + BID + "a.image && \\\n    ln -s " + QD + "c.image " + BID
                + "c.image\n");
    }

    @Test
    void treeSymlinkProjectsGetANewSymlink(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY rootfs/ /\n");
        write(dir, "rootfs/usr/share/containers/systemd/a.image", "[Image]\nImage=quay.io/x/a:1\n");
        Files.createDirectories(dir.resolve("rootfs/usr/lib/bootc/bound-images.d"));
        Files.createSymbolicLink(dir.resolve("rootfs/usr/lib/bootc/bound-images.d/a.image"),
                Path.of("/usr/share/containers/systemd/a.image"));
        EditHistory h = applied(dir, new ProjectEditor(ProjectLoader.load(dir)).createBoundImage(NewBoundImage.of(
                NewBoundImage.Kind.IMAGE, "b", "quay.io/x/b:1")));
        Path link = dir.resolve("rootfs/usr/lib/bootc/bound-images.d/b.image");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/usr/share/containers/systemd/b.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\nCOPY rootfs/ /\n");
        assertThat(ProjectLoader.load(dir).quadletFile("rootfs/usr/share/containers/systemd/b.image").orElseThrow()
                .bound()).isTrue();
        h.undo();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        applied(dir, new ProjectEditor(ProjectLoader.load(dir)).unbind("rootfs/usr/share/containers/systemd/a.image"));
        assertThat(Files.exists(dir.resolve("rootfs/usr/lib/bootc/bound-images.d/a.image"),
                java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void ruleBoundFilesAreReadOnly(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\nCOPY q/ " + QD + "\n"
                + "RUN for f in " + QD + "*.image; do ln -s \"$f\" " + BID + "; done\n");
        write(dir, "q/a.image", "[Image]\nImage=quay.io/x/a:1\n");
        Project p = ProjectLoader.load(dir);
        assertThat(p.bindingRules()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.description()).isEqualTo("binds every file matching " + QD + "*.image");
            assertThat(r.entries()).containsExactly("a.image");
        });
        assertThatThrownBy(() -> new ProjectEditor(p).unbind("q/a.image")).isInstanceOf(ProjectException.class)
                .hasMessageContaining("bound by Containerfile line 3 (binds every file matching");
        EditPlan plan = new ProjectEditor(p).createBoundImage(NewBoundImage.of(NewBoundImage.Kind.IMAGE, "b",
                "quay.io/x/b:1"));
        assertThat(plan.paths()).containsExactly("q/b.image");
        assertThat(plan.notes()).singleElement().asString().contains("binds every file matching");
    }

    @Test
    void bindRefusesAlreadyBoundAndNonImageFiles(@TempDir Path dir) throws Exception {
        docProject(dir);
        write(dir, "x.volume", "[Volume]\n");
        Project p = ProjectLoader.load(dir);
        assertThatThrownBy(() -> new ProjectEditor(p).bind("my-app.image")).hasMessageContaining("already bound by "
                + "Containerfile line 6");
        assertThatThrownBy(() -> new ProjectEditor(p).bind("x.volume")).hasMessageContaining("not a .image or "
                + ".container");
        assertThatThrownBy(() -> new ProjectEditor(p).createBoundImage(NewBoundImage.of(NewBoundImage.Kind.IMAGE,
                "my-app", "quay.io/x/y:1"))).hasMessageContaining("my-app.image already exists");
        assertThatThrownBy(() -> new ProjectEditor(p).createBoundImage(NewBoundImage.of(NewBoundImage.Kind.IMAGE,
                "z", "\"quay.io/x/y:1\""))).hasMessageContaining("not an image reference");
    }

    @Test
    void planDiffIsComputedBeforeWriting(@TempDir Path dir) throws Exception {
        docProject(dir);
        EditPlan plan = new ProjectEditor(ProjectLoader.load(dir)).unbind("another-app.container");
        assertThat(read(dir, "Containerfile")).isEqualTo(DOC_STYLE);
        assertThat(plan.diff()).isEqualTo("--- a/Containerfile\n+++ b/Containerfile\n@@ -3,5 +3,4 @@\n"
                + " COPY ./my-app.image /usr/share/containers/systemd/my-app.image\n"
                + " COPY ./another-app.container /usr/share/containers/systemd/another-app.container\n \n"
                + "-RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image "
                + "&& \\\n"
                + "-    ln -s /usr/share/containers/systemd/another-app.container "
                + "/usr/lib/bootc/bound-images.d/another-app.container\n"
                + "+RUN ln -s /usr/share/containers/systemd/my-app.image /usr/lib/bootc/bound-images.d/my-app.image\n");
    }
}
