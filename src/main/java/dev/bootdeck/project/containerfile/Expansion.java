package dev.bootdeck.project.containerfile;

import java.util.List;

/**
 * The result of substituting variables in a word.
 *
 * @param value      the word after substitution and quote removal (unresolved variables left out)
 * @param unresolved names of variables whose value cannot be known from the Containerfile; when not empty the
 *                   value must not be used as a path
 */
public record Expansion(String value, List<String> unresolved) {
    public boolean resolved() {
        return unresolved.isEmpty();
    }
}
