package dev.bootdeck.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.testsupport.Fixtures;

/**
 * Agreement with {@code quadlet/expectations.tsv}, row by row: the outcome (success / warning / error) podman's
 * test table expects, the message it requires, the drop-ins merged, the Image value and the resolved image. Each
 * row runs like podman's harness: the file, its dependency files and its drop-in directories in one unit dir.
 */
class ExpectationsTest {
    private static final String DIR = "/etc/containers/systemd";

    record Row(String file, String outcome, String stderr, List<String> dependencies, List<String> dropins,
            String imageKey, String resolvedImage, boolean shortName) {
        @Override
        public String toString() {
            return file + " (" + outcome + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.quadlet().resolve("expectations.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 9);
            rows.add(new Row(c[0], c[1], c[2], split(c[3], ","), split(c[4], ";"), c[5], c[6], "yes".equals(c[7])));
        }
        return rows;
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(sep));
    }

    static Stream<Row> allRows() throws IOException {
        return rows().stream();
    }

    @Test
    void everyTopLevelFixtureHasARow() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Fixtures.quadlet())) {
            files = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> QuadletType.ofFileName(n).isPresent()).sorted().toList();
        }
        assertThat(rows().stream().map(Row::file).sorted().toList()).isEqualTo(files);
        assertThat(rows()).hasSize(310);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRows")
    void rowAgrees(Row row) throws IOException {
        Row harness = row;
        if (row.outcome().equals("dependency-only")) {
            harness = rows().stream().filter(r -> r.dependencies().contains(row.file())).findFirst().orElseThrow();
        }
        QuadletReport report = QuadletValidator.validate(harnessTree(harness), List.of(DIR));
        String path = DIR + "/" + row.file();
        Optional<UnitReport> unitReport = report.unit(row.file());
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            boolean mine = f.file().equals(path) || f.file().startsWith(path + ".d/")
                    || unitReport.map(u -> u.findings().contains(f)).orElse(false);
            if (mine && f.severity() == Severity.ERROR) {
                errors.add(f);
            } else if (mine && f.severity() == Severity.WARNING) {
                warnings.add(f);
            }
        }
        String expectedStderr = row.stderr().replace("<path>", path);
        switch (row.outcome()) {
            case "success", "unreferenced", "dependency-only" -> {
                assertThat(errors).as("errors").isEmpty();
                if (row.shortName()) {
                    assertThat(warnings).as("warnings").singleElement()
                            .satisfies(w -> assertThat(w.rule()).isEqualTo(QuadletRule.SHORT_NAME.id()));
                } else {
                    assertThat(warnings).as("warnings").isEmpty();
                }
            }
            case "warning" -> {
                assertThat(errors).as("errors").isEmpty();
                assertThat(warnings).as("warnings").anySatisfy(w -> assertThat(w.message()).contains(expectedStderr));
            }
            case "error", "error(inline-test)", "unreferenced(assert-failed)" -> {
                assertThat(errors).as("errors").isNotEmpty();
                String podman = unitReport.flatMap(UnitReport::podmanError).orElse(errors.get(0).message());
                assertThat(podman).contains(expectedStderr);
            }
            default -> throw new AssertionError("unknown outcome " + row.outcome());
        }
        assertThat(warnings.stream().anyMatch(w -> w.rule().equals(QuadletRule.SHORT_NAME.id())))
                .as("short-name warning").isEqualTo(row.shortName());
        if (unitReport.isEmpty()) {
            assertThat(row.resolvedImage()).isEmpty();
            return;
        }
        UnitReport u = unitReport.get();
        assertThat(u.unit().dropins().stream().map(d -> d.substring(DIR.length() + 1)).toList())
                .as("drop-ins merged").isEqualTo(row.dropins());
        Optional<String> declared = u.unit().unit().lookup(u.unit().type().group(), "Image");
        if (row.imageKey().isEmpty()) {
            assertThat(declared.filter(s -> !s.isEmpty())).as("Image key").isEmpty();
        } else {
            assertThat(declared).as("Image key").contains(row.imageKey());
        }
        if (row.resolvedImage().startsWith("<unresolved")) {
            assertThat(u.image()).as("resolved image").isEmpty();
            assertThat(errors).anySatisfy(e -> assertThat(e.rule()).isEqualTo(QuadletRule.IMAGE_UNIT_NOT_FOUND.id()));
        } else if (row.resolvedImage().isEmpty()) {
            assertThat(u.image()).as("resolved image").isEmpty();
        } else {
            assertThat(u.image()).as("resolved image").isPresent();
            assertThat(u.image().get().image()).as("resolved image").isEqualTo(row.resolvedImage());
            assertThat(u.image().get().declared()).isEqualTo(row.imageKey());
        }
    }

    /** The unit dir podman's harness writes: the file, its dependencies, its drop-in dirs. */
    static MemoryUnitTree harnessTree(Row row) throws IOException {
        MemoryUnitTree tree = new MemoryUnitTree();
        List<String> names = new ArrayList<>();
        names.add(row.file());
        names.addAll(row.dependencies());
        for (String name : names) {
            tree.put(DIR + "/" + name, Files.readAllBytes(Fixtures.quadlet().resolve(name)));
            List<String> dropinDirs = new ArrayList<>();
            dropinDirs.add(name + ".d");
            String ext = QuadletType.extensionOf(name);
            String base = name.substring(0, name.length() - ext.length());
            int at = base.indexOf('@');
            if (at >= 0 && at < base.length() - 1) {
                dropinDirs.add(base.substring(0, at) + "@" + ext + ".d");
            }
            for (String d : dropinDirs) {
                Path dir = Fixtures.quadlet().resolve(d);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.list(dir)) {
                        for (Path p : s.toList()) {
                            tree.put(DIR + "/" + d + "/" + p.getFileName(), Files.readAllBytes(p));
                        }
                    }
                }
            }
        }
        return tree;
    }
}
