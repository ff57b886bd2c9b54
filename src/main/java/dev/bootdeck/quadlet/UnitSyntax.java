package dev.bootdeck.quadlet;

/**
 * Classifies one logical line exactly like podman's {@code UnitFileParser.parseLine}: comment, group header,
 * key/value pair, or something else, with podman's own error text. Both the lossless {@link UnitDocument} and the
 * semantic {@link UnitFileParser} use it, so they can never disagree about what a line is.
 */
final class UnitSyntax {
    private UnitSyntax() {
    }

    /** What a logical line is. */
    sealed interface Classified permits Comment, Group, KeyValue, Invalid {
    }

    /** A blank line or one starting with {@code #} or {@code ;}. */
    record Comment(String text) implements Classified {
    }

    /** {@code [name]}; {@code error} is podman's message when the name is invalid, else null. */
    record Group(String name, String error) implements Classified {
    }

    /** {@code key=value}; {@code error} is podman's message when the key is invalid, else null. */
    record KeyValue(String key, String value, String error) implements Classified {
    }

    /** Anything else. {@code message} lacks the line number; see {@link #invalidLineMessage}. */
    record Invalid(String line) implements Classified {
    }

    static boolean isComment(String trimmed) {
        return trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == ';';
    }

    static boolean isGroup(String line) {
        if (line.isEmpty() || line.charAt(0) != '[') {
            return false;
        }
        int end = line.indexOf(']');
        if (end < 0) {
            return false;
        }
        for (int i = end + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    static boolean isGroupNameValid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (c == '[' || c == ']' || GoText.isControl(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static Classified classify(String line) {
        if (isComment(line)) {
            return new Comment(line);
        }
        if (isGroup(line)) {
            String name = line.substring(1, line.indexOf(']'));
            return new Group(name, isGroupNameValid(name) ? null : "invalid group name: " + name);
        }
        int eq = line.indexOf('=');
        if (eq > 0) {
            String key = chompKey(line.substring(0, eq));
            int valueStart = eq + 1;
            while (valueStart < line.length() && isSpaceFirstByte(line.charAt(valueStart))) {
                valueStart++;
            }
            String value = line.substring(valueStart);
            String error = isKeyNameValid(key) ? null : "invalid key name: " + key;
            return new KeyValue(key, value, error);
        }
        return new Invalid(line);
    }

    /** Podman's message for a line that is neither comment, group nor key/value pair. */
    static String invalidLineMessage(int lineNumber, String line) {
        return "file contains line " + lineNumber + ": \u201c" + line + "\u201d which is not a key-value pair, group, or comment";
    }

    static final String KEY_BEFORE_GROUP = "key file does not start with a group";

    private static boolean isKeyNameValid(String key) {
        return !key.isEmpty() && key.indexOf('=') < 0 && key.charAt(0) != ' ' && key.charAt(key.length() - 1) != ' ';
    }

    /**
     * Podman removes trailing white space from the key byte by byte with {@code unicode.IsSpace(rune(b))}, so the
     * bytes 0x85 and 0xA0 count as spaces even when they end a multi-byte character (for example {@code à} =
     * C3 A0). Reproduce that on the UTF-8 bytes.
     */
    private static String chompKey(String key) {
        boolean ascii = true;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            int end = key.length();
            while (end > 0 && GoText.isSpaceByte(key.charAt(end - 1))) {
                end--;
            }
            return key.substring(0, end);
        }
        byte[] bytes = LosslessUtf8.encode(key);
        int end = bytes.length;
        while (end > 0 && GoText.isSpaceByte(bytes[end - 1] & 0xFF)) {
            end--;
        }
        if (end == bytes.length) {
            return key;
        }
        byte[] cut = new byte[end];
        System.arraycopy(bytes, 0, cut, 0, end);
        return LosslessUtf8.decode(cut);
    }

    /** The value's leading white space is skipped byte by byte too; only ASCII spaces or a stray 0x85/0xA0. */
    private static boolean isSpaceFirstByte(char c) {
        if (c < 0x80) {
            return GoText.isSpaceByte(c);
        }
        int raw = LosslessUtf8.escapedByte(c);
        return raw == 0x85 || raw == 0xA0;
    }
}
