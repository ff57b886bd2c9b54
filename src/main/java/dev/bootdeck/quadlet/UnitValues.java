package dev.bootdeck.quadlet;

/**
 * Podman's post-processing of stored values: the {@code Lookup} form (trailing blanks trimmed, one pair of
 * surrounding double quotes removed, nothing unescaped) and the boolean reading ({@code 1|yes|true|on}, any case,
 * is true; anything else is false, silently).
 */
public final class UnitValues {
    private UnitValues() {
    }

    /** What podman's {@code UnitFile.Lookup} makes of a raw value. */
    public static String lookupForm(String raw) {
        String v = GoText.trimRightSpace(raw);
        if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** What podman's {@code LookupBoolean} makes of a raw value. */
    public static boolean booleanForm(String raw) {
        String v = lookupForm(raw);
        return v.equalsIgnoreCase("1") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")
                || v.equalsIgnoreCase("on");
    }
}
