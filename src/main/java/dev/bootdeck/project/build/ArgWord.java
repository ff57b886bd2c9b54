package dev.bootdeck.project.build;

import dev.bootdeck.project.shell.Word;

/**
 * One argument of a command after shell expansion.
 *
 * @param value      the expanded text
 * @param word       the word it came from (null for JSON-form arguments and {@code find -exec} substitutions)
 * @param pattern    the glob it came from when it was a glob expansion, else null
 * @param unresolved true when a variable or command substitution in it could not be known
 */
record ArgWord(String value, Word word, String pattern, boolean unresolved) {
    boolean globbed() {
        return pattern != null;
    }
}
