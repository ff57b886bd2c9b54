package dev.bootdeck.bootc;

/** Stable finding ids and bootc's fixed strings for bound images, so that every checker uses the same words. */
public final class BootcRules {
    private BootcRules() {
    }

    /** The directory bootc reads, relative to a root ({@code BOUND_IMAGE_DIR} in boundimage.rs). */
    public static final String BOUND_IMAGE_DIR = "usr/lib/bootc/bound-images.d";
    /** The top-level context of every bound-image error bootc prints. */
    public static final String QUERY_CONTEXT = "Querying bound images";

    public static final String NON_UTF8_NAME = "bootc/non-utf8-name";
    public static final String NOT_A_SYMLINK = "bootc/not-a-symlink";
    public static final String FLATTENED_SYMLINK = "bootc/flattened-symlink";
    public static final String DANGLING_SYMLINK = "bootc/dangling-symlink";
    public static final String UNREADABLE = "bootc/unreadable";
    public static final String INI_PARSE_ERROR = "bootc/ini-parse-error";
    public static final String INVALID_EXTENSION = "bootc/invalid-extension";
    public static final String MISSING_IMAGE = "bootc/missing-image";
    public static final String AUTHFILE = "bootc/authfile";
    public static final String SPECIFIER = "bootc/specifier";
    public static final String EMPTY_IMAGE = "bootc/empty-image";
    public static final String DIRECTORY_UNREADABLE = "bootc/directory-unreadable";

    // where bootc reads a bound file differently from podman (BootcPodmanComparison)
    public static final String QUOTES_KEPT = "bootc/quotes-kept";
    public static final String INLINE_COMMENT = "bootc/inline-comment";
    public static final String CONTINUATION = "bootc/continuation";
    public static final String UNIT_REFERENCE = "bootc/unit-reference";
    public static final String DROPIN_IGNORED = "bootc/dropin-ignored";
    public static final String DUPLICATE_KEY = "bootc/duplicate-key";
    public static final String IMAGE_DIFFERS = "bootc/image-differs";
    public static final String PODMAN_NO_IMAGE = "bootc/podman-no-image";
    public static final String SHADOWED = "bootc/shadowed";
    public static final String NOT_A_PODMAN_UNIT = "bootc/not-a-podman-unit";
}
