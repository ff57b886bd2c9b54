package dev.bootdeck.quadlet;

import dev.bootdeck.model.Severity;

/**
 * Every problem the Quadlet validator reports, with a stable id, podman's severity (ERROR: the generator refuses
 * the unit and exits 1; WARNING: it prints a warning and still generates; INFO: podman is silent, we point it out)
 * and a one-line description for {@code bootdeck lint --list-rules}.
 */
public enum QuadletRule {
    UNREADABLE_FILE("podman/unreadable-file", Severity.ERROR, "the unit or drop-in file cannot be read"),
    INVALID_LINE("podman/invalid-line", Severity.ERROR,
            "a line is not a key-value pair, group or comment; podman skips the whole file"),
    INVALID_GROUP_NAME("podman/invalid-group-name", Severity.ERROR,
            "a [group] header has an empty name or contains [, ] or control characters"),
    KEY_OUTSIDE_GROUP("podman/key-outside-group", Severity.ERROR, "a key=value line comes before any [group] header"),
    INVALID_KEY_NAME("podman/invalid-key-name", Severity.ERROR, "a key is empty once podman trims it"),
    DROPPED_CONTINUATION("podman/dropped-continuation", Severity.INFO,
            "the file ends inside a continuation line, which podman silently drops"),
    SHADOWED_UNIT("podman/shadowed-unit", Severity.INFO,
            "a unit file of the same name in an earlier search directory hides this one"),
    UNSUPPORTED_KEY("podman/unsupported-key", Severity.ERROR,
            "a key in the Quadlet-owned group (or [Quadlet]) that podman does not support"),
    NO_IMAGE("podman/no-image", Severity.ERROR,
            "a .container has neither Image nor Rootfs, or a .image has no Image"),
    IMAGE_AND_ROOTFS("podman/image-and-rootfs", Severity.ERROR, "a .container sets both Image and Rootfs"),
    IMAGE_UNIT_NOT_FOUND("podman/image-unit-not-found", Severity.ERROR,
            "Image= names a .image or .build unit that is not in the unit search directories"),
    SHORT_NAME("podman/short-name", Severity.WARNING, "Image= is not a fully qualified image name"),
    UNSUPPORTED_SERVICE_KEY("podman/unsupported-service-key", Severity.WARNING,
            "[Service] sets User, Group or DynamicUser, which podman does not support"),
    UNSUPPORTED_ESCAPE("podman/unsupported-escape", Severity.WARNING,
            "an exec-style value uses an escape podman does not know; the value is ignored"),
    INVALID_KILL_MODE("podman/invalid-kill-mode", Severity.ERROR, "[Service] KillMode is not mixed or control-group"),
    INVALID_SERVICE_TYPE("podman/invalid-service-type", Severity.ERROR, "[Service] Type is not notify or oneshot"),
    INVALID_PORT("podman/invalid-port-format", Severity.ERROR, "ExposeHostPort is not PORT[-PORT][/tcp|/udp]"),
    GROUP_WITHOUT_USER("podman/group-without-user", Severity.ERROR, "Group= is set without User="),
    USER_MAPPING("podman/user-mapping", Severity.ERROR,
            "deprecated Remap* keys conflict with explicit mappings, or have a value podman rejects"),
    RELOAD_CONFLICT("podman/reload-conflict", Severity.ERROR, "ReloadCmd and ReloadSignal are both set"),
    INVALID_MOUNT("podman/invalid-mount", Severity.ERROR, "a Mount= value podman cannot use"),
    POD_REFERENCE("podman/pod-reference", Severity.ERROR,
            "Pod= does not name a .pod unit, or that unit does not exist"),
    UNIT_NOT_FOUND("podman/unit-not-found", Severity.ERROR,
            "Network= or Volume= names a Quadlet unit that does not exist or has no resource name"),
    UNKNOWN_DEPENDENCY("podman/unknown-dependency", Severity.ERROR,
            "a [Unit] dependency names a Quadlet unit that does not exist"),
    NO_IMAGE_TAG("podman/no-image-tag", Severity.ERROR, "a .build has no ImageTag"),
    BUILD_CONTEXT("podman/build-context", Severity.ERROR,
            "a .build has neither a usable SetWorkingDirectory nor a File it can build from"),
    WORKING_DIRECTORY("podman/working-directory", Severity.ERROR, "SetWorkingDirectory has a value podman rejects"),
    NETWORK_SUBNETS("podman/network-subnets", Severity.ERROR, "a .network has more gateways or ranges than subnets"),
    VOLUME_OPTIONS("podman/volume-options", Severity.ERROR,
            "a .volume uses the image driver without Image, or Type without Device"),
    NO_YAML("podman/no-yaml", Severity.ERROR, "a .kube has no Yaml"),
    NO_ARTIFACT("podman/no-artifact", Severity.ERROR, "a .artifact has no Artifact");

    private final String id;
    private final Severity severity;
    private final String description;

    QuadletRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
