package dev.bootdeck.project.containerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's word processing for instruction arguments ({@code COPY}, {@code ADD}, {@code WORKDIR}, {@code ENV},
 * {@code ARG}, {@code FROM}): single quotes are literal, double quotes allow the escape character before
 * {@code "}, {@code $} and itself, an unquoted escape character takes the next character literally, and
 * {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-w}}, {@code ${NAME-w}}, {@code ${NAME:+w}}, {@code ${NAME+w}},
 * {@code ${NAME:?w}}, {@code ${NAME?w}} are substituted. Other operators ({@code #}, {@code %}, {@code /}) and
 * unknown values are reported as unresolved, never guessed.
 */
public final class WordExpander {
    private final Variables vars;
    private final char escape;

    public WordExpander(Variables vars, char escape) {
        this.vars = vars;
        this.escape = escape;
    }

    public Expansion expand(String word) {
        List<String> unresolved = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = word.length();
        while (i < n) {
            char c = word.charAt(i);
            if (c == '\'') {
                int close = word.indexOf('\'', i + 1);
                if (close < 0) {
                    out.append(word, i + 1, n);
                    break;
                }
                out.append(word, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                i++;
                while (i < n && word.charAt(i) != '"') {
                    char d = word.charAt(i);
                    if (d == escape && i + 1 < n && (word.charAt(i + 1) == '"' || word.charAt(i + 1) == '$'
                            || word.charAt(i + 1) == escape)) {
                        out.append(word.charAt(i + 1));
                        i += 2;
                    } else if (d == '$') {
                        i = variable(word, i, out, unresolved);
                    } else {
                        out.append(d);
                        i++;
                    }
                }
                i++;
            } else if (c == escape) {
                if (i + 1 < n) {
                    out.append(word.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$') {
                i = variable(word, i, out, unresolved);
            } else {
                out.append(c);
                i++;
            }
        }
        return new Expansion(out.toString(), List.copyOf(unresolved));
    }

    /** Substitutes the variable at {@code i} (a {@code $}); returns the index after it. */
    private int variable(String word, int i, StringBuilder out, List<String> unresolved) {
        int n = word.length();
        if (i + 1 >= n) {
            out.append('$');
            return i + 1;
        }
        char c = word.charAt(i + 1);
        if (c == '{') {
            int close = word.indexOf('}', i + 2);
            if (close < 0) {
                unresolved.add(word.substring(i));
                return n;
            }
            String body = word.substring(i + 2, close);
            int k = 0;
            while (k < body.length() && (Character.isLetterOrDigit(body.charAt(k)) || body.charAt(k) == '_')) {
                k++;
            }
            String name = body.substring(0, k);
            String rest = body.substring(k);
            String value = vars.get(name).orElse(null);
            if (rest.isEmpty()) {
                append(name, value, out, unresolved);
            } else if (rest.startsWith(":-") || rest.startsWith("-")) {
                String alt = rest.substring(rest.startsWith(":") ? 2 : 1);
                boolean useValue = value != null && (!rest.startsWith(":") || !value.isEmpty());
                if (useValue) {
                    out.append(value);
                } else {
                    Expansion e = expand(alt);
                    out.append(e.value());
                    unresolved.addAll(e.unresolved());
                }
            } else if (rest.startsWith(":+") || rest.startsWith("+")) {
                String alt = rest.substring(rest.startsWith(":") ? 2 : 1);
                // unset or empty (for ":+"): the alternative is dropped, as in a plain build
                if (value != null && (!rest.startsWith(":") || !value.isEmpty())) {
                    Expansion e = expand(alt);
                    out.append(e.value());
                    unresolved.addAll(e.unresolved());
                }
            } else if (rest.startsWith(":?") || rest.startsWith("?")) {
                append(name, value, out, unresolved);
            } else {
                unresolved.add(name);
            }
            return close + 1;
        }
        if (Character.isLetter(c) || c == '_') {
            int k = i + 1;
            while (k < n && (Character.isLetterOrDigit(word.charAt(k)) || word.charAt(k) == '_')) {
                k++;
            }
            String name = word.substring(i + 1, k);
            append(name, vars.get(name).orElse(null), out, unresolved);
            return k;
        }
        out.append('$');
        return i + 1;
    }

    private static void append(String name, String value, StringBuilder out, List<String> unresolved) {
        if (value == null) {
            unresolved.add(name);
        } else {
            out.append(value);
        }
    }
}
