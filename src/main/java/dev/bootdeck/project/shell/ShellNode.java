package dev.bootdeck.project.shell;

import java.util.List;
import java.util.Optional;

/** A command of a shell script with its span {@code [start, end)} in the script text. */
public sealed interface ShellNode {
    int start();

    int end();

    /** A simple command: {@code NAME=value} assignments, words and redirections. */
    record SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects, int start, int end)
            implements ShellNode {
        public Optional<String> name() {
            return words.isEmpty() || !words.get(0).isLiteral() ? Optional.empty()
                    : Optional.of(words.get(0).literal());
        }
    }

    /** {@code for NAME [in WORDS]; do BODY; done}; without {@code in} the items are empty (positional args). */
    record ForLoop(String variable, Optional<List<Word>> items, Script body, int start, int end)
            implements ShellNode {
    }

    /** {@code ( ... )} or {@code { ...; }}. */
    record Group(Script body, boolean subshell, int start, int end) implements ShellNode {
    }

    /** {@code if}/{@code while}/{@code until}: conditions and bodies are kept, none is known to run. */
    record Conditional(String keyword, List<Script> parts, int start, int end) implements ShellNode {
    }

    /** A construct read only as a span ({@code case ... esac}). */
    record Opaque(String keyword, int start, int end) implements ShellNode {
    }

    /** A redirection such as {@code >/dev/null} or {@code 2>&1}. */
    record Redirect(String operator, Word target, int start, int end) {
    }
}
