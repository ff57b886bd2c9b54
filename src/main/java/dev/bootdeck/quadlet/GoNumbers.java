package dev.bootdeck.quadlet;

/** Podman's {@code convertNumber} (strtol-like: optional sign, {@code 0x} hex, leading-0 octal, else decimal). */
final class GoNumbers {
    private GoNumbers() {
    }

    /** The number, or null when Go's {@code strconv.ParseInt} would fail. */
    static Long convertNumber(String v) {
        long mult = 1;
        if (v.startsWith("+")) {
            v = v.substring(1);
        } else if (v.startsWith("-")) {
            v = v.substring(1);
            mult = -1;
        }
        try {
            long n;
            if (v.startsWith("0x") || v.startsWith("0X")) {
                n = parse(v.substring(2), 16);
            } else if (v.startsWith("0")) {
                n = parse(v, 8);
            } else {
                n = parse(v, 10);
            }
            return n * mult;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code strconv.ParseInt} without its sign and underscore handling (the caller strips the sign first). */
    private static long parse(String digits, int radix) {
        if (digits.isEmpty()) {
            throw new NumberFormatException(digits);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
                throw new NumberFormatException(digits);
            }
        }
        return Long.parseLong(digits, radix);
    }
}
