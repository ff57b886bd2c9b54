package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImage;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies bootc's {@code query_bound_images} rules to a gathered {@link BoundImagesDir}, in bootc's order per entry:
 * UTF-8 name, symlink, read the target inside the root, then the file rules of {@link BoundImageFileReader}. Unlike
 * bootc, which stops at the first failing entry, every entry is evaluated so that all problems show at once. Each
 * image bootc reads is also checked as an image name ({@link ImageReferenceChecks}): pull failures are errors, GC and
 * update pitfalls warnings.
 */
public final class BoundImagesEvaluator {

    private BoundImagesEvaluator() {
    }

    /** Convenience: gather a local directory that stands for a root and evaluate it. */
    public static BoundImagesReport evaluateLocalRoot(Path root, FlattenedLinks mode) {
        return evaluate(BoundImagesDirReader.read(new LocalRootView(root), mode));
    }

    /** Evaluates a gathered directory (local or remote). */
    public static BoundImagesReport evaluate(BoundImagesDir dir) {
        List<BoundImage> images = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean queryFails = false;
        if (!dir.present()) {
            return new BoundImagesReport(dir.root(), false, images, findings, false);
        }
        String q = BootcRules.QUERY_CONTEXT + ": ";
        if (dir.directoryError() != null) {
            findings.add(new Finding(BootcRules.DIRECTORY_UNREADABLE, Severity.ERROR,
                    BoundImagesDirReader.DIRECTORY, 0, q + dir.directoryError()));
            return new BoundImagesReport(dir.root(), true, images, findings, true);
        }
        for (BoundImageDirEntry e : dir.entries()) {
            if (!e.nameUtf8()) {
                findings.add(new Finding(BootcRules.NON_UTF8_NAME, Severity.ERROR, BoundImagesDirReader.DIRECTORY, 0,
                        q + "Invalid non-UTF8 filename: " + rustDebug(e.name()) + " in " + BootcRules.BOUND_IMAGE_DIR));
                queryFails = true;
                continue;
            }
            if (e.kind() != RootEntryKind.SYMLINK) {
                findings.add(new Finding(BootcRules.NOT_A_SYMLINK, Severity.ERROR, e.entryPath(), 0,
                        q + "Not a symlink: " + e.name() + " (it is " + article(e.kind()) + ")"));
                queryFails = true;
                continue;
            }
            if (e.flattened()) {
                findings.add(new Finding(BootcRules.FLATTENED_SYMLINK, Severity.WARNING, e.entryPath(), 0,
                        e.name() + " is a plain file holding the path " + e.linkTarget() + ", not a symlink (a copy "
                                + "that lost its symlinks?). Read here as a link to that path; in an image bootc "
                                + "fails with \"Not a symlink: " + e.name() + "\""));
            }
            if (e.targetError() != null) {
                findings.add(new Finding(e.dangling() ? BootcRules.DANGLING_SYMLINK : BootcRules.UNREADABLE,
                        Severity.ERROR, e.entryPath(), 0, q + e.targetError() + " (" + e.name() + " -> "
                        + e.linkTarget() + (e.resolvedPath() == null ? "" : ", resolved inside the root to "
                        + e.resolvedPath()) + ")"));
                queryFails = true;
                continue;
            }
            String file = e.resolvedPath() == null ? e.entryPath() : e.resolvedPath();
            BoundImageFileReader.Reading r = BoundImageFileReader.read(e.name(), e.content(), file);
            if (!r.ok()) {
                findings.add(r.failure());
                queryFails = true;
                continue;
            }
            images.add(new BoundImage(e.name(), r.kind(), e.linkTarget(), file, r.image(), r.imageLine()));
            if (r.image().isEmpty()) {
                findings.add(new Finding(BootcRules.EMPTY_IMAGE, Severity.ERROR, file, r.imageLine(),
                        "Image= is empty: bootc reads it without complaint, but pulling an empty name fails, so "
                                + "the upgrade fails after staging"));
            } else {
                findings.addAll(ImageReferenceChecks.check(r.image(), file, r.imageLine()));
            }
        }
        return new BoundImagesReport(dir.root(), true, images, findings, queryFails);
    }

    private static String article(RootEntryKind kind) {
        switch (kind) {
            case FILE:
                return "a regular file";
            case DIRECTORY:
                return "a directory";
            default:
                return "neither a file nor a directory";
        }
    }

    /** Roughly Rust's {@code {:?}} of a file name: quoted, with quotes, backslashes and controls escaped. */
    static String rustDebug(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u{%x}", (int) c));
            } else if (c == '\uFFFD') {
                sb.append("\\x??");
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
