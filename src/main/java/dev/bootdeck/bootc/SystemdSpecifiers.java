package dev.bootdeck.bootc;

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
}
