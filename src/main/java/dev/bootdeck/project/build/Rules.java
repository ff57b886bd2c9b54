package dev.bootdeck.project.build;

/** Rule ids of the problems the build replay reports (listed with the others in the lint rule registry). */
public final class Rules {
    public static final String UNRESOLVED_VARIABLE = "containerfile/unresolved-variable";
    public static final String UNREADABLE_BINDING = "containerfile/unreadable-binding";
    public static final String LINK_EXISTS = "containerfile/link-exists";
    public static final String MISSING_COPY_SOURCE = "project/missing-copy-source";
    public static final String COPY_DESTINATION_NOT_A_DIRECTORY = "project/copy-destination-not-a-directory";

    private Rules() {
    }
}
