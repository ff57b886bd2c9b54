package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;

/**
 * Port of podman's {@code pkg/systemd/parser/split.go} (itself a port of systemd's {@code extract_first_word}
 * and {@code cunescape_one}): splits a value into words the way {@code Exec=}, {@code PodmanArgs=},
 * {@code Environment=} and the strv keys are split, including its quirks: a NUL ends the input, an empty quoted
 * word ends the whole split, {@code \xHH} becomes the code point U+00HH (not a raw byte), and an unknown escape
 * fails the whole value.
 */
public final class WordSplitter {
    /** Allow unbalanced quotes and eat a trailing backslash. */
    static final int RELAX = 1;
    /** Unescape C escapes. */
    static final int C_UNESCAPE = 1 << 1;
    /** Keep unknown escapes. */
    static final int UNESCAPE_RELAX = 1 << 2;
    /** Unescape separators. */
    static final int UNESCAPE_SEPARATORS = 1 << 3;
    /** Quotes group words and are kept. */
    static final int KEEP_QUOTE = 1 << 4;
    /** Quotes group words and are removed. */
    static final int UNQUOTE = 1 << 5;
    /** Every separator ends a word. */
    static final int DONT_COALESCE_SEPARATORS = 1 << 6;
    /** Backslash is an ordinary character. */
    static final int RETAIN_ESCAPE = 1 << 7;
    /** Do not skip the separator after a word. */
    static final int RETAIN_SEPARATORS = 1 << 8;

    static final String WHITESPACE = " \t\n\r";

    /** The flags of {@code LookupAllArgs}, {@code LookupLastArgs} and {@code LookupAllKeyVal}. */
    public static final int EXEC = RELAX | UNQUOTE | C_UNESCAPE;
    /** The flags of {@code LookupAllStrv} (systemd {@code config_parse_strv}). */
    public static final int STRV = RETAIN_ESCAPE | UNQUOTE;

    private WordSplitter() {
    }

    /** Splits a whole value on white space; throws with the splitter's message when it fails. */
    public static List<String> split(String value, int flags) throws WordSplitException {
        List<String> out = new ArrayList<>();
        String s = value;
        while (true) {
            Word w = extractFirstWord(s, WHITESPACE, flags);
            if (!w.more) {
                break;
            }
            out.add(w.word);
            s = w.remaining;
        }
        return out;
    }

    private record Word(String word, String remaining, boolean more) {
    }

    private static final class Cursor {
        final String in;
        int p;

        Cursor(String in) {
            this.in = in;
        }

        char next() {
            p++;
            return p >= in.length() ? 0 : in.charAt(p);
        }
    }

    private static Word extractFirstWord(String in, String separators, int flags) throws WordSplitException {
        StringBuilder s = new StringBuilder();
        if (in.isEmpty()) {
            return new Word("", "", false);
        }
        Cursor cur = new Cursor(in);
        char quote = 0;
        boolean backslash = false;
        char c = in.charAt(0);
        while (true) {
            if (c == 0) {
                return forceTerminate(s, cur);
            } else if (separators.indexOf(c) >= 0) {
                if ((flags & DONT_COALESCE_SEPARATORS) != 0) {
                    if ((flags & RETAIN_SEPARATORS) == 0) {
                        cur.p++;
                    }
                    return forceNext(s, cur);
                }
            } else {
                break;
            }
            c = cur.next();
        }
        while (true) {
            if (backslash) {
                if (c == 0) {
                    if ((flags & UNESCAPE_RELAX) != 0 && (quote == 0 || (flags & RELAX) != 0)) {
                        s.append('\\');
                        return forceTerminate(s, cur);
                    }
                    if ((flags & RELAX) != 0) {
                        return forceTerminate(s, cur);
                    }
                    throw new WordSplitException("unbalanced escape");
                }
                if ((flags & (C_UNESCAPE | UNESCAPE_SEPARATORS)) != 0) {
                    int r = -1;
                    int u = 0;
                    if ((flags & C_UNESCAPE) != 0) {
                        long res = cUnescapeOne(in, cur.p);
                        r = (int) (res >> 32);
                        u = (int) res;
                    }
                    if (r > 0) {
                        cur.p += r - 1;
                        appendRune(s, u);
                    } else if ((flags & UNESCAPE_SEPARATORS) != 0 && (separators.indexOf(c) >= 0 || c == '\\')) {
                        s.append(c);
                    } else if ((flags & UNESCAPE_RELAX) != 0) {
                        s.append('\\').append(c);
                    } else {
                        throw new WordSplitException("unsupported escape char");
                    }
                } else {
                    s.append(c);
                }
                backslash = false;
            } else if (quote != 0) {
                while (true) {
                    if (c == 0) {
                        if ((flags & RELAX) != 0) {
                            return forceTerminate(s, cur);
                        }
                        throw new WordSplitException("unbalanced quotes");
                    } else if (c == quote) {
                        quote = 0;
                        if ((flags & UNQUOTE) != 0) {
                            break;
                        }
                    } else if (c == '\\' && (flags & RETAIN_ESCAPE) == 0) {
                        backslash = true;
                        break;
                    }
                    s.append(c);
                    if (quote == 0) {
                        break;
                    }
                    c = cur.next();
                }
            } else {
                while (true) {
                    if (c == 0) {
                        return forceTerminate(s, cur);
                    } else if ((c == '\'' || c == '"') && (flags & (KEEP_QUOTE | UNQUOTE)) != 0) {
                        quote = c;
                        if ((flags & UNQUOTE) != 0) {
                            break;
                        }
                    } else if (c == '\\' && (flags & RETAIN_ESCAPE) == 0) {
                        backslash = true;
                        break;
                    } else if (separators.indexOf(c) >= 0) {
                        if ((flags & DONT_COALESCE_SEPARATORS) != 0) {
                            if ((flags & RETAIN_SEPARATORS) == 0) {
                                cur.p++;
                            }
                            return forceNext(s, cur);
                        }
                        if ((flags & RETAIN_SEPARATORS) == 0) {
                            while (true) {
                                if (c == 0) {
                                    return forceTerminate(s, cur);
                                }
                                if (separators.indexOf(c) < 0) {
                                    break;
                                }
                                c = cur.next();
                            }
                        }
                        return finish(s, cur);
                    }
                    s.append(c);
                    if (quote != 0) {
                        break;
                    }
                    c = cur.next();
                }
            }
            c = cur.next();
        }
    }

    private static Word forceTerminate(StringBuilder s, Cursor cur) {
        cur.p = cur.in.length();
        return finish(s, cur);
    }

    private static Word finish(StringBuilder s, Cursor cur) {
        if (s.length() == 0) {
            return new Word("", "", false);
        }
        return forceNext(s, cur);
    }

    private static Word forceNext(StringBuilder s, Cursor cur) {
        int p = Math.min(cur.p, cur.in.length());
        return new Word(s.toString(), cur.in.substring(p), true);
    }

    /** Go's {@code strings.Builder.WriteRune}: invalid code points become U+FFFD. */
    private static void appendRune(StringBuilder s, int rune) {
        if (rune < 0 || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF)) {
            s.append('\uFFFD');
        } else {
            s.appendCodePoint(rune);
        }
    }

    private static int unhex(char v) {
        if (v >= '0' && v <= '9') {
            return v - '0';
        }
        if (v >= 'a' && v <= 'f') {
            return v - 'a' + 10;
        }
        if (v >= 'A' && v <= 'F') {
            return v - 'A' + 10;
        }
        return -1;
    }

    private static int unoct(char v) {
        return v >= '0' && v <= '7' ? v - '0' : -1;
    }

    /** Port of {@code cUnescapeOne(in[at:], false)}: (consumed count << 32) | rune; count <= 0 means failure. */
    private static long cUnescapeOne(String in, int at) {
        int len = in.length() - at;
        if (len < 1) {
            return fail();
        }
        char c0 = in.charAt(at);
        int count = 1;
        int ret;
        switch (c0) {
            case 'a' -> ret = 7;
            case 'b' -> ret = '\b';
            case 'f' -> ret = '\f';
            case 'n' -> ret = '\n';
            case 'r' -> ret = '\r';
            case 't' -> ret = '\t';
            case 'v' -> ret = 0x0B;
            case '\\' -> ret = '\\';
            case '"' -> ret = '"';
            case '\'' -> ret = '\'';
            case 's' -> ret = ' ';
            case 'x' -> {
                if (len < 3) {
                    return fail();
                }
                int a = unhex(in.charAt(at + 1));
                int b = unhex(in.charAt(at + 2));
                if (a < 0 || b < 0 || (a == 0 && b == 0)) {
                    return fail();
                }
                ret = (a << 4) | b;
                count = 3;
            }
            case 'u' -> {
                if (len < 5) {
                    return fail();
                }
                int v = 0;
                for (int i = 1; i <= 4; i++) {
                    int h = unhex(in.charAt(at + i));
                    if (h < 0) {
                        return fail();
                    }
                    v = (v << 4) | h;
                }
                if (v == 0) {
                    return fail();
                }
                ret = v;
                count = 5;
            }
            case 'U' -> {
                if (len < 9) {
                    return fail();
                }
                long v = 0;
                for (int i = 1; i <= 8; i++) {
                    int h = unhex(in.charAt(at + i));
                    if (h < 0) {
                        return fail();
                    }
                    v = (v << 4) | h;
                }
                if (v == 0 || v > 0x10FFFF) {
                    return fail();
                }
                ret = (int) v;
                count = 9;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (len < 3) {
                    return fail();
                }
                int a = unoct(in.charAt(at));
                int b = unoct(in.charAt(at + 1));
                int d = unoct(in.charAt(at + 2));
                if (a < 0 || b < 0 || d < 0 || (a == 0 && b == 0 && d == 0)) {
                    return fail();
                }
                int m = (a << 6) | (b << 3) | d;
                if (m > 255) {
                    return fail();
                }
                ret = m;
                count = 3;
            }
            default -> {
                return fail();
            }
        }
        return ((long) count << 32) | (ret & 0xFFFFFFFFL);
    }

    private static long fail() {
        return -1L << 32;
    }
}
