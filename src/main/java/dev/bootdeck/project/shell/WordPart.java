package dev.bootdeck.project.shell;

/** One piece of a shell word: literal text or an expansion, and whether double or single quotes held it. */
public sealed interface WordPart {
    boolean quoted();

    /** Literal characters after quote removal. */
    record Literal(String text, boolean quoted) implements WordPart {
    }

    /**
     * A parameter expansion: {@code $name}, {@code ${name}} or {@code ${name OP arg}}.
     *
     * @param op  {@code ""} for plain; {@code ":-" "-" ":+" "+" ":?" "?" ":=" "="} for the default forms; anything
     *            else ({@code "#" "%" "/" "len"} ...) is kept as read and treated as not resolvable
     * @param arg the raw word after the operator (itself expanded when used), or ""
     */
    record Param(String name, String op, String arg, boolean quoted) implements WordPart {
    }

    /** {@code $(...)} or a backtick command substitution; {@code script} is the raw inner text. */
    record CommandSub(String script, boolean quoted) implements WordPart {
    }

    /** {@code $((...))}: arithmetic, never resolved here. */
    record Arithmetic(String expression, boolean quoted) implements WordPart {
    }
}
