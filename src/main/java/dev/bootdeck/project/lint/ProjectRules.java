package dev.bootdeck.project.lint;

/** Ids of bootdeck's own project rules (the others come from the Quadlet, bootc and build-replay checks). */
public final class ProjectRules {
    public static final String NOT_COPIED = "project/not-copied";
    public static final String OUTSIDE_SEARCH_PATH = "project/outside-search-path";
    public static final String MISSING_ADDITIONAL_IMAGE_STORE = "project/missing-additionalimagestore";
    public static final String STORAGE_OPT_IN_PODMAN_ARGS = "project/storage-opt-in-podman-args";
    public static final String GLOBAL_ADDITIONAL_IMAGE_STORE = "project/global-additionalimagestore";
    public static final String IGNORED_PULL_KEY = "project/ignored-pull-key";
    public static final String ROOTLESS_BOUND_IMAGE = "project/rootless-bound-image";
    public static final String TARGET_NOT_COPIED = "project/target-not-copied";
    public static final String LINK_OUTSIDE_ROOT = "project/link-outside-root";
    public static final String UNREADABLE_FILE = "project/unreadable-file";

    private ProjectRules() {
    }
}
