package dev.bootdeck.project.shell;

import java.util.List;

/**
 * One shell word as written, with its span in the script and its parts after quote removal.
 *
 * @param raw   the text as written (quotes and escapes included)
 * @param start index of its first character in the script
 * @param end   index just past it
 * @param parts literal pieces and expansions in order
 */
public record Word(String raw, int start, int end, List<WordPart> parts) {

    /** True when the word has no expansion at all. */
    public boolean isLiteral() {
        return parts.stream().allMatch(p -> p instanceof WordPart.Literal);
    }

    /** The word after quote removal; only meaningful when {@link #isLiteral()}. */
    public String literal() {
        StringBuilder b = new StringBuilder();
        for (WordPart p : parts) {
            if (p instanceof WordPart.Literal l) {
                b.append(l.text());
            }
        }
        return b.toString();
    }

    /** True for an unquoted literal word equal to {@code s} (how reserved words such as {@code do} are spotted). */
    public boolean is(String s) {
        return parts.size() == 1 && parts.get(0) instanceof WordPart.Literal l && !l.quoted() && l.text().equals(s);
    }
}
