package dev.bootdeck.project.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.Finding;
import dev.bootdeck.project.containerfile.ContainerfileParser;
import dev.bootdeck.project.image.ImageEntry;
import dev.bootdeck.project.image.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildSimulatorTest {
    private static final String BID = "/usr/lib/bootc/bound-images.d/";

    /** A context from paths: "dir/", "file", "link -> target", "flat => target". */
    private static BuildContext ctx(String... specs) {
        List<ContextEntry> out = new ArrayList<>();
        for (String s : specs) {
            if (s.contains(" -> ")) {
                String[] p = s.split(" -> ");
                out.add(new ContextEntry(p[0], ContextEntry.Type.SYMLINK, p[1]));
            } else if (s.contains(" => ")) {
                String[] p = s.split(" => ");
                out.add(new ContextEntry(p[0], ContextEntry.Type.FLATTENED_SYMLINK, p[1]));
            } else if (s.endsWith("/")) {
                out.add(new ContextEntry(s.substring(0, s.length() - 1), ContextEntry.Type.DIRECTORY, ""));
            } else {
                out.add(new ContextEntry(s, ContextEntry.Type.FILE, ""));
            }
            String p = s.split(" ")[0];
            for (int i = p.indexOf('/'); i > 0 && i < p.length() - 1; i = p.indexOf('/', i + 1)) {
                out.add(new ContextEntry(p.substring(0, i), ContextEntry.Type.DIRECTORY, ""));
            }
        }
        return new BuildContext(out);
    }

    private static Simulation sim(String containerfile, BuildContext ctx) {
        return BuildSimulator.simulate(ContainerfileParser.parse("Containerfile", containerfile), ctx);
    }

    private static ImageEntry.Symlink link(Simulation s, String path) {
        return (ImageEntry.Symlink) s.image().get(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    private static String landed(Simulation s, String path) {
        return ((ImageEntry.ProjectFile) s.image().get(path).orElseThrow(() -> new AssertionError("no " + path)))
                .projectPath();
    }

    @Test
    void bootcFixtureStyle() {
        BuildContext c = ctx("lbi/usr/share/containers/systemd/curl.container",
                "lbi/usr/share/containers/systemd/podman.image");
        Simulation s = sim("FROM quay.io/x:1\nCOPY lbi/usr/. /usr\n"
                + "RUN ln -s /usr/share/containers/systemd/curl.container " + BID + "curl.container && \\\n"
                + "    ln -s /usr/share/containers/systemd/podman.image " + BID + "podman.image\n", c);
        assertThat(landed(s, "/usr/share/containers/systemd/curl.container"))
                .isEqualTo("lbi/usr/share/containers/systemd/curl.container");
        assertThat(link(s, BID + "curl.container").target()).isEqualTo("/usr/share/containers/systemd/curl.container");
        assertThat(link(s, BID + "curl.container").origin().line()).isEqualTo(3);
        assertThat(link(s, BID + "podman.image").origin().line()).isEqualTo(4);
        assertThat(s.links()).allSatisfy(l -> assertThat(l.chain()).isPresent());
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void rootfsTreeWithRealAndFlattenedSymlinks() {
        BuildContext c = ctx("rootfs/usr/share/containers/systemd/a.image",
                "rootfs/usr/share/containers/systemd/b.image",
                "rootfs/usr/lib/bootc/bound-images.d/a.image -> /usr/share/containers/systemd/a.image",
                "rootfs/usr/lib/bootc/bound-images.d/b.image => ../../../share/containers/systemd/b.image");
        Simulation s = sim("FROM x\nCOPY rootfs/ /\n", c);
        assertThat(link(s, BID + "a.image").origin().kind()).isEqualTo(Origin.Kind.TREE_SYMLINK);
        assertThat(link(s, BID + "a.image").origin().projectPath())
                .isEqualTo("rootfs/usr/lib/bootc/bound-images.d/a.image");
        assertThat(link(s, BID + "b.image").origin().kind()).isEqualTo(Origin.Kind.FLATTENED_SYMLINK);
        assertThat(s.image().resolve(BID + "b.image").entry()).containsInstanceOf(ImageEntry.ProjectFile.class);
    }

    @Test
    void destinationFileOrDirectorySemantics() {
        BuildContext c = ctx("a.image", "b.image", "q/c.container", "q/d.container");
        Simulation s = sim("FROM x\n"
                + "COPY a.image /usr/share/containers/systemd/a.image\n"
                + "COPY b.image /etc/containers/systemd\n"
                + "COPY q/*.container /usr/share/containers/systemd2\n"
                + "COPY a.image b.image /srv/\n"
                + "WORKDIR /opt/app\n"
                + "COPY a.image rel/\n"
                + "COPY q/c.container /usr/share/containers/systemd\n", c);
        assertThat(landed(s, "/usr/share/containers/systemd/a.image")).isEqualTo("a.image");
        // no trailing slash, /etc/containers/systemd does not exist yet: written as that file
        assertThat(landed(s, "/etc/containers/systemd")).isEqualTo("b.image");
        assertThat(landed(s, "/usr/share/containers/systemd2/c.container")).isEqualTo("q/c.container");
        assertThat(landed(s, "/usr/share/containers/systemd2/d.container")).isEqualTo("q/d.container");
        assertThat(landed(s, "/srv/b.image")).isEqualTo("b.image");
        assertThat(landed(s, "/opt/app/rel/a.image")).isEqualTo("a.image");
        // the directory exists now (line 2 made it): the file goes into it
        assertThat(landed(s, "/usr/share/containers/systemd/c.container")).isEqualTo("q/c.container");
        assertThat(s.findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.COPY_DESTINATION_NOT_A_DIRECTORY, 3));
    }

    @Test
    void directorySourcesCopyTheirContents() {
        BuildContext c = ctx("a/x.image", "a/sub/y.image", "b/z.image", "./");
        Simulation s = sim("FROM x\nCOPY a /d1\nCOPY a/. /d2\nCOPY b/ /d3/\nCOPY --from=nowhere:1 a /d4\n", c);
        assertThat(landed(s, "/d1/x.image")).isEqualTo("a/x.image");
        assertThat(landed(s, "/d1/sub/y.image")).isEqualTo("a/sub/y.image");
        assertThat(landed(s, "/d2/x.image")).isEqualTo("a/x.image");
        assertThat(landed(s, "/d3/z.image")).isEqualTo("b/z.image");
        assertThat(s.image().get("/d4")).isEmpty();
    }

    @Test
    void parentsFlagKeepsPaths() {
        BuildContext c = ctx("x/./y/a.image", "x/y/a.image");
        Simulation s = sim("FROM x\nCOPY --parents x/y/a.image /p/\nCOPY --parents x/./y/a.image /q/\n", c);
        assertThat(landed(s, "/p/x/y/a.image")).isEqualTo("x/y/a.image");
        assertThat(landed(s, "/q/y/a.image")).isEqualTo("x/y/a.image");
    }

    @Test
    void argAndEnvSubstituteInPaths() {
        BuildContext c = ctx("a.image");
        Simulation s = sim("ARG QDIR=/usr/share/containers/systemd\nFROM x\nARG QDIR\nENV LINKS=" + BID
                + "\nCOPY a.image ${QDIR}/\nRUN ln -s $QDIR/a.image \"$LINKS\"\nARG NOVALUE\n"
                + "COPY a.image $NOVALUE/x.image\n", c);
        assertThat(landed(s, "/usr/share/containers/systemd/a.image")).isEqualTo("a.image");
        assertThat(link(s, BID + "a.image").target()).isEqualTo("/usr/share/containers/systemd/a.image");
        assertThat(s.findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.UNRESOLVED_VARIABLE, 8));
    }

    @Test
    void everyLnForm() {
        BuildContext c = ctx("q/a.image", "q/b.image", "q/c.image", "q/d.container", "q/e.image", "q/f.image");
        Simulation s = sim("FROM x\nCOPY q/ /usr/share/containers/systemd/\n"
                + "RUN ln -sf /usr/share/containers/systemd/a.image " + BID + "\n"
                + "RUN ln -s -f --symbolic /usr/share/containers/systemd/b.image " + BID + "b.image; "
                + "ln -sr /usr/share/containers/systemd/c.image " + BID + "c.image\n"
                + "RUN cd " + BID + " && ln -s ../../../share/containers/systemd/d.container .\n"
                + "RUN ln -st " + BID + " /usr/share/containers/systemd/e.image\n"
                + "RUN ln -s -T /usr/share/containers/systemd/f.image " + BID + "f.image\n", c);
        assertThat(link(s, BID + "a.image").target()).isEqualTo("/usr/share/containers/systemd/a.image");
        assertThat(link(s, BID + "b.image").origin().line()).isEqualTo(4);
        assertThat(link(s, BID + "c.image").target()).isEqualTo("../../../share/containers/systemd/c.image");
        assertThat(link(s, BID + "d.container").target()).isEqualTo("../../../share/containers/systemd/d.container");
        assertThat(s.image().resolve(BID + "d.container").entry()).containsInstanceOf(ImageEntry.ProjectFile.class);
        assertThat(link(s, BID + "e.image").origin().line()).isEqualTo(6);
        assertThat(link(s, BID + "f.image").origin().line()).isEqualTo(7);
    }

    @Test
    void rhelStyleArgumentsSplitAcrossLines() {
        BuildContext c = ctx("app1.image", "app2.container");
        Simulation s = sim("FROM quay.io/x:latest\n"
                + "COPY ./app1.image /usr/share/containers/systemd/app1.image\n"
                + "COPY ./app2.container /usr/share/containers/systemd/app2.container\n"
                + "RUN ln -s /usr/share/containers/systemd/app1.image \\\n"
                + "       " + BID + "app1.image && \\\n"
                + "    ln -s /usr/share/containers/systemd/app2.container \\\n"
                + "       " + BID + "app2.container\n", c);
        assertThat(link(s, BID + "app1.image").origin().line()).isEqualTo(4);
        assertThat(link(s, BID + "app2.container").origin().line()).isEqualTo(6);
        assertThat(s.image().resolve(BID + "app2.container").entry().orElseThrow())
                .isEqualTo(new ImageEntry.ProjectFile("app2.container",
                        new Origin(Origin.Kind.COPY, 3, "app2.container", "")));
    }

    @Test
    void loopsGlobsAndFindAreRules() {
        BuildContext c = ctx("q/a.image", "q/b.image", "q/c.container", "r/x.container", "r/y.container");
        Simulation s = sim("FROM x\nCOPY q/ /usr/share/containers/systemd/\nCOPY r/ /etc/containers/systemd/\n"
                + "RUN for f in /usr/share/containers/systemd/*.image; do ln -s \"$f\" " + BID
                + "$(basename \"$f\"); done\n"
                + "RUN ln -s /usr/share/containers/systemd/*.container " + BID + "\n"
                + "RUN find /etc/containers/systemd -name '*.container' -exec ln -s {} " + BID + " \\;\n", c);
        assertThat(link(s, BID + "a.image").origin().kind()).isEqualTo(Origin.Kind.RULE);
        assertThat(link(s, BID + "a.image").origin().rule())
                .isEqualTo("binds every file matching /usr/share/containers/systemd/*.image");
        assertThat(link(s, BID + "b.image").origin().line()).isEqualTo(4);
        assertThat(link(s, BID + "c.container").origin().rule())
                .isEqualTo("binds every file matching /usr/share/containers/systemd/*.container");
        assertThat(link(s, BID + "x.container").target()).isEqualTo("/etc/containers/systemd/x.container");
        assertThat(link(s, BID + "y.container").origin().rule()).startsWith("binds every file in /etc/containers");
        assertThat(s.links()).allSatisfy(l -> assertThat(l.chain()).isEmpty());
    }

    @Test
    void heredocScriptsAndJsonForm() {
        BuildContext c = ctx("a.image", "b.image");
        Simulation s = sim("FROM x\nCOPY a.image b.image /usr/share/containers/systemd/\nRUN <<EOF\nset -e\n"
                + "ln -s /usr/share/containers/systemd/a.image " + BID + "a.image\nEOF\n"
                + "RUN [\"ln\", \"-s\", \"/usr/share/containers/systemd/b.image\", \"" + BID + "b.image\"]\n", c);
        assertThat(link(s, BID + "a.image").origin().line()).isEqualTo(5);
        assertThat(link(s, BID + "b.image").origin().line()).isEqualTo(7);
    }

    @Test
    void copyFromAnEarlierStage() {
        BuildContext c = ctx("a.image");
        Simulation s = sim("FROM x AS files\nCOPY a.image /out/a.image\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /out/links/a.image\n"
                + "FROM x\nCOPY --from=files /out/a.image /usr/share/containers/systemd/\n"
                + "COPY --from=files /out/links/ " + BID + "\n", c);
        assertThat(landed(s, "/usr/share/containers/systemd/a.image")).isEqualTo("a.image");
        assertThat(link(s, BID + "a.image").origin().line()).isEqualTo(3);
    }

    @Test
    void hardLinksAndRedirectionsMakeRegularFiles() {
        BuildContext c = ctx("a.image");
        Simulation s = sim("FROM x\nCOPY a.image /usr/share/containers/systemd/\n"
                + "RUN ln /usr/share/containers/systemd/a.image " + BID + "a.image && echo x > " + BID + "b.image\n",
                c);
        assertThat(s.image().get(BID + "a.image")).containsInstanceOf(ImageEntry.ProjectFile.class);
        assertThat(s.image().get(BID + "b.image")).containsInstanceOf(ImageEntry.OtherFile.class);
    }

    @Test
    void rmRemovesAndDuplicateLinkFails() {
        BuildContext c = ctx("a.image", "rootfs/usr/lib/bootc/bound-images.d/a.image -> /x");
        Simulation s = sim("FROM x\nCOPY rootfs/ /\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image " + BID + "a.image\n"
                + "RUN rm -f " + BID + "a.image && ln -s /y " + BID + "z.image\n", c);
        assertThat(s.findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.LINK_EXISTS, 3));
        assertThat(s.image().get(BID + "a.image")).isEmpty();
        assertThat(link(s, BID + "z.image").target()).isEqualTo("/y");
    }

    @Test
    void unreadableCommandsOnBoundImagesAreReportedNotGuessed() {
        Simulation s = sim("FROM x\nRUN ls /q/*.image | xargs -I{} ln -s {} " + BID + "\n"
                + "RUN cp -a /q/x.image " + BID + "\nRUN echo unrelated | tee /tmp/x\n", ctx());
        assertThat(s.findings()).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rules.UNREADABLE_BINDING, 2),
                org.assertj.core.groups.Tuple.tuple(Rules.UNREADABLE_BINDING, 3));
    }

    @Test
    void missingQuadletSourceIsAnErrorOtherMissingSourcesAreNotOurs() {
        Simulation s = sim("FROM x\nCOPY hack/build.sh /build.sh\nCOPY missing.image /usr/share/containers/systemd/\n",
                ctx());
        assertThat(s.findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rules.MISSING_COPY_SOURCE, 3));
    }
}
