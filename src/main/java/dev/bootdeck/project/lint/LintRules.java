package dev.bootdeck.project.lint;

import dev.bootdeck.bootc.BootcRules;
import dev.bootdeck.bootc.ImageReferenceChecks;
import dev.bootdeck.model.Severity;
import dev.bootdeck.project.build.Rules;
import dev.bootdeck.project.containerfile.ContainerfileParser;
import dev.bootdeck.quadlet.QuadletRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The registry of every rule {@code bootdeck lint} can report: podman's Quadlet rules (from
 * {@code dev.bootdeck.quadlet.QuadletRule}), bootc's bound-image rules and image-name checks (ids from
 * {@code dev.bootdeck.bootc}), the build replay's rules and bootdeck's project rules. Sorted by id.
 */
public final class LintRules {
    private static final List<LintRule> ALL = build();

    private LintRules() {
    }

    public static List<LintRule> all() {
        return ALL;
    }

    public static Optional<LintRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<LintRule> build() {
        List<LintRule> r = new ArrayList<>();
        for (QuadletRule q : QuadletRule.values()) {
            r.add(new LintRule(q.id(), q.severity(), q.description() + " (podman's Quadlet generator)"));
        }
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        Severity i = Severity.INFO;
        String bootcFails = "; bootc fails the upgrade, switch and cleanup";
        r.add(new LintRule(BootcRules.NON_UTF8_NAME, e, "an entry of bound-images.d has a name that is not UTF-8"
                + bootcFails));
        r.add(new LintRule(BootcRules.NOT_A_SYMLINK, e, "an entry of bound-images.d is not a symlink (a regular file, "
                + "a hard link, a directory)" + bootcFails));
        r.add(new LintRule(BootcRules.FLATTENED_SYMLINK, w, "a project file in bound-images.d holds only a link "
                + "target: a symlink flattened by a checkout without symlinks; copied as is, bootc rejects it"));
        r.add(new LintRule(BootcRules.DANGLING_SYMLINK, e, "a bound-images.d symlink leads nowhere inside the image"
                + bootcFails));
        r.add(new LintRule(BootcRules.UNREADABLE, e, "bootc cannot read the file a bound-images.d symlink leads to"
                + bootcFails));
        r.add(new LintRule(BootcRules.INI_PARSE_ERROR, e, "bootc's INI reader (tini) rejects a bound file, e.g. a \\ "
                + "continuation line" + bootcFails));
        r.add(new LintRule(BootcRules.INVALID_EXTENSION, e, "a bound-images.d entry is not named *.image or "
                + "*.container" + bootcFails));
        r.add(new LintRule(BootcRules.MISSING_IMAGE, e, "a bound file has no Image= in [Image]/[Container]"
                + bootcFails));
        r.add(new LintRule(BootcRules.AUTHFILE, e, "a bound .image sets AuthFile=, which bootc refuses" + bootcFails));
        r.add(new LintRule(BootcRules.SPECIFIER, e, "a bound file's Image= uses a systemd specifier (%x), which "
                + "bootc refuses" + bootcFails));
        r.add(new LintRule(BootcRules.EMPTY_IMAGE, e, "a bound file's Image= is empty: the pull fails"));
        r.add(new LintRule(BootcRules.DIRECTORY_UNREADABLE, e, "bound-images.d cannot be read" + bootcFails));
        String differs = " (bootc reads only the bound file, with the tini INI parser; podman reads it as systemd "
                + "does, with drop-ins)";
        r.add(new LintRule(BootcRules.QUOTES_KEPT, e, "a bound file's Image= is quoted: podman strips the quotes, "
                + "bootc pulls them" + differs));
        r.add(new LintRule(BootcRules.INLINE_COMMENT, e, "a bound file's Image= line holds # or ;: bootc drops the "
                + "rest of the line, podman keeps it" + differs));
        r.add(new LintRule(BootcRules.CONTINUATION, e, "a bound file's Image= takes part in a \\ continuation, "
                + "which bootc does not know" + differs));
        r.add(new LintRule(BootcRules.UNIT_REFERENCE, e, "a bound file's Image= names a Quadlet unit that podman "
                + "resolves and bootc pulls literally" + differs));
        r.add(new LintRule(BootcRules.DROPIN_IGNORED, e, "a drop-in changes the bound file's Image= or other keys; "
                + "bootc ignores drop-ins (error when the image differs, less otherwise)" + differs));
        r.add(new LintRule(BootcRules.DUPLICATE_KEY, i, "a bound file repeats Image=; both readers take the last"));
        r.add(new LintRule(BootcRules.IMAGE_DIFFERS, e, "bootc and podman read different images from a bound file"
                + differs));
        r.add(new LintRule(BootcRules.PODMAN_NO_IMAGE, w, "bootc pulls an image from a bound file that podman "
                + "rejects or takes no image from"));
        r.add(new LintRule(BootcRules.SHADOWED, e, "podman loads another file of the bound file's name that comes "
                + "first in its search path (error when its image differs)"));
        r.add(new LintRule(BootcRules.NOT_A_PODMAN_UNIT, i, "a bound file is not a unit podman loads (outside its "
                + "rootful search directories): only bootc reads it"));
        r.add(new LintRule(ImageReferenceChecks.INVALID, e, "a bound image name podman cannot pull (quotes, spaces, "
                + "bad characters)"));
        r.add(new LintRule(ImageReferenceChecks.UNIT_REFERENCE, e, "a bound file's Image= names a Quadlet unit "
                + "(x.image/x.build), which bootc pulls literally"));
        r.add(new LintRule(ImageReferenceChecks.NOT_FULLY_QUALIFIED, w, "a bound image name is not fully qualified "
                + "(registry/repository:tag)"));
        r.add(new LintRule(ImageReferenceChecks.GC_UNSAFE_NAME, w, "bootc's GC would prune a bound image whose stored "
                + "name differs from the Image= string"));
        r.add(new LintRule(ImageReferenceChecks.FLOATING_TAG, w, "a bound image uses :latest or no tag; bootc never "
                + "refreshes a present image"));
        r.add(new LintRule(ImageReferenceChecks.TAG_AND_DIGEST, i, "a bound image has both a tag and a digest"));
        r.add(new LintRule(ImageReferenceChecks.IMAGE_ID, w, "a bound image is given as an image ID"));
        r.add(new LintRule(ImageReferenceChecks.OTHER_TRANSPORT, w, "a bound image uses a transport other than a "
                + "registry"));
        r.add(new LintRule(ImageReferenceChecks.LOCALHOST, i, "a bound image is a localhost/ name"));
        r.add(new LintRule(ContainerfileParser.RULE_SYNTAX, e, "the Containerfile cannot be parsed (unknown "
                + "instruction, unterminated heredoc, bad escape directive)"));
        r.add(new LintRule(Rules.UNRESOLVED_VARIABLE, w, "a path in a COPY or binding line uses an ARG/ENV whose "
                + "value the Containerfile does not set; bootdeck does not guess it"));
        r.add(new LintRule(Rules.UNREADABLE_BINDING, w, "a RUN line changes bound-images.d in a way bootdeck cannot "
                + "follow (xargs, cp, case, another language); its bindings are not checked"));
        r.add(new LintRule(Rules.LINK_EXISTS, e, "ln without -f makes a bound-images.d entry that already exists: "
                + "the build fails"));
        r.add(new LintRule(Rules.MISSING_COPY_SOURCE, e, "a COPY names a Quadlet file that is not in the project: "
                + "the build fails"));
        r.add(new LintRule(Rules.COPY_DESTINATION_NOT_A_DIRECTORY, w, "a Quadlet file is copied to a destination "
                + "without a trailing / that is not known to be a directory: it may land as a file of that name"));
        r.add(new LintRule(ProjectRules.NOT_COPIED, i, "a Quadlet file of the project is not copied into the image"));
        r.add(new LintRule(ProjectRules.OUTSIDE_SEARCH_PATH, i, "a Quadlet file lands outside podman's Quadlet "
                + "directories, so podman never reads it"));
        r.add(new LintRule(ProjectRules.MISSING_ADDITIONAL_IMAGE_STORE, w, "a .container uses a bound image but "
                + "does not read bootc's storage (GlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage)"
                + "; podman pulls the image again"));
        r.add(new LintRule(ProjectRules.STORAGE_OPT_IN_PODMAN_ARGS, w, "a .container puts --storage-opt="
                + "additionalimagestore in PodmanArgs, where it is a per-container option of podman run; it "
                + "belongs in GlobalArgs"));
        r.add(new LintRule(ProjectRules.GLOBAL_ADDITIONAL_IMAGE_STORE, e, "a storage.conf adds /usr/lib/bootc/storage "
                + "to additionalimagestores; bootc's storage must only be used per container"));
        r.add(new LintRule(ProjectRules.IGNORED_PULL_KEY, w, "a bound file sets a pull key (Arch, Creds, TLSVerify, "
                + "PullSecret, ...) that bootc ignores: bootc pulls with the host's defaults"));
        r.add(new LintRule(ProjectRules.ROOTLESS_BOUND_IMAGE, e, "a bound file lives in a rootless (user) Quadlet "
                + "directory; bound images are not supported for rootless containers"));
        r.add(new LintRule(ProjectRules.TARGET_NOT_COPIED, e, "a bound-images.d symlink points to a path no COPY "
                + "fills, though the project has a Quadlet file of that name" + bootcFails));
        r.add(new LintRule(ProjectRules.LINK_OUTSIDE_ROOT, w, "a bound-images.d symlink climbs above the image root "
                + "or points into this machine's project directory"));
        r.add(new LintRule(ProjectRules.UNREADABLE_FILE, e, "a project file bootdeck needs cannot be read"));
        r.sort(Comparator.comparing(LintRule::id));
        return List.copyOf(r);
    }
}
