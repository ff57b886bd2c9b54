package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImageKind;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import dev.bootdeck.quadlet.ImageSource;
import dev.bootdeck.quadlet.LoadedUnit;
import dev.bootdeck.quadlet.QuadletReport;
import dev.bootdeck.quadlet.QuadletType;
import dev.bootdeck.quadlet.QuadletValidator;
import dev.bootdeck.quadlet.UnitEntry;
import dev.bootdeck.quadlet.UnitReport;
import dev.bootdeck.quadlet.UnitSearchPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts bootc's reading of a bound-image file next to podman's and reports every place where bootc would pull a
 * different image than the one podman runs, or fail where podman works. The two readers differ by design: bootc uses
 * the small {@code tini} INI parser on the one file the link points to, podman's Quadlet uses systemd's syntax plus
 * drop-ins and unit references. Causes are named with stable ids:
 * {@value BootcRules#QUOTES_KEPT}, {@value BootcRules#INLINE_COMMENT}, {@value BootcRules#CONTINUATION},
 * {@value BootcRules#UNIT_REFERENCE}, {@value BootcRules#DROPIN_IGNORED}, {@value BootcRules#DUPLICATE_KEY},
 * {@value BootcRules#IMAGE_DIFFERS} (no cause found), {@value BootcRules#PODMAN_NO_IMAGE},
 * {@value BootcRules#SHADOWED}, {@value BootcRules#NOT_A_PODMAN_UNIT}; bootc's own failures keep their
 * {@link BootcRules} ids ({@value BootcRules#SPECIFIER}, {@value BootcRules#AUTHFILE},
 * {@value BootcRules#MISSING_IMAGE}, ...) with podman's view added to the message.
 */
public final class BootcPodmanComparison {

    private BootcPodmanComparison() {
    }

    /**
     * Both views of a whole root.
     *
     * @param bootc    bootc's reading of {@code bound-images.d}
     * @param podman   podman's Quadlet units of the same root (rootful search directories)
     * @param findings bootc's findings, with each bound file's failure replaced by the compared version, plus every
     *                 difference between the two readings
     */
    public record RootComparison(BoundImagesReport bootc, QuadletReport podman, List<Finding> findings) {
        public RootComparison {
            findings = List.copyOf(findings);
        }
    }

    /** Compares every bound file of a root (local directory or gathered remote data) with podman's view of it. */
    public static RootComparison compareRoot(RootView view, FlattenedLinks mode) {
        BoundImagesDir dir = BoundImagesDirReader.read(view, mode);
        BoundImagesReport bootc = BoundImagesEvaluator.evaluate(dir);
        RootUnitTree tree = new RootUnitTree(view);
        QuadletReport podman = QuadletValidator.validate(tree, UnitSearchPath.ROOTFUL_DIRECTORIES);
        List<Finding> findings = new ArrayList<>(bootc.findings());
        for (BoundImageDirEntry e : dir.entries()) {
            if (!e.nameUtf8() || e.kind() != RootEntryKind.SYMLINK || e.content() == null) {
                continue;
            }
            String file = e.resolvedPath();
            String name = file.substring(file.lastIndexOf('/') + 1);
            Optional<UnitReport> unit = podman.units().stream()
                    .filter(u -> tree.canonical(u.unit().path()).equals(file)).findFirst();
            List<Finding> extra = new ArrayList<>();
            boolean sameFile = unit.isPresent();
            if (unit.isEmpty()) {
                unit = podman.unit(name);
                if (unit.isPresent()) {
                    extra.add(new Finding(BootcRules.SHADOWED, Severity.WARNING, file, 0, "podman loads " + name
                            + " from " + unit.get().unit().path() + ", which comes first in its search path and hides "
                            + "this file; bootc reads this file (through " + e.entryPath() + ")"));
                } else {
                    extra.add(new Finding(BootcRules.NOT_A_PODMAN_UNIT, Severity.INFO, file, 0, "podman does not "
                            + "load " + file + " as a Quadlet unit ("
                            + (QuadletType.ofFileName(name).isEmpty() ? "its name has no Quadlet extension"
                                    : "it is not in podman's search directories")
                            + "); only bootc reads it, so no service uses this image"));
                }
            }
            BoundImageFileReader.Reading reading = BoundImageFileReader.read(e.name(), e.content(), file);
            if (!reading.ok()) {
                findings.remove(reading.failure());
            }
            List<Finding> compared = compare(e.name(), file, e.content(), unit, sameFile);
            if (compared.stream().anyMatch(f -> f.rule().equals(BootcRules.SHADOWED))) {
                extra.removeIf(f -> f.rule().equals(BootcRules.SHADOWED));
            }
            findings.addAll(extra);
            findings.addAll(compared);
        }
        return new RootComparison(bootc, podman, findings);
    }

    /**
     * Compares one bound file.
     *
     * @param entryName the link's name in {@code bound-images.d} (decides what bootc reads)
     * @param file      the file the link resolves to, as findings should name it
     * @param content   that file's text
     * @param podman    podman's report for the unit (the file merged with its drop-ins), empty if podman does not
     *                  load it
     * @return bootc's failure (if any, with podman's view added) and every difference, in file order
     */
    public static List<Finding> compare(String entryName, String file, String content, Optional<UnitReport> podman) {
        return compare(entryName, file, content, podman, true);
    }

    /**
     * As {@link #compare(String, String, String, Optional)}, for a podman unit that may be another file of the same
     * name that hides this one in podman's search path ({@code podmanReadsThisFile} false).
     */
    public static List<Finding> compare(String entryName, String file, String content, Optional<UnitReport> podman,
                                        boolean podmanReadsThisFile) {
        List<Finding> out = new ArrayList<>();
        BoundImageFileReader.Reading bootc = BoundImageFileReader.read(entryName, content, file);
        Optional<ImageSource> source = podman.flatMap(UnitReport::image);
        Optional<String> podmanImage = source.map(s -> systemdUnescaped(s.image()));
        PodmanLines lines = new PodmanLines(TiniIni.rustLines(content));
        if (!bootc.ok()) {
            out.add(augment(bootc.failure(), source));
            explainFailure(bootc, file, lines, podman, source, out);
            dropins(podman, file, bootc.kind(), source, out);
            return out;
        }
        String b = bootc.image();
        int lb = bootc.imageLine();
        BoundImageKind kind = bootc.kind();
        if (podman.isPresent() && source.isEmpty()) {
            out.add(new Finding(BootcRules.PODMAN_NO_IMAGE, Severity.WARNING, file, lb, "bootc pulls \"" + b
                    + "\", but podman uses no image from this unit"
                    + podman.get().podmanError().map(m -> " (" + m + ")").orElse("")));
            if (podmanReadsThisFile && lines.startOf(lb) != lb) {
                out.add(new Finding(BootcRules.CONTINUATION, Severity.ERROR, file, lb, "for podman this line "
                        + "continues line " + lines.startOf(lb) + " and is no Image= line of its own; bootc's INI "
                        + "parser has no continuation lines and reads it as Image=\"" + b + "\""));
            }
        } else if (podmanImage.isPresent() && !podmanImage.get().equals(b)) {
            String p = podmanImage.get();
            String head = "bootc pulls \"" + b + "\" but podman uses \"" + p + "\": ";
            int before = out.size();
            ImageSource s = source.get();
            boolean fromDropin = podman.get().unit().dropins().contains(s.file());
            boolean fromThisFile = !fromDropin && podmanReadsThisFile;
            if (fromDropin) {
                out.add(new Finding(BootcRules.DROPIN_IGNORED, Severity.ERROR, s.file(), s.line(), head + "podman "
                        + "takes Image= from this drop-in, bootc ignores drop-ins and reads only " + file));
            } else if (!fromThisFile) {
                out.add(new Finding(BootcRules.SHADOWED, Severity.ERROR, file, lb, head + "podman reads "
                        + s.file() + ", which has the same name and comes first in its search path"));
            }
            if (s.isReference()) {
                out.add(new Finding(BootcRules.UNIT_REFERENCE, Severity.ERROR, file, lb, head + "Image="
                        + s.referencedUnit() + " names a Quadlet unit, which podman resolves and bootc pulls "
                        + "literally; symlink " + s.referencedUnit() + " into bound-images.d instead"));
            }
            if (fromThisFile && lines.continues(s.line())) {
                out.add(new Finding(BootcRules.CONTINUATION, Severity.ERROR, file, s.line(), head + "podman joins "
                        + "line(s) " + lines.joinedRange(s.line()) + " into this Image= line (a \\ continuation); "
                        + "bootc's INI parser has no continuation lines and reads only this line"));
            }
            if (fromThisFile && lines.startOf(lb) != lb) {
                out.add(new Finding(BootcRules.CONTINUATION, Severity.ERROR, file, lb, head + "for podman this line "
                        + "continues line " + lines.startOf(lb) + " and is no Image= line of its own; bootc's INI "
                        + "parser has no continuation lines and reads it as Image="));
            }
            if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                out.add(new Finding(BootcRules.QUOTES_KEPT, Severity.ERROR, file, lb, head + "podman removes the "
                        + "surrounding quotes, bootc keeps them as part of the name (write Image= without quotes)"));
            }
            if (bootc.document().lineOf(kind.section(), "Image").map(TiniDocument.Line::commentCut).orElse(false)) {
                out.add(new Finding(BootcRules.INLINE_COMMENT, Severity.ERROR, file, lb, head + "bootc's INI parser "
                        + "treats # and ; anywhere in a line as the start of a comment and cuts the value there; "
                        + "podman only knows whole-line comments"));
            }
            if (out.size() == before) {
                out.add(new Finding(BootcRules.IMAGE_DIFFERS, Severity.ERROR, file, lb, head
                        + "the two parsers read this file differently"));
            }
        }
        List<TiniDocument.Line> assignments = bootc.document().assignments(kind.section(), "Image");
        if (assignments.size() > 1) {
            out.add(new Finding(BootcRules.DUPLICATE_KEY, Severity.INFO, file, lb, "Image= is set "
                    + assignments.size() + " times (lines " + String.join(", ", assignments.stream()
                    .map(l -> String.valueOf(l.number())).toList()) + "); bootc and podman both use the last one"));
        }
        dropins(podman, file, kind, source, out);
        return out;
    }

    /** bootc's failure with what podman does instead. */
    private static Finding augment(Finding failure, Optional<ImageSource> source) {
        if (source.isEmpty()) {
            return failure;
        }
        ImageSource s = source.get();
        String podman = "podman uses \"" + systemdUnescaped(s.image()) + "\" (" + s.file() + ":" + s.line() + ")";
        String extra;
        switch (failure.rule()) {
            case BootcRules.SPECIFIER:
                extra = "; podman leaves specifiers to systemd, which expands them when the service starts: "
                        + podman.replace("podman uses", "the service uses");
                break;
            case BootcRules.AUTHFILE:
                extra = "; " + podman + " with that AuthFile";
                break;
            default:
                extra = "; " + podman;
        }
        return new Finding(failure.rule(), failure.severity(), failure.file(), failure.line(),
                failure.message() + extra);
    }

    private static void explainFailure(BoundImageFileReader.Reading bootc, String file, PodmanLines lines,
                                       Optional<UnitReport> podman, Optional<ImageSource> source, List<Finding> out) {
        Finding f = bootc.failure();
        if (f.rule().equals(BootcRules.INI_PARSE_ERROR) && f.line() > 0 && lines.startOf(f.line()) != f.line()) {
            int start = lines.startOf(f.line());
            out.add(new Finding(BootcRules.CONTINUATION, Severity.ERROR, file, start, "podman joins line(s) "
                    + lines.joinedRange(start) + " into this line (a \\ continuation); bootc's INI parser has no "
                    + "continuation lines and rejects line " + f.line() + ", so bootc fails on the whole file"));
        }
        if (f.rule().equals(BootcRules.MISSING_IMAGE) && source.isPresent()
                && podman.get().unit().dropins().contains(source.get().file())) {
            ImageSource s = source.get();
            out.add(new Finding(BootcRules.DROPIN_IGNORED, Severity.ERROR, s.file(), s.line(), "podman takes Image="
                    + " from this drop-in, bootc ignores drop-ins and finds no Image in " + file));
        }
    }

    /** Drop-ins podman merges that do not change the image (those that do were reported as differences). */
    private static void dropins(Optional<UnitReport> podman, String file, BoundImageKind kind,
                                Optional<ImageSource> source, List<Finding> out) {
        if (podman.isEmpty()) {
            return;
        }
        LoadedUnit unit = podman.get().unit();
        String group = unit.type() == QuadletType.IMAGE ? "Image" : kind == null ? "Container" : kind.section();
        for (String dropin : unit.dropins()) {
            if (source.isPresent() && source.get().file().equals(dropin)) {
                continue;
            }
            Optional<UnitEntry> auth = unit.unit().entries(group).stream()
                    .filter(en -> en.file().equals(dropin) && en.key().equals("AuthFile")).reduce((a, b) -> b);
            if (auth.isPresent()) {
                out.add(new Finding(BootcRules.DROPIN_IGNORED, Severity.WARNING, dropin, auth.get().line(),
                        "podman pulls with AuthFile=" + auth.get().value() + " from this drop-in; bootc ignores "
                                + "drop-ins and pulls with its own credentials (/etc/ostree/auth.json)"));
            } else {
                out.add(new Finding(BootcRules.DROPIN_IGNORED, Severity.INFO, dropin, 0, "podman merges this drop-in "
                        + "into " + file + "; bootc reads only " + file + " (this drop-in does not change the image)"));
            }
        }
    }

    /** What systemd makes of {@code %%} in a value podman passes on (other specifiers are left as they are). */
    private static String systemdUnescaped(String podmanValue) {
        SystemdSpecifiers.Result r = SystemdSpecifiers.parse(podmanValue);
        return r.ok() ? r.value() : podmanValue;
    }

    /** How podman groups physical lines into logical lines (continuations with {@code \}), for explanations. */
    static final class PodmanLines {
        private final int[] start;
        private final int[] end;

        PodmanLines(List<String> physical) {
            int n = physical.size();
            start = new int[n + 2];
            end = new int[n + 2];
            int open = 0;
            for (int i = 1; i <= n; i++) {
                String t = TiniIni.trim(physical.get(i - 1));
                boolean comment = t.isEmpty() || t.startsWith("#") || t.startsWith(";");
                if (comment) {
                    start[i] = i;
                    end[i] = i;
                    continue;
                }
                start[i] = open == 0 ? i : open;
                end[start[i]] = i;
                open = t.endsWith("\\") ? start[i] : 0;
            }
        }

        /** The physical line where the logical line containing this line starts (itself if not continued). */
        int startOf(int line) {
            return line >= 1 && line < start.length && start[line] != 0 ? start[line] : line;
        }

        /** Whether this line ends in {@code \} and podman joins later lines into it. */
        boolean continues(int line) {
            return line >= 1 && line < end.length && end[line] > line;
        }

        /** "N" or "N-M": the lines joined into the logical line that starts here. */
        String joinedRange(int line) {
            int last = line >= 1 && line < end.length ? Math.max(end[line], line) : line;
            return last > line + 1 ? (line + 1) + "-" + last : String.valueOf(line + 1);
        }
    }
}
