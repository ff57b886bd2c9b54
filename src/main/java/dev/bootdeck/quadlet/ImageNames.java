package dev.bootdeck.quadlet;

/**
 * Podman generator's own short-name test ({@code cmd/quadlet/main.go isUnambiguousName}), which is simpler than
 * the real reference grammar: {@code sha256:} prefixes and 64 hex digit IDs are fine; otherwise the part before
 * the first {@code /} must contain {@code .} or {@code :} or be {@code localhost}.
 */
public final class ImageNames {
    private ImageNames() {
    }

    /** The warning podman prints for {@code file} when {@link #isUnambiguous} is false. */
    public static String shortNameWarning(String fileName, String image) {
        return "Warning: " + fileName + " specifies the image \"" + image + "\" which not a fully qualified image"
                + " name. This is not ideal for performance and security reasons. See the podman-pull manpage"
                + " discussion of short-name-aliases.conf for details.";
    }

    public static boolean isUnambiguous(String image) {
        if (isImageId(image)) {
            return true;
        }
        int slash = image.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String domain = image.substring(0, slash);
        return domain.indexOf('.') >= 0 || domain.indexOf(':') >= 0 || domain.equals("localhost");
    }

    private static boolean isImageId(String image) {
        if (image.startsWith("sha256:")) {
            return true;
        }
        if (LosslessUtf8.encode(image).length != 64) {
            return false;
        }
        for (int i = 0; i < image.length(); ) {
            int c = image.codePointAt(i);
            if (!isHexDigitProperty(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Unicode {@code Hex_Digit}: ASCII hex digits and their full-width forms. */
    private static boolean isHexDigitProperty(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46);
    }
}
