package dev.bootdeck.project.image;

/**
 * Where an entry of the image came from, so the GUI and lint can name the line or file responsible.
 *
 * @param kind        what made it
 * @param line        the Containerfile line (0 when it did not come from a line)
 * @param projectPath the project-relative file it came from (copied file, symlink in a copied tree), or ""
 * @param rule        for {@link Kind#RULE}: a sentence such as "binds every file matching
 *                    /usr/share/containers/systemd/*.image"; otherwise ""
 */
public record Origin(Kind kind, int line, String projectPath, String rule) {

    public enum Kind {
        /** Copied from the build context by a {@code COPY}/{@code ADD} line. */
        COPY,
        /** Made by a plain command of a {@code RUN} line ({@code ln -s A B}, {@code mkdir}). */
        RUN,
        /** Made by a loop, glob or {@code find -exec} of a {@code RUN} line: read-only for bootdeck's edits. */
        RULE,
        /** A symbolic link that exists in a copied project tree. */
        TREE_SYMLINK,
        /** A project file holding only a link target: a symlink that a checkout without symlinks flattened. */
        FLATTENED_SYMLINK,
        /** Assumed to exist in every bootc base image. */
        BASE
    }

    public static Origin base() {
        return new Origin(Kind.BASE, 0, "", "");
    }

    /** A short phrase for people: "Containerfile line 42", "symlink rootfs/usr/lib/...". */
    public String describe(String containerfileName) {
        return switch (kind) {
            case COPY, RUN -> containerfileName + " line " + line;
            case RULE -> containerfileName + " line " + line + " (" + rule + ")";
            case TREE_SYMLINK -> "symlink " + projectPath;
            case FLATTENED_SYMLINK -> "flattened symlink " + projectPath;
            case BASE -> "the base image";
        };
    }
}
