package dev.bootdeck.quadlet;

/**
 * Go's notion of white space and control characters, which podman's unit-file parser uses and which differ from
 * Java's ({@code Character.isWhitespace} knows neither NBSP nor U+0085). Strings here come from
 * {@link LosslessUtf8#decode}, so a byte that was not valid UTF-8 is an escaped surrogate, which Go would read as
 * {@code U+FFFD}: neither space nor control.
 */
final class GoText {
    private GoText() {
    }

    /** Go {@code unicode.IsSpace} for a code point. */
    static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /**
     * Go {@code unicode.IsSpace(rune(b))} applied to one raw byte of the UTF-8 text, as podman's key/value split
     * does byte by byte. Only ASCII spaces and the bytes 0x85 and 0xA0 qualify.
     */
    static boolean isSpaceByte(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r') || b == 0x85 || b == 0xA0;
    }

    /** Go {@code unicode.IsControl}: C0, DEL and C1. */
    static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Go {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Go {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
    static String trimRightSpace(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
