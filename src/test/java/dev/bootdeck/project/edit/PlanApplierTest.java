package dev.bootdeck.project.edit;

import static dev.bootdeck.project.edit.EditFixtures.read;
import static dev.bootdeck.project.edit.EditFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootdeck.project.ProjectException;
import dev.bootdeck.project.ProjectLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanApplierTest {

    private static FileChange change(String path, FileState before, FileState after) {
        return new FileChange(path, before, after, UnifiedDiff.of(path, before, after));
    }

    private static FileState text(String s) {
        return new FileState.Regular(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void allOrNothingWhenAStepFails(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "old a\n");
        write(dir, "blocker", "a file where a directory is needed\n");
        EditPlan plan = new EditPlan("two files", List.of(
                change("a.txt", text("old a\n"), text("new a\n")),
                change("new.txt", FileState.absent(), text("new\n")),
                change("blocker/x.image", FileState.absent(), text("x\n"))), List.of());
        assertThatThrownBy(() -> PlanApplier.apply(dir, plan)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("every file was restored");
        assertThat(read(dir, "a.txt")).isEqualTo("old a\n");
        assertThat(Files.exists(dir.resolve("new.txt"))).isFalse();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "blocker");
        }
    }

    @Test
    void refusesWhenAFileChangedSinceThePlanWasMade(@TempDir Path dir) throws Exception {
        write(dir, "a.txt", "old\n");
        EditPlan plan = new EditPlan("edit", List.of(change("a.txt", text("old\n"), text("new\n")),
                change("b.txt", FileState.absent(), text("b\n"))), List.of());
        write(dir, "a.txt", "someone else\n");
        assertThatThrownBy(() -> PlanApplier.apply(dir, plan)).hasMessageContaining(
                "a.txt changed on disk since the plan was made; nothing was written");
        assertThat(Files.exists(dir.resolve("b.txt"))).isFalse();
    }

    @Test
    void undoRestoresExactBytesAndRefusesAfterOutsideChanges(@TempDir Path dir) throws Exception {
        write(dir, "Containerfile", "FROM x\r\nCOPY a.image /usr/share/containers/systemd/\r\n");
        write(dir, "a.image", "[Image]\r\nImage=quay.io/x/a:1\r\n");
        byte[] before = Files.readAllBytes(dir.resolve("Containerfile"));
        EditHistory h = new EditHistory(dir);
        h.apply(new ProjectEditor(ProjectLoader.load(dir)).bind("a.image"));
        assertThat(read(dir, "Containerfile")).isEqualTo("FROM x\r\nCOPY a.image /usr/share/containers/systemd/\r\n"
                + "RUN ln -s /usr/share/containers/systemd/a.image /usr/lib/bootc/bound-images.d/a.image\r\n");
        write(dir, "Containerfile", read(dir, "Containerfile") + "# edited elsewhere\r\n");
        assertThatThrownBy(h::undo).hasMessageContaining("Containerfile changed on disk after the edit; nothing was "
                + "written");
        assertThat(h.canUndo()).isTrue();
        String edited = read(dir, "Containerfile");
        write(dir, "Containerfile", edited.substring(0, edited.length() - "# edited elsewhere\r\n".length()));
        h.undo();
        assertThat(Files.readAllBytes(dir.resolve("Containerfile"))).isEqualTo(before);
        assertThat(h.canUndo()).isFalse();
        assertThatThrownBy(h::undo).hasMessage("Nothing to undo");
    }

    @Test
    void diffsShowCreatedDeletedAndSymlinkFiles() {
        assertThat(UnifiedDiff.of("n.image", FileState.absent(), text("[Image]\nImage=q/x:1\n"))).isEqualTo(
                "--- /dev/null\n+++ b/n.image\n@@ -0,0 +1,2 @@\n+[Image]\n+Image=q/x:1\n");
        assertThat(UnifiedDiff.of("o.image", text("a\n"), FileState.absent())).isEqualTo(
                "--- a/o.image\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-a\n");
        assertThat(UnifiedDiff.of("l", FileState.absent(), new FileState.Symlink("/usr/x"))).contains("+symlink -> /usr/x");
        assertThat(UnifiedDiff.of("c", text("a\nb"), text("a\nb\n"))).isEqualTo(
                "--- a/c\n+++ b/c\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    }

    @Test
    void writtenFilesKeepTheirPermissionsAndNewOnesAreWorldReadable(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path old = dir.resolve("Containerfile");
        Files.writeString(old, "FROM x\n");
        Files.setPosixFilePermissions(old, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        EditPlan plan = new EditPlan("perms", java.util.List.of(
                change("Containerfile", new FileState.Regular("FROM x\n".getBytes()),
                        new FileState.Regular("FROM y\n".getBytes())),
                change("quadlet/new.image", FileState.absent(),
                        new FileState.Regular("[Image]\nImage=quay.io/a/b:1\n".getBytes()))), java.util.List.of());
        PlanApplier.apply(dir, plan);
        assertThat(Files.readString(old)).isEqualTo("FROM y\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
                .isEqualTo("rw-r-----");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("quadlet/new.image")))).isEqualTo("rw-r--r--");
    }
}
