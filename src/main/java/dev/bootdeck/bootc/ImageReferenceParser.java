package dev.bootdeck.bootc;

import dev.bootdeck.model.ImageRef;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses image references the way podman does before pulling: an optional transport prefix as
 * {@code alltransports.ParseImageName} knows them, then the docker/distribution reference grammar
 * ({@code reference/regexp.go}, {@code reference.Parse} with its length, case and digest checks), image IDs, and
 * c/image's rule for short names (the first component is a registry only if it contains {@code .} or {@code :} or is
 * {@code localhost}).
 */
public final class ImageReferenceParser {

    /** The transports of c/image's {@code alltransports} (plus {@code docker}, which needs {@code //}). */
    public static final Set<String> TRANSPORTS = Set.of("docker", "docker-archive", "docker-daemon", "oci",
            "oci-archive", "dir", "containers-storage", "ostree", "sif", "tarball");

    private static final String ALNUM = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|[-]+)";
    private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
    private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
    private static final String DOMAIN_AND_PORT = "(?:" + DOMAIN_NAME + "|" + IPV6 + ")(?::[0-9]+)?";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
    private static final String NAME = "(?:" + DOMAIN_AND_PORT + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";

    /** reference.ReferenceRegexp, anchored: name, tag, digest. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
    /** reference.anchoredNameRegexp: optional domain, path (the domain group is greedy, as in Go). */
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "^(?:(" + DOMAIN_AND_PORT + ")/)?(" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)$");
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-f0-9]{64}$");

    /** Longer than any valid name + tag + digest; checked before the regular expressions run. */
    static final int MAX_REFERENCE_LENGTH = 1024;

    /** reference.NameTotalLengthMax. */
    static final int NAME_TOTAL_LENGTH_MAX = 255;

    private ImageReferenceParser() {
    }

    /**
     * Parses one reference.
     *
     * @param raw    the text, e.g. an {@code Image=} value
     * @param source what it came from, for the exception message (e.g. {@code file:line})
     */
    public static ImageRef parse(String raw, String source) throws ImageReferenceException {
        if (raw == null || raw.isEmpty()) {
            throw new ImageReferenceException(source, "repository name must have at least one component "
                    + "(the image name is empty)");
        }
        if (IDENTIFIER.matcher(raw).matches()) {
            return new ImageRef(raw, ImageRef.Form.IMAGE_ID, null, null, null, null, "sha256:" + raw, null);
        }
        if (raw.startsWith("sha256:") && IDENTIFIER.matcher(raw.substring(7)).matches()) {
            return new ImageRef(raw, ImageRef.Form.IMAGE_ID, null, null, null, null, raw, null);
        }
        int colon = raw.indexOf(':');
        if (colon > 0 && TRANSPORTS.contains(raw.substring(0, colon))) {
            String transport = raw.substring(0, colon);
            String rest = raw.substring(colon + 1);
            if (transport.equals("docker")) {
                if (!rest.startsWith("//")) {
                    throw new ImageReferenceException(source, "docker: image reference " + rest
                            + " does not start with //");
                }
                return registry(raw, "docker", rest.substring(2), source);
            }
            if (rest.isEmpty()) {
                throw new ImageReferenceException(source, "invalid image name \"" + raw + "\": nothing after \""
                        + transport + ":\"");
            }
            return new ImageRef(raw, ImageRef.Form.OTHER_TRANSPORT, transport, null, null, null, null, rest);
        }
        return registry(raw, null, raw, source);
    }

    private static ImageRef registry(String raw, String transport, String ref, String source)
            throws ImageReferenceException {
        if (ref.isEmpty()) {
            throw new ImageReferenceException(source, "repository name must have at least one component");
        }
        if (ref.length() > MAX_REFERENCE_LENGTH) {
            throw new ImageReferenceException(source, "invalid reference format: the reference is " + ref.length()
                    + " characters long");
        }
        Matcher m = REFERENCE.matcher(ref);
        if (!m.matches()) {
            if (REFERENCE.matcher(ref.toLowerCase(java.util.Locale.ROOT)).matches()) {
                throw new ImageReferenceException(source, "repository name must be lowercase: " + ref);
            }
            throw new ImageReferenceException(source, "invalid reference format: " + ref + explain(ref));
        }
        String name = m.group(1);
        String tag = m.group(2);
        String digest = m.group(3);
        if (name.length() > NAME_TOTAL_LENGTH_MAX) {
            throw new ImageReferenceException(source, "repository name must not be more than "
                    + NAME_TOTAL_LENGTH_MAX + " characters");
        }
        if (digest != null) {
            checkDigest(digest, source);
        }
        Matcher split = NAME_SPLIT.matcher(name);
        if (!split.matches()) {
            throw new ImageReferenceException(source, "invalid reference format: " + ref);
        }
        String firstComponent = split.group(1);
        String domain = null;
        String path = name;
        if (firstComponent != null && (firstComponent.contains(".") || firstComponent.contains(":")
                || firstComponent.equals("localhost"))) {
            domain = firstComponent;
            path = split.group(2);
        }
        return new ImageRef(raw, ImageRef.Form.REGISTRY, transport, domain, path, tag, digest, null);
    }

    /** go-digest's validation: known algorithm, lower-case hex of the right length. */
    private static void checkDigest(String digest, String source) throws ImageReferenceException {
        int colon = digest.indexOf(':');
        String alg = digest.substring(0, colon);
        String hex = digest.substring(colon + 1);
        int expected;
        switch (alg) {
            case "sha256":
                expected = 64;
                break;
            case "sha384":
                expected = 96;
                break;
            case "sha512":
                expected = 128;
                break;
            default:
                throw new ImageReferenceException(source, "unsupported digest algorithm: " + alg);
        }
        if (!hex.matches("[a-f0-9]+")) {
            throw new ImageReferenceException(source, "invalid checksum digest format: " + digest);
        }
        if (hex.length() != expected) {
            throw new ImageReferenceException(source, "invalid checksum digest length: " + alg + " needs "
                    + expected + " hex digits, found " + hex.length());
        }
    }

    /** A hint for the most common mistakes, appended to "invalid reference format". */
    private static String explain(String ref) {
        if (ref.startsWith("\"") || ref.startsWith("'")) {
            return " (quotes are part of the name here)";
        }
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return " (it contains white space)";
            }
        }
        if (ref.contains("%")) {
            return " (it contains %, a systemd specifier?)";
        }
        if (ref.endsWith(":") || ref.contains("::")) {
            return " (empty tag)";
        }
        return "";
    }
}
