package dev.bootdeck.bootc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A faithful port of the INI reader of the {@code tini} crate, version 1.3.0 ({@code pinecrew/tini},
 * {@code src/parser.rs} {@code parse_line} and {@code src/lib.rs} {@code Ini::parse}), which bootc uses to read
 * bound-image files. It differs from podman's Quadlet parser in ways that change which image gets pulled, so bootdeck
 * must read these files exactly the way bootc does:
 * <ul>
 * <li>lines are split on {@code \n} (Rust {@code str::lines}); each is cut at the first {@code ;} or {@code #}
 *     anywhere in the line, then trimmed of Unicode white space (Rust {@code char::is_whitespace});</li>
 * <li>an empty result is ignored; {@code [..]} (starts with {@code [} and ends with {@code ]}) is a section whose name
 *     is the text with all leading and trailing brackets removed ({@code [[x]]} is {@code x}; {@code []} is the unnamed
 *     section), a line starting with {@code [} that does not end in {@code ]} fails;</li>
 * <li>otherwise a line with {@code =} is a pair split at the first {@code =}, key and value trimmed, quotes kept;
 *     an empty key fails; any other line fails. One failing line fails the whole file, so there is no continuation
 *     with {@code \}: a continuation line without {@code =} is an error, one with {@code =} is a bogus key;</li>
 * <li>pairs before the first section belong to the unnamed section {@code ""}; a repeated key replaces the earlier
 *     value (last one wins); a repeated section header continues the same section.</li>
 * </ul>
 * Error messages are tini's, with 1-based line numbers as tini 1.3.0 counts them.
 */
public final class TiniIni {

    private TiniIni() {
    }

    /**
     * Reads a whole file.
     *
     * @param text   the file content (decoded as UTF-8; a byte order mark is NOT removed, as in Rust)
     * @param source the file name, for the exception
     * @throws TiniParseException on the first line tini rejects
     */
    public static TiniDocument parse(String text, String source) throws TiniParseException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        List<TiniDocument.Line> lines = new ArrayList<>();
        String section = "";
        List<String> physical = rustLines(text);
        for (int i = 0; i < physical.size(); i++) {
            int number = i + 1;
            String raw = physical.get(i);
            int cut = firstCommentChar(raw);
            String content = trim(cut < 0 ? raw : raw.substring(0, cut));
            // a cut matters only when something was left before it: a whole-line comment reads the same everywhere
            boolean commentCut = cut >= 0 && !content.isEmpty();
            if (content.isEmpty()) {
                lines.add(new TiniDocument.Line(number, raw, TiniDocument.LineKind.EMPTY, section, null, null, false));
                continue;
            }
            if (content.charAt(0) == '[') {
                if (content.charAt(content.length() - 1) == ']') {
                    section = trimBrackets(content);
                    lines.add(new TiniDocument.Line(number, raw, TiniDocument.LineKind.SECTION, section, null, null,
                            commentCut));
                    continue;
                }
                throw new TiniParseException(source, "Incorrect section syntax at line " + number, number);
            }
            int eq = content.indexOf('=');
            if (eq < 0) {
                throw new TiniParseException(source, "Incorrect syntax at line " + number, number);
            }
            String key = trim(content.substring(0, eq));
            if (key.isEmpty()) {
                throw new TiniParseException(source, "Key is empty at line " + number, number);
            }
            String value = trim(content.substring(eq + 1));
            sections.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(key, value);
            lines.add(new TiniDocument.Line(number, raw, TiniDocument.LineKind.VALUE, section, key, value, commentCut));
        }
        return new TiniDocument(sections, lines);
    }

    /** Rust {@code str::lines}: split on LF, drop the empty piece after a final LF (a trailing CR is trimmed later). */
    static List<String> rustLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start));
                break;
            }
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        return out;
    }

    private static int firstCommentChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** Rust {@code trim_matches(|c| c == '[' || c == ']')}. */
    private static String trimBrackets(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (s.charAt(b) == '[' || s.charAt(b) == ']')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == '[' || s.charAt(e - 1) == ']')) {
            e--;
        }
        return s.substring(b, e);
    }

    /** Rust {@code str::trim}: removes leading and trailing characters with the Unicode White_Space property. */
    static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isRustWhitespace(s.charAt(b))) {
            b++;
        }
        while (e > b && isRustWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /**
     * Rust {@code char::is_whitespace}, the Unicode White_Space property. Not Java's {@code isWhitespace}: that one
     * excludes U+00A0, U+2007, U+202F and includes U+001C to U+001F.
     */
    static boolean isRustWhitespace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000';
    }
}
