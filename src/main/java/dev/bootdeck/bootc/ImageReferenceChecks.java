package dev.bootdeck.bootc;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.ImageRef;
import dev.bootdeck.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an image name that bootc will pull as a logically bound image, and says what goes wrong with it, each
 * problem under a stable rule id for the lint and the UI:
 * <ul>
 * <li>{@value #INVALID}: podman rejects the name, so the pull and with it the upgrade fails;</li>
 * <li>{@value #UNIT_REFERENCE}: {@code foo.image}/{@code foo.build} is only resolved by podman's Quadlet, bootc pulls
 *     it literally;</li>
 * <li>{@value #NOT_FULLY_QUALIFIED}: a short name, resolved through the host's registries.conf; bootc runs podman
 *     without a TTY, so with several search registries and short-name-mode=enforcing the pull fails;</li>
 * <li>{@value #GC_UNSAFE_NAME}: bootc's GC keeps an image only if a name podman stored for it equals the
 *     {@code Image=} string exactly; otherwise the image is pruned right after it was pulled (derived from bootc's
 *     source, {@code deploy.rs prune_container_store}; not yet seen on a host);</li>
 * <li>{@value #FLOATING_TAG}: {@code :latest} or no tag; bootc never pulls an image that is present, so new pushes are
 *     not picked up;</li>
 * <li>{@value #TAG_AND_DIGEST}, {@value #IMAGE_ID}, {@value #OTHER_TRANSPORT}, {@value #LOCALHOST}: less common
 *     cases, see their messages.</li>
 * </ul>
 */
public final class ImageReferenceChecks {

    public static final String INVALID = "image/invalid";
    public static final String UNIT_REFERENCE = "image/unit-reference";
    public static final String NOT_FULLY_QUALIFIED = "image/not-fully-qualified";
    public static final String GC_UNSAFE_NAME = "image/gc-unsafe-name";
    public static final String FLOATING_TAG = "image/floating-tag";
    public static final String TAG_AND_DIGEST = "image/tag-and-digest";
    public static final String IMAGE_ID = "image/image-id";
    public static final String OTHER_TRANSPORT = "image/other-transport";
    public static final String LOCALHOST = "image/localhost";

    private static final String GC_SOURCE = " (derived from bootc's source, deploy.rs prune_container_store; "
            + "not yet confirmed on a host)";

    private ImageReferenceChecks() {
    }

    /**
     * Checks one bound image name.
     *
     * @param image the name exactly as bootc reads it (after its {@code %%} handling)
     * @param file  the file that sets it, for the findings
     * @param line  the line of the {@code Image=} assignment
     */
    public static List<Finding> check(String image, String file, int line) {
        List<Finding> out = new ArrayList<>();
        if (image.isEmpty()) {
            return out; // bootc/empty-image says it already
        }
        ImageRef ref;
        try {
            ref = ImageReferenceParser.parse(image, file + ":" + line);
        } catch (ImageReferenceException e) {
            out.add(new Finding(INVALID, Severity.ERROR, file, line, "podman cannot pull \"" + image + "\": "
                    + e.problem()));
            return out;
        }
        if (ref.looksLikeQuadletUnit()) {
            out.add(new Finding(UNIT_REFERENCE, Severity.ERROR, file, line, "\"" + image + "\" names a Quadlet unit; "
                    + "only podman's Quadlet generator resolves those, bootc passes the name verbatim to podman pull, "
                    + "which fails. Bind the " + (image.endsWith(".build") ? ".build" : ".image")
                    + " unit's image instead (symlink that file into bound-images.d)"));
            return out;
        }
        switch (ref.form()) {
            case IMAGE_ID:
                out.add(new Finding(IMAGE_ID, Severity.WARNING, file, line, "\"" + image + "\" is an image ID: it "
                        + "cannot be pulled from a registry, and podman never stores an ID as a name, so bootc's GC "
                        + "prunes the image" + GC_SOURCE));
                return out;
            case OTHER_TRANSPORT:
                out.add(new Finding(OTHER_TRANSPORT, Severity.WARNING, file, line, "\"" + image + "\" uses the "
                        + ref.transport() + ": transport; podman stores such images under a registry-style name "
                        + "(or none), never under this string, so bootc's GC prunes the image" + GC_SOURCE));
                return out;
            default:
                break;
        }
        if (ref.shortName()) {
            out.add(new Finding(NOT_FULLY_QUALIFIED, Severity.WARNING, file, line, "\"" + image + "\" is not a fully "
                    + "qualified image name: podman resolves it through the host's registries.conf, and bootc runs "
                    + "podman without a TTY, so with several search registries and short-name-mode=enforcing the "
                    + "pull fails (\"short-name resolution enforced but cannot prompt without a TTY\"). Write "
                    + "registry/repository:tag"));
            out.add(new Finding(GC_UNSAFE_NAME, Severity.WARNING, file, line, "bootc's GC keeps a bound image "
                    + "only if podman stored it under exactly the Image= string; a short name is always stored "
                    + "fully qualified (such as docker.io/library/nginx:latest), so the image is pruned right after "
                    + "being pulled" + GC_SOURCE));
        } else if (!ref.survivesBootcGc()) {
            String stored = ref.storedName().orElseThrow();
            String unverified = ref.digest() != null ? "; that podman stores digest references as repository@digest "
                    + "is also unverified" : "";
            out.add(new Finding(GC_UNSAFE_NAME, Severity.WARNING, file, line, "podman stores this image as \""
                    + stored + "\", but bootc's GC compares the Image= string \"" + image + "\" with the stored "
                    + "names exactly, so the image is pruned right after being pulled. Write Image=" + stored
                    + GC_SOURCE + unverified));
        }
        if (ref.floatingTag()) {
            out.add(new Finding(FLOATING_TAG, Severity.WARNING, file, line, "\"" + image + "\" "
                    + (ref.tag() == null ? "has no tag (podman uses :latest)" : "uses the tag :latest")
                    + ": bootc only pulls a bound image that is missing and never refreshes a present one, so new "
                    + "pushes to this tag are not picked up. Pin a digest (@sha256:...) or use a unique tag"));
        }
        if (ref.tagAndDigest()) {
            out.add(new Finding(TAG_AND_DIGEST, Severity.INFO, file, line, "\"" + image + "\" has a tag and a "
                    + "digest: podman ignores the tag :" + ref.tag() + " and pulls by digest only"));
        }
        if (ref.localhostDomain()) {
            out.add(new Finding(LOCALHOST, Severity.INFO, file, line, "\"" + image + "\" is a localhost/ name: "
                    + "pulling it contacts a registry on this host, so it normally works only if the image is "
                    + "already in bootc's storage (bootc image copy-to-storage)"));
        }
        return out;
    }
}
