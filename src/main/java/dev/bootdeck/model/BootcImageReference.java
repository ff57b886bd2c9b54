package dev.bootdeck.model;

import java.util.Objects;

/**
 * The image a bootc host tracks, as bootc reports it ({@code ImageReference} in bootc's {@code spec.rs}): the image
 * name without transport prefix, the transport, and how signatures are checked.
 *
 * @param image     the image name as given to {@code bootc switch}, e.g. {@code quay.io/fedora/fedora-bootc:42}, or a
 *                  path for the {@code oci} transport
 * @param transport {@code registry}, {@code oci}, {@code oci-archive}, {@code docker-daemon},
 *                  {@code containers-storage} or any newer string; {@code null} if bootc left it out
 * @param signature how fetches are verified, {@code null} when bootc omitted it
 */
public record BootcImageReference(String image, String transport, ImageSignature signature) {

    public BootcImageReference {
        Objects.requireNonNull(image, "image");
    }

    /** True for the default {@code registry} transport (also when the transport is missing, as bootc defaults to it). */
    public boolean isRegistryTransport() {
        return transport == null || "registry".equals(transport);
    }

    /**
     * The name as podman stores it in bootc's container storage and as bootc puts it into its GC roots: the bare
     * {@link #image()}, never with a transport prefix (bootc {@code deploy.rs prune_container_store}).
     */
    public String gcRootName() {
        return image;
    }

    /** {@code transport:image} the way bootc's human-readable status prints it, e.g. {@code registry:quay.io/x:1}. */
    public String display() {
        return (transport == null ? "registry" : transport) + ":" + image;
    }
}
