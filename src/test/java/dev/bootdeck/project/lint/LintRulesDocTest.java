package dev.bootdeck.project.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/lint-rules.md is the registry as a table; regenerate it with -Dbootdeck.writeDocs=true when rules change. */
class LintRulesDocTest {
    private static final Path DOC = Path.of("docs", "lint-rules.md");

    static String render() {
        StringBuilder b = new StringBuilder("# bootdeck lint rules\n\n"
                + "Generated from `dev.bootdeck.project.lint.LintRules` (the same list as `bootdeck lint --list-rules`)."
                + " Severity is the worst a rule reports.\n\n| rule | severity | what it finds |\n|---|---|---|\n");
        for (LintRule r : LintRules.all()) {
            b.append("| `").append(r.id()).append("` | ").append(r.severity().word()).append(" | ")
                    .append(r.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void docMatchesTheRegistry() throws Exception {
        if (Boolean.getBoolean("bootdeck.writeDocs")) {
            Files.writeString(DOC, render(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(render());
    }
}
