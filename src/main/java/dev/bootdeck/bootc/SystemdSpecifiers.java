package dev.bootdeck.bootc;

import java.util.Optional;

/**
 * bootc's handling of systemd specifiers in a bound image's {@code Image=} value, ported from
 * {@code boundimage.rs parse_spec_value}: {@code %%} becomes {@code %}, any other {@code %x} is rejected because bootc
 * does not expand specifiers (podman's generated service would), and a lone trailing {@code %} is rejected too.
 */
public final class SystemdSpecifiers {

    private SystemdSpecifiers() {
    }

    /** The outcome: the unescaped value, or bootc's error message. */
    public record Result(String value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Applies bootc's rule to one value. */
    public static Result parse(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c != '%') {
                out.appendCodePoint(c);
                continue;
            }
            if (i >= value.length()) {
                return new Result(null, "Unterminated %");
            }
            int next = value.codePointAt(i);
            i += Character.charCount(next);
            if (next != '%') {
                return new Result(null, "Systemd specifiers are not supported by bound bootc images: " + value);
            }
            out.append('%');
        }
        return new Result(out.toString(), null);
    }

    /** The first specifier ({@code %x} other than {@code %%}) in the value, for messages; empty if there is none. */
    public static Optional<String> firstSpecifier(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '%') {
                if (i + 1 >= value.length()) {
                    return Optional.of("%");
                }
                if (value.charAt(i + 1) == '%') {
                    i++;
                    continue;
                }
                return Optional.of(value.substring(i, i + 1 + Character.charCount(value.codePointAt(i + 1))));
            }
        }
        return Optional.empty();
    }
}
