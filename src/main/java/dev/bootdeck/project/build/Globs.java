package dev.bootdeck.project.build;

import java.util.regex.Pattern;

/**
 * Glob patterns as {@code sh} and Go's {@code filepath.Match} (used by BuildKit for {@code COPY} sources) read them:
 * {@code *} and {@code ?} never match {@code /}, {@code [abc]}, {@code [a-z]}, {@code [!x]}/{@code [^x]} classes, and
 * a backslash escapes the next character. {@code **} (only in ignore files) matches any number of directories.
 */
public final class Globs {
    private Globs() {
    }

    /** Whether {@code s} holds an unescaped glob character. */
    public static boolean hasMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** A regular expression for one pattern; {@code doubleStar} enables {@code **} (ignore-file syntax). */
    public static Pattern compile(String glob, boolean doubleStar) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else if (c == '*') {
                if (doubleStar && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                        i++;
                        re.append("(?:.*/)?");
                    } else {
                        re.append(".*");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    appendClass(re, glob.substring(i + 1, close));
                    i = close;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Appends the regular expression for the body of a {@code [...]} class. Every character is written as a code
     * point escape, so no text of the glob (a leading {@code ]}, {@code [}, {@code &&}, a backslash) can break the
     * expression; a range whose ends are reversed matches nothing, as in Go's {@code filepath.Match}.
     */
    private static void appendClass(StringBuilder re, String cls) {
        boolean negated = cls.startsWith("!") || cls.startsWith("^");
        int[] cps = cls.codePoints().skip(negated ? 1 : 0).toArray();
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < cps.length; k++) {
            if (k + 2 < cps.length && cps[k + 1] == '-') {
                if (cps[k] <= cps[k + 2]) {
                    body.append(classChar(cps[k])).append('-').append(classChar(cps[k + 2]));
                }
                k += 2;
            } else {
                body.append(classChar(cps[k]));
            }
        }
        if (body.length() == 0) {
            re.append(negated ? "[\\s\\S]" : "(?!)");
        } else {
            re.append(negated ? "[^" : "[").append(body).append(']');
        }
    }

    private static String classChar(int cp) {
        return String.format("\\x{%x}", cp);
    }

    /** Whether one path segment {@code name} matches segment pattern {@code glob} (leading dots need a dot). */
    public static boolean matchSegment(String glob, String name) {
        if (name.startsWith(".") && !glob.startsWith(".")) {
            return false;
        }
        return compile(glob, false).matcher(name).matches();
    }

    /** Removes glob escapes: {@code a\*b} becomes {@code a*b}. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }
}
