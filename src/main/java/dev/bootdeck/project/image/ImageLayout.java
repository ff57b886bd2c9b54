package dev.bootdeck.project.image;

import dev.bootdeck.bootc.BootcRules;
import dev.bootdeck.quadlet.QuadletType;
import dev.bootdeck.quadlet.UnitSearchPath;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The well-known places of a bootc image that bound images involve: bootc's {@code bound-images.d}, podman's
 * rootful and rootless Quadlet search directories (podman-systemd.unit(5)), and the Quadlet file names.
 */
public final class ImageLayout {
    public static final String BOUND_IMAGES_DIR = "/" + BootcRules.BOUND_IMAGE_DIR;
    public static final String BOOTC_STORAGE = "/usr/lib/bootc/storage";
    /** Rootful search directories in precedence order ({@code /run} is never part of an image). */
    public static final List<String> ROOTFUL_DIRS = UnitSearchPath.ROOTFUL_DIRECTORIES;
    public static final String DEFAULT_QUADLET_DIR = "/usr/share/containers/systemd";
    /** Unit file types podman's generator reads (the extensions of {@link QuadletType}, without the dot). */
    public static final List<String> UNIT_EXTENSIONS = Arrays.stream(QuadletType.values())
            .map(t -> t.extension().substring(1)).toList();

    private static final Pattern USER_CONFIG = Pattern.compile("(^|/)\\.config/containers/systemd(/|$)");
    private static final String USERS_DIR = "/etc/containers/systemd/users";

    private ImageLayout() {
    }

    /** The unit type ({@code container}, {@code image}, ...) of a file name, if it is a Quadlet unit. */
    public static Optional<String> unitType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1);
        return UNIT_EXTENSIONS.contains(ext) ? Optional.of(ext) : Optional.empty();
    }

    /** Whether {@code path} (project-relative or absolute) is a Quadlet unit or drop-in, by its name alone. */
    public static boolean isQuadletPath(String path) {
        return unitType(path.substring(path.lastIndexOf('/') + 1)).isPresent() || isDropIn(path);
    }

    /**
     * Whether {@code path} (project-relative or absolute) is a Quadlet drop-in: a {@code *.conf} file in a
     * directory named {@code <unit>.<type>.d} or {@code <type>.d}.
     */
    public static boolean isDropIn(String path) {
        String p = path.replace('\\', '/');
        if (!p.endsWith(".conf")) {
            return false;
        }
        int slash = p.lastIndexOf('/');
        if (slash <= 0) {
            return false;
        }
        String dir = p.substring(p.lastIndexOf('/', slash - 1) + 1, slash);
        if (!dir.endsWith(".d")) {
            return false;
        }
        String unit = dir.substring(0, dir.length() - 2);
        return UNIT_EXTENSIONS.contains(unit) || unitType(unit).isPresent();
    }

    /** True for a path in a rootful search directory (subdirectories included, {@code users/} excluded). */
    public static boolean isRootfulQuadletPath(String imagePath) {
        if (isRootlessQuadletPath(imagePath)) {
            return false;
        }
        return ROOTFUL_DIRS.stream().anyMatch(d -> ImagePaths.isUnder(imagePath, d) && !imagePath.equals(d));
    }

    /**
     * True for a path where only rootless (user) Quadlet reads units: {@code /etc/containers/systemd/users/...}, any
     * {@code .config/containers/systemd/} (home directories, {@code /etc/skel}) and {@code /run/user/}.
     */
    public static boolean isRootlessQuadletPath(String imagePath) {
        String p = ImagePaths.normalize(imagePath);
        return ImagePaths.isUnder(p, USERS_DIR) && !p.equals(USERS_DIR) || USER_CONFIG.matcher(p).find()
                || p.startsWith("/run/user/") && p.contains("/containers/systemd/");
    }

    /** True for the bound-images directory itself or an entry in it. */
    public static boolean isInBoundImagesDir(String imagePath) {
        return ImagePaths.parent(imagePath).equals(BOUND_IMAGES_DIR);
    }
}
