package dev.bootdeck.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ostree side of a boot entry: which deployment directory holds its root tree.
 *
 * <p>The deployment root is libostree's {@code ostree/deploy/<stateroot>/deploy/<checksum>.<serial>} under
 * {@code /sysroot}. Because other code uses that path in remote shell commands, the parts are checked here: a
 * stateroot or checksum that could escape the directory (hostile or corrupt status output) yields no path.
 *
 * @param stateroot    the stateroot ("osname"), {@code null} in output of bootc before 1.3.0
 * @param checksum     the ostree commit checksum (64 lowercase hex digits)
 * @param deploySerial the deployment serial (a u32 in bootc)
 */
public record BootEntryOstree(String stateroot, String checksum, long deploySerial) {

    /** libostree's deployment directory root, relative to which all deployments live. */
    public static final String DEPLOY_BASE = "/sysroot/ostree/deploy/";

    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern STATEROOT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");

    public BootEntryOstree {
        Objects.requireNonNull(checksum, "checksum");
        if (deploySerial < 0) {
            throw new IllegalArgumentException("deploySerial must be >= 0: " + deploySerial);
        }
    }

    /** True when the stateroot is present and safe to use as one path component. */
    public boolean hasUsableStateroot() {
        return stateroot != null && STATEROOT.matcher(stateroot).matches();
    }

    /** True when the checksum is a well-formed ostree SHA-256 checksum. */
    public boolean hasValidChecksum() {
        return CHECKSUM.matcher(checksum).matches();
    }

    /** {@code <checksum>.<serial>}, the deployment directory's own name. */
    public String deploymentDirName() {
        return checksum + "." + deploySerial;
    }

    /**
     * The absolute deployment root, {@code /sysroot/ostree/deploy/<stateroot>/deploy/<checksum>.<serial>}. Empty when
     * the stateroot is missing (bootc older than 1.3.0 did not report it) or when a part is not a safe path component;
     * use {@link #deploymentRootGlob()} then.
     */
    public Optional<String> deploymentRoot() {
        if (!hasUsableStateroot() || !hasValidChecksum()) {
            return Optional.empty();
        }
        return Optional.of(DEPLOY_BASE + stateroot + "/deploy/" + deploymentDirName());
    }

    /**
     * A shell glob that finds the deployment root without knowing the stateroot,
     * {@code /sysroot/ostree/deploy/*}{@code /deploy/<checksum>.<serial>}: a checksum and serial are unique within a
     * sysroot, so the glob matches at most one directory. Empty when the checksum is malformed.
     */
    public Optional<String> deploymentRootGlob() {
        if (!hasValidChecksum()) {
            return Optional.empty();
        }
        return Optional.of(DEPLOY_BASE + "*/deploy/" + deploymentDirName());
    }

    /** The sibling origin file, {@code <deployment root>.origin}, when the root is known. */
    public Optional<String> originFile() {
        return deploymentRoot().map(root -> root + ".origin");
    }
}
