package dev.bootdeck.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A container image reference as podman reads it ({@code podman pull}, Quadlet {@code Image=}, bootc's bound
 * images): {@code [transport:]name[:tag][@digest]} following the docker/distribution reference grammar, or an image
 * ID. Built by the parser in {@code dev.bootdeck.bootc}; the classification that the lint and the UI show is derived
 * here from the parts alone.
 *
 * @param raw       the text exactly as written
 * @param form      what kind of reference it is
 * @param transport the transport prefix without colon ({@code docker}, {@code oci}, {@code docker-archive}, ...),
 *                  {@code null} when none was written
 * @param domain    the registry as written (host[:port]) when the name has one that makes it fully qualified
 *                  (contains {@code .} or {@code :}, or is {@code localhost}); {@code null} for short names
 * @param path      the repository path as written after the domain (for short names: the whole name without tag)
 * @param tag       the tag, {@code null} if none
 * @param digest    the digest ({@code sha256:...}), {@code null} if none; for {@link Form#IMAGE_ID} the ID
 * @param location  for {@link Form#OTHER_TRANSPORT}, the transport-specific part after the colon, else {@code null}
 */
public record ImageRef(String raw, Form form, String transport, String domain, String path, String tag,
                       String digest, String location) {

    /** Docker Hub's canonical domain. */
    public static final String DOCKER_HUB = "docker.io";

    /** What kind of reference. */
    public enum Form {
        /** A registry reference ({@code quay.io/a/b:1}, {@code nginx}, {@code docker://quay.io/a/b}). */
        REGISTRY,
        /** An image ID: 64 hex digits, optionally prefixed {@code sha256:}; only works for an image already stored. */
        IMAGE_ID,
        /** A non-registry transport such as {@code oci:/path}, {@code docker-archive:/x.tar}, {@code dir:/x}. */
        OTHER_TRANSPORT
    }

    public ImageRef {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(form, "form");
        if (form == Form.REGISTRY) {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Fully qualified the way podman decides it (c/image {@code shortnames}, Quadlet {@code isUnambiguousName}): the
     * name starts with a registry that contains {@code .} or {@code :} or is {@code localhost}. Image IDs count as
     * qualified (they never go through short-name resolution); other transports are not registry names at all.
     */
    public boolean fullyQualified() {
        return form == Form.IMAGE_ID || (form == Form.REGISTRY && domain != null);
    }

    /** A short name ({@code nginx}, {@code library/fedora:40}): podman resolves it through registries.conf. */
    public boolean shortName() {
        return form == Form.REGISTRY && domain == null;
    }

    /** Pinned to content: a digest is given (or it is an image ID). */
    public boolean pinnedByDigest() {
        return (form == Form.REGISTRY && digest != null) || form == Form.IMAGE_ID;
    }

    /**
     * A floating tag in bootc's sense: no digest and the tag is {@code latest} or missing. bootc only pulls a bound
     * image that is not present, so a new push to such a tag is never picked up.
     */
    public boolean floatingTag() {
        return form == Form.REGISTRY && digest == null && (tag == null || tag.equals("latest"));
    }

    /** A tag and a digest together: podman ignores the tag and uses the digest only. */
    public boolean tagAndDigest() {
        return form == Form.REGISTRY && tag != null && digest != null;
    }

    /** {@code localhost/...}: podman tries a registry on localhost, so this usually works only for stored images. */
    public boolean localhostDomain() {
        return domain != null && (domain.equals("localhost") || domain.startsWith("localhost:"));
    }

    /** Ends in {@code .image} or {@code .build}: a Quadlet unit reference, which only podman's Quadlet resolves. */
    public boolean looksLikeQuadletUnit() {
        return form == Form.REGISTRY && transport == null && tag == null && digest == null
                && (raw.endsWith(".image") || raw.endsWith(".build"));
    }

    /**
     * The name podman stores this image under after pulling it, for fully qualified registry references: the
     * normalized name ({@code docker.io/nginx} becomes {@code docker.io/library/nginx}, {@code index.docker.io}
     * becomes {@code docker.io}), {@code :latest} added when there is neither tag nor digest, and the tag dropped when
     * there is a digest. Empty for short names (the registry depends on the host's registries.conf), image IDs and
     * other transports.
     */
    public Optional<String> storedName() {
        if (form != Form.REGISTRY || domain == null) {
            return Optional.empty();
        }
        String d = domain.equals("index.docker.io") ? DOCKER_HUB : domain;
        String p = path;
        if (d.equals(DOCKER_HUB) && !p.contains("/")) {
            p = "library/" + p;
        }
        StringBuilder sb = new StringBuilder(d).append('/').append(p);
        if (digest != null) {
            sb.append('@').append(digest);
        } else {
            sb.append(':').append(tag == null ? "latest" : tag);
        }
        return Optional.of(sb.toString());
    }

    /**
     * Whether bootc's GC keeps this image when the reference is used as an {@code Image=} value: bootc keeps an
     * image only if one of the names podman stored for it equals the {@code Image=} string exactly. True only when
     * {@link #raw()} equals {@link #storedName()}.
     */
    public boolean survivesBootcGc() {
        return storedName().map(raw::equals).orElse(false);
    }
}
