package dev.bootdeck.quadlet;

import java.util.Optional;
import java.util.Set;

/**
 * The Quadlet file types podman's generator knows, each with the group it owns, the exact set of keys it accepts
 * there, its processing order and its service-name suffix (podman {@code quadlet.go} {@code groupsInfo},
 * {@code SupportedExtensions}, {@code Get*ServiceName}; version matching quadlet-spec.md).
 */
public enum QuadletType {
    CONTAINER(".container", "Container", 4, "", Set.of(
            "AddCapability", "AddDevice", "AddHost", "Annotation", "AppArmor", "AutoUpdate", "CgroupsMode",
            "ContainerName", "ContainersConfModule", "DNS", "DNSOption", "DNSSearch", "DropCapability", "Entrypoint",
            "Environment", "EnvironmentFile", "EnvironmentHost", "Exec", "ExposeHostPort", "GIDMap", "GlobalArgs",
            "Group", "GroupAdd", "HealthCmd", "HealthInterval", "HealthLogDestination", "HealthMaxLogCount",
            "HealthMaxLogSize", "HealthOnFailure", "HealthRetries", "HealthStartPeriod", "HealthStartupCmd",
            "HealthStartupInterval", "HealthStartupRetries", "HealthStartupSuccess", "HealthStartupTimeout",
            "HealthTimeout", "HostName", "HttpProxy", "IP", "IP6", "Image", "Label", "LogDriver", "LogOpt", "Mask",
            "Memory", "Mount", "Network", "NetworkAlias", "NoNewPrivileges", "Notify", "PidsLimit", "Pod",
            "PodmanArgs", "PublishPort", "Pull", "ReadOnly", "ReadOnlyTmpfs", "ReloadCmd", "ReloadSignal", "RemapGid",
            "RemapUid", "RemapUidSize", "RemapUsers", "Retry", "RetryDelay", "Rootfs", "RunInit", "SeccompProfile",
            "Secret", "SecurityLabelDisable", "SecurityLabelFileType", "SecurityLabelLevel", "SecurityLabelNested",
            "SecurityLabelType", "ServiceName", "ShmSize", "StartWithPod", "StopSignal", "StopTimeout", "SubGIDMap",
            "SubUIDMap", "Sysctl", "Timezone", "Tmpfs", "UIDMap", "Ulimit", "Unmask", "User", "UserNS",
            "VolatileTmp", "Volume", "WorkingDir")),
    VOLUME(".volume", "Volume", 2, "-volume", Set.of(
            "ContainersConfModule", "Copy", "Device", "Driver", "GlobalArgs", "Group", "Image", "Label", "Options",
            "PodmanArgs", "ServiceName", "Type", "User", "VolumeName", "UID", "GID")),
    NETWORK(".network", "Network", 2, "-network", Set.of(
            "Label", "DNS", "ContainersConfModule", "GlobalArgs", "DisableDNS", "Driver", "Gateway", "IPAMDriver",
            "IPRange", "IPv6", "InterfaceName", "Internal", "NetworkName", "NetworkDeleteOnStop", "Options",
            "ServiceName", "Subnet", "PodmanArgs")),
    KUBE(".kube", "Kube", 4, "", Set.of(
            "AutoUpdate", "ConfigMap", "ContainersConfModule", "ExitCodePropagation", "GlobalArgs", "KubeDownForce",
            "LogDriver", "LogOpt", "Network", "PodmanArgs", "PublishPort", "RemapGid", "RemapUid", "RemapUidSize",
            "RemapUsers", "ServiceName", "SetWorkingDirectory", "UserNS", "Yaml")),
    IMAGE(".image", "Image", 1, "-image", Set.of(
            "AllTags", "Arch", "AuthFile", "CertDir", "ContainersConfModule", "Creds", "DecryptionKey", "GlobalArgs",
            "Image", "ImageTag", "OS", "PodmanArgs", "Policy", "Retry", "RetryDelay", "ServiceName", "TLSVerify",
            "Variant")),
    BUILD(".build", "Build", 3, "-build", Set.of(
            "Annotation", "Arch", "AuthFile", "BuildArg", "ContainersConfModule", "DNS", "DNSOption", "DNSSearch",
            "Environment", "File", "ForceRM", "GlobalArgs", "GroupAdd", "IgnoreFile", "ImageTag", "Label", "Network",
            "PodmanArgs", "Pull", "Retry", "RetryDelay", "Secret", "ServiceName", "SetWorkingDirectory", "Target",
            "TLSVerify", "Variant", "Volume")),
    POD(".pod", "Pod", 5, "-pod", Set.of(
            "AddHost", "ContainersConfModule", "DNS", "DNSOption", "DNSSearch", "ExitPolicy", "GIDMap", "GlobalArgs",
            "HostName", "IP", "IP6", "Label", "Network", "NetworkAlias", "PodName", "PodmanArgs", "PublishPort",
            "RemapGid", "RemapUid", "RemapUidSize", "RemapUsers", "ServiceName", "ShmSize", "StopTimeout",
            "SubGIDMap", "SubUIDMap", "UIDMap", "UserNS", "Volume")),
    ARTIFACT(".artifact", "Artifact", 1, "-artifact", Set.of(
            "Artifact", "AuthFile", "CertDir", "ContainersConfModule", "Creds", "DecryptionKey", "GlobalArgs",
            "PodmanArgs", "Quiet", "Retry", "RetryDelay", "ServiceName", "TLSVerify"));

    /** The common {@code [Quadlet]} group and its only key. */
    public static final String QUADLET_GROUP = "Quadlet";
    public static final Set<String> QUADLET_KEYS = Set.of("DefaultDependencies");

    private final String extension;
    private final String group;
    private final int order;
    private final String serviceSuffix;
    private final Set<String> supportedKeys;

    QuadletType(String extension, String group, int order, String serviceSuffix, Set<String> supportedKeys) {
        this.extension = extension;
        this.group = group;
        this.order = order;
        this.serviceSuffix = serviceSuffix;
        this.supportedKeys = supportedKeys;
    }

    /** File extension with the dot, e.g. {@code .container}. */
    public String extension() {
        return extension;
    }

    /** The group this type owns, e.g. {@code Container}. */
    public String group() {
        return group;
    }

    /** Podman converts units in ascending order (images first, pods last). */
    public int order() {
        return order;
    }

    /** Suffix of the generated service name, e.g. {@code -image}. */
    public String serviceSuffix() {
        return serviceSuffix;
    }

    /** Every key podman accepts in the owned group (exact case). */
    public Set<String> supportedKeys() {
        return supportedKeys;
    }

    /** The type of a file name by its extension (Go {@code filepath.Ext}), if podman supports it. */
    public static Optional<QuadletType> ofFileName(String fileName) {
        String ext = extensionOf(fileName);
        for (QuadletType t : values()) {
            if (t.extension.equals(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Go's {@code filepath.Ext} of a base name: from the last dot, or "". */
    static String extensionOf(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot) : "";
    }
}
