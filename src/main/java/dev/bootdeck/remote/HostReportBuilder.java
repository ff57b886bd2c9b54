package dev.bootdeck.remote;

import dev.bootdeck.bootc.BootcGcPlanner;
import dev.bootdeck.bootc.BootcStatusParser;
import dev.bootdeck.bootc.BoundImageDirEntry;
import dev.bootdeck.bootc.BoundImagesDir;
import dev.bootdeck.bootc.BoundImagesDirReader;
import dev.bootdeck.bootc.BoundImagesEvaluator;
import dev.bootdeck.bootc.ImageListParseException;
import dev.bootdeck.bootc.PodmanImageListParser;
import dev.bootdeck.bootc.RootEntryKind;
import dev.bootdeck.bootc.RustIoErrors;
import dev.bootdeck.bootc.StatusParseException;
import dev.bootdeck.model.BootEntry;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.BoundImage;
import dev.bootdeck.model.BoundImagePresence;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.BoundImagesState;
import dev.bootdeck.model.CachedUpdateReport;
import dev.bootdeck.model.Deployment;
import dev.bootdeck.model.DeploymentImages;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.DeploymentSlot;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.GcPlan;
import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.model.ImageStatus;
import dev.bootdeck.model.NextBoot;
import dev.bootdeck.model.Severity;
import dev.bootdeck.model.StoredImage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the inspection script gathered into a {@link HostReport} with the core's rules: bootc's status parser,
 * bootc's bound-image rules applied to each deployment's gathered {@code bound-images.d}, the podman image list of
 * bootc's storage, bootc's GC plan. Pure: no I/O, the same input gives the same report, so the demo host and tests
 * go through exactly this code.
 */
public final class HostReportBuilder {
    /** Largest bound-image file the script ships (gather.sh's MAXFILE). */
    static final long MAX_FILE = 1_048_576;
    static final String AUTH_JSON = "/etc/ostree/auth.json";
    private static final List<String> STATUS_ATTEMPTS = List.of("status", "status-format", "status-json");

    private HostReportBuilder() {
    }

    /** The report for {@code host}, from one complete or truncated run of the script. */
    public static HostReport build(String host, GatheredHost g, Instant refreshedAt, boolean demo) {
        List<String> warnings = new ArrayList<>();
        if (!g.complete()) {
            return HostReport.failed(host, HostState.TRUNCATED_OUTPUT, "The inspection output from " + host
                    + " stopped before its end (the connection dropped or the script was killed); nothing shown"
                    + " from this refresh", refreshedAt);
        }
        if (g.uid() != null && g.uid() != 0) {
            warnings.add("The inspection ran as uid " + g.uid() + ", not root; bootc may refuse to answer");
        }
        String version = g.command("bootc-version").filter(c -> c.exitCode() == 0)
                .map(c -> firstLine(c.stdoutText())).map(v -> v.startsWith("bootc ") ? v.substring(6) : v)
                .orElse(null);

        GatheredHost.CapturedCommand status = null;
        for (String id : STATUS_ATTEMPTS) {
            if (g.command(id).isPresent()) {
                status = g.command(id).get();
            }
        }
        if (status == null) {
            return HostReport.failed(host, HostState.BAD_OUTPUT, "The inspection output from " + host
                    + " has no bootc status", refreshedAt);
        }
        if (status.exitCode() == 127) {
            return HostReport.failed(host, HostState.BOOTC_MISSING, "bootc is not installed on " + host + " ("
                    + oneLine(status.stderrText(), "command not found") + ")", refreshedAt);
        }
        if (status.exitCode() != 0) {
            return HostReport.failed(host, HostState.BOOTC_ERROR, "bootc status failed on " + host + " (exit "
                    + status.exitCode() + "): " + oneLine(status.stderrText(), "no error message"), version, null,
                    warnings, refreshedAt);
        }
        if (!status.id().equals("status")) {
            warnings.add("bootc " + (version == null ? "" : version + " ") + "on " + host
                    + " does not accept --format-version" + (status.id().equals("status-json")
                            ? " or --format; read `bootc status --json`" : "; read `bootc status --format=json`"));
        }
        BootcHost bootc;
        try {
            bootc = new BootcStatusParser().parse(status.stdoutText(), host + ": bootc status");
        } catch (StatusParseException e) {
            return HostReport.failed(host, HostState.BAD_OUTPUT, e.getMessage(), version, null, warnings,
                    refreshedAt);
        }
        if (!bootc.isBootcHost()) {
            if (bootc.deployments().isEmpty()) {
                return HostReport.failed(host, HostState.NOT_BOOTC_HOST, host + " is not deployed via bootc (bootc"
                        + " status reports no booted deployment)", version, bootc, warnings, refreshedAt);
            }
            warnings.add("bootc status on " + host + " reports no booted deployment but lists others; shown as"
                    + " reported");
        }
        return new Assembly(host, g, bootc, version, warnings, refreshedAt, demo).report();
    }

    /** The per-deployment work for one bootc host. */
    private static final class Assembly {
        private final String host;
        private final GatheredHost g;
        private final BootcHost bootc;
        private final String version;
        private final List<String> warnings;
        private final Instant refreshedAt;
        private final boolean demo;

        Assembly(String host, GatheredHost g, BootcHost bootc, String version, List<String> warnings,
                Instant refreshedAt, boolean demo) {
            this.host = host;
            this.g = g;
            this.bootc = bootc;
            this.version = version;
            this.warnings = warnings;
            this.refreshedAt = refreshedAt;
            this.demo = demo;
        }

        HostReport report() {
            Map<String, DeploymentRead> reads = new LinkedHashMap<>();
            Map<String, BoundImagesReport> boundByLabel = new HashMap<>();
            Set<String> usedDirs = new HashSet<>();
            for (Deployment d : bootc.deployments()) {
                DeploymentRead read = readDeployment(d, usedDirs);
                reads.put(d.label(), read);
                if (read.report != null) {
                    boundByLabel.put(d.label(), read.report);
                }
            }
            for (GatheredHost.GatheredDeployment gd : g.deployments()) {
                if (!usedDirs.contains(gd.path())) {
                    warnings.add("Deployment directory " + gd.path() + " is not in bootc's status (an undeployed"
                            + " or foreign deployment)");
                }
            }
            List<StoredImage> stored = storedImages();
            GcPlan plan = stored == null ? null : BootcGcPlanner.plan(bootc, boundByLabel, stored);
            Optional<NextBoot> next = bootc.nextBoot();
            List<DeploymentReport> deployments = new ArrayList<>();
            for (Deployment d : bootc.deployments()) {
                deployments.add(deploymentReport(d, reads.get(d.label()), plan, next));
            }
            List<String> gcCandidates = new ArrayList<>();
            if (plan != null) {
                for (StoredImage img : plan.pruned()) {
                    gcCandidates.add(img.names().isEmpty() ? img.id() : img.names().get(0));
                }
                warnings.addAll(plan.notes());
                if (plan.gcFails()) {
                    warnings.add("bootc's garbage collection of its image storage would abort on " + host
                            + " (a deployment's bound images cannot be read by bootc)");
                }
            }
            hostWarnings();
            Boolean timer = timer();
            if (Boolean.TRUE.equals(timer)) {
                warnings.add("bootc-fetch-apply-updates.timer is active: " + host + " upgrades and reboots on its"
                        + " own (about every 8 h), which can race with actions started here");
            }
            Boolean auth = g.files().get(AUTH_JSON);
            return new HostReport(host, HostState.OK, null, version, next.map(NextBoot::slot).orElse(null),
                    next.map(NextBoot::reason).orElse(null), deployments, gcCandidates, warnings, timer, auth,
                    stored, plan, bootc, refreshedAt, demo);
        }

        private void hostWarnings() {
            if (g.ignoredLines() > 0) {
                warnings.add("The login shell on " + host + " printed " + g.ignoredLines() + " line(s) before the"
                        + " inspection output (ignored)");
            }
            if (bootc.status().readOnly()) {
                warnings.add(host + " runs from read-only media (/sysroot is read-only): upgrades are impossible");
            }
            if (bootc.status().usrOverlay() != null) {
                warnings.add(host + " has a writable overlay on /usr (bootc usr-overlay); changes there are lost"
                        + " on reboot");
            }
            if (!bootc.isKnownApiVersion()) {
                warnings.add("bootc on " + host + " reports an unknown apiVersion " + bootc.apiVersion()
                        + "; read as far as understood");
            }
            for (Deployment d : bootc.deployments()) {
                if (d.entry().incompatible()) {
                    warnings.add("The " + d.label() + " deployment has rpm-ostree layering: bootc cannot manage it"
                            + " (use rpm-ostree)");
                }
            }
        }

        private Boolean timer() {
            Optional<GatheredHost.CapturedCommand> t = g.command("timer");
            if (t.isEmpty() || t.get().exitCode() == 127) {
                return null;
            }
            String out = firstLine(t.get().stdoutText());
            if (t.get().exitCode() == 0 && out.equals("active")) {
                return true;
            }
            return switch (out) {
                case "inactive", "failed", "unknown", "activating", "deactivating" -> false;
                default -> t.get().exitCode() == 0 ? null : false;
            };
        }

        /** bootc's storage listing: null when it could not be listed. */
        private List<StoredImage> storedImages() {
            if (g.store() == GatheredHost.StoreState.ABSENT) {
                warnings.add("bootc's image storage (/usr/lib/bootc/storage) does not exist on " + host
                        + ": no bound image has been pulled there yet");
                return List.of();
            }
            Optional<GatheredHost.CapturedCommand> viaBootc = g.command("images-bootc");
            Optional<GatheredHost.CapturedCommand> viaPodman = g.command("images-podman");
            GatheredHost.CapturedCommand used = null;
            if (viaBootc.isPresent() && viaBootc.get().exitCode() == 0) {
                used = viaBootc.get();
            } else if (viaPodman.isPresent() && viaPodman.get().exitCode() == 0) {
                used = viaPodman.get();
                warnings.add("`bootc image cmd list` failed on " + host + " ("
                        + oneLine(viaBootc.map(GatheredHost.CapturedCommand::stderrText).orElse(""), "no message")
                        + "); bootc's storage was listed with podman instead");
            }
            if (used == null) {
                String why = viaPodman.or(() -> viaBootc).map(c -> oneLine(c.stderrText(), "exit " + c.exitCode()))
                        .orElse("not attempted");
                warnings.add("bootc's image storage on " + host + " could not be listed (" + why + "): whether"
                        + " bound images are present is unknown");
                return null;
            }
            try {
                return PodmanImageListParser.parse(used.stdoutText(), host + ": "
                        + (used.id().equals("images-bootc") ? "bootc image cmd list" : "podman image list"));
            } catch (ImageListParseException e) {
                warnings.add(e.getMessage() + "; whether bound images are present is unknown");
                return null;
            }
        }

        private record DeploymentRead(BoundImagesState state, String root, BoundImagesDir dir,
                BoundImagesReport report) {
        }

        private DeploymentRead readDeployment(Deployment d, Set<String> usedDirs) {
            BootEntry e = d.entry();
            if (e.ostree() == null) {
                return new DeploymentRead(BoundImagesState.NOT_OSTREE, null, null, null);
            }
            Optional<String> exact = e.ostree().deploymentRoot();
            String dirName = "/deploy/" + e.ostree().deploymentDirName();
            GatheredHost.GatheredDeployment found = null;
            for (GatheredHost.GatheredDeployment gd : g.deployments()) {
                boolean match = exact.isPresent() ? gd.path().equals(exact.get())
                        : gd.path().startsWith("/sysroot/ostree/deploy/") && gd.path().endsWith(dirName)
                                && e.ostree().hasValidChecksum();
                if (match) {
                    found = gd;
                    break;
                }
            }
            if (found == null) {
                String where = exact.orElse(e.ostree().deploymentRootGlob().orElse("(malformed checksum)"));
                warnings.add("The root of the " + d.label() + " deployment (" + where + ") was not found on " + host
                        + "; its bound images are unknown");
                return new DeploymentRead(BoundImagesState.ROOT_NOT_FOUND, exact.orElse(null), null, null);
            }
            usedDirs.add(found.path());
            if (!found.readable()) {
                warnings.add("The root of the " + d.label() + " deployment (" + found.path() + ") cannot be read on "
                        + host + "; its bound images are unknown");
                return new DeploymentRead(BoundImagesState.UNREADABLE_ROOT, found.path(), null, null);
            }
            String label = host + ":" + found.path();
            BoundImagesDir dir = toDir(label, found);
            BoundImagesReport report = BoundImagesEvaluator.evaluate(dir);
            BoundImagesState state;
            if (!dir.present()) {
                state = BoundImagesState.ABSENT;
            } else if (dir.directoryError() != null) {
                state = BoundImagesState.DIRECTORY_ERROR;
            } else if (dir.entries().isEmpty()) {
                state = BoundImagesState.EMPTY;
            } else {
                state = BoundImagesState.READ;
            }
            return new DeploymentRead(state, found.path(), dir, report);
        }

        private DeploymentReport deploymentReport(Deployment d, DeploymentRead read, GcPlan plan,
                Optional<NextBoot> next) {
            BootEntry e = d.entry();
            ImageStatus img = e.image();
            boolean isNext = next.isPresent() && next.get().slot() == d.slot() && next.get().entry() == e;
            boolean update = d.slot() == DeploymentSlot.BOOTED ? bootc.updateAvailable() : e.updateAvailable();
            CachedUpdateReport cached = e.cachedUpdate() == null ? null : new CachedUpdateReport(
                    e.cachedUpdate().image().image(), e.cachedUpdate().imageDigest(), e.cachedUpdate().version(),
                    e.cachedUpdate().timestamp(), e.cachedUpdate().architecture());
            Map<String, BoundImagePresence> presence = new HashMap<>();
            if (plan != null) {
                for (DeploymentImages di : plan.deployments()) {
                    if (di.label().equals(d.label())) {
                        di.bound().forEach(p -> presence.put(p.image(), p));
                    }
                }
            }
            List<BoundImageReport> bound = new ArrayList<>();
            List<Finding> dirFindings = new ArrayList<>();
            if (read.report != null) {
                for (Finding f : read.report.findings()) {
                    if (f.file().equals(BoundImagesDirReader.DIRECTORY)) {
                        dirFindings.add(f);
                    }
                }
                for (BoundImageDirEntry entry : read.dir.entries()) {
                    bound.add(entryReport(entry, read.report, presence, plan != null, d));
                }
            }
            return new DeploymentReport(d.slot(), d.label(), isNext, img == null ? null : img.image().image(),
                    img == null ? null : img.image().transport(), img == null ? null : img.imageDigest(),
                    img == null ? null : img.version(), img == null ? null : img.timestamp(),
                    img == null ? null : img.architecture(), e.pinned(), e.downloadOnly(), e.softRebootCapable(),
                    e.incompatible(), update, cached, e.store(), read.root, read.state, bound, dirFindings);
        }

        private BoundImageReport entryReport(BoundImageDirEntry entry, BoundImagesReport report,
                Map<String, BoundImagePresence> presence, boolean storeKnown, Deployment d) {
            Optional<BoundImage> image = report.images().stream().filter(b -> b.name().equals(entry.name()))
                    .findFirst();
            String file = image.map(BoundImage::resolvedPath)
                    .orElse(entry.resolvedPath() != null ? entry.resolvedPath() : entry.entryPath());
            List<Finding> findings = new ArrayList<>();
            for (Finding f : report.findings()) {
                if (f.file().equals(entry.entryPath()) || f.file().equals(file)) {
                    findings.add(f);
                }
            }
            Boolean present = null;
            if (image.isPresent() && storeKnown) {
                BoundImagePresence p = presence.get(image.get().image());
                if (p != null) {
                    present = p.state() != BoundImagePresence.State.MISSING;
                    if (p.state() == BoundImagePresence.State.MISSING) {
                        findings.add(new Finding("remote/bound-image-missing", d.slot() == DeploymentSlot.ROLLBACK
                                || d.slot() == DeploymentSlot.OTHER ? Severity.WARNING : Severity.ERROR, file,
                                image.get().line(), image.get().image() + " is not in bootc's storage on " + host
                                        + (d.slot() == DeploymentSlot.STAGED ? " although the deployment is staged"
                                                + " (its pull failed?); retry with `bootc image cmd pull "
                                                + image.get().image() + "`" : "")));
                    } else if (p.state() == BoundImagePresence.State.PRESENT_UNPROTECTED) {
                        findings.add(new Finding("remote/bound-image-unprotected", Severity.WARNING, file,
                                image.get().line(), image.get().image() + ": " + p.note()));
                    }
                }
            }
            List<String> problems = findings.stream().map(f -> f.severity().word() + ": " + f.message()).toList();
            return new BoundImageReport(image.map(BoundImage::image).orElse(null), entry.name(), file, present,
                    problems, findings);
        }

        private static BoundImagesDir toDir(String label, GatheredHost.GatheredDeployment gd) {
            String state = gd.boundDir() == null ? "absent" : gd.boundDir();
            switch (state) {
                case "absent":
                    return BoundImagesDir.missing(label);
                case "notdir":
                    return BoundImagesDir.unreadable(label, RustIoErrors.NOT_A_DIRECTORY);
                case "unreadable":
                    return BoundImagesDir.unreadable(label, RustIoErrors.PERMISSION_DENIED);
                case "loop":
                    return BoundImagesDir.unreadable(label, RustIoErrors.TOO_MANY_LINKS);
                default:
                    break;
            }
            List<BoundImageDirEntry> entries = new ArrayList<>();
            for (GatheredHost.GatheredEntry ge : gd.entries()) {
                entries.add(toEntry(ge));
            }
            return BoundImagesDir.of(label, entries);
        }

        private static BoundImageDirEntry toEntry(GatheredHost.GatheredEntry ge) {
            String name = strictUtf8(ge.name());
            boolean utf8 = name != null;
            if (!utf8) {
                name = new String(ge.name(), StandardCharsets.UTF_8);
            }
            RootEntryKind kind = switch (ge.type()) {
                case "link" -> RootEntryKind.SYMLINK;
                case "file" -> RootEntryKind.FILE;
                case "dir" -> RootEntryKind.DIRECTORY;
                default -> RootEntryKind.OTHER;
            };
            if (!utf8 || kind != RootEntryKind.SYMLINK) {
                return BoundImageDirEntry.notALink(name, utf8, kind);
            }
            String resolved = ge.resolved().isEmpty() ? null : ge.resolved();
            switch (ge.state()) {
                case "ok" -> {
                    if (ge.size() > MAX_FILE) {
                        return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, "file larger than "
                                + MAX_FILE + " bytes, not read by bootdeck", false);
                    }
                    String content = BoundImageDirEntry.decodeUtf8(ge.content());
                    if (content == null) {
                        return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, RustIoErrors.INVALID_UTF8,
                                false);
                    }
                    return BoundImageDirEntry.link(name, ge.target(), resolved, content);
                }
                case "dangling" -> {
                    return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, RustIoErrors.NOT_FOUND, true);
                }
                case "loop" -> {
                    return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, RustIoErrors.TOO_MANY_LINKS,
                            false);
                }
                case "unreadable" -> {
                    return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, RustIoErrors.PERMISSION_DENIED,
                            false);
                }
                case "isdir" -> {
                    return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, RustIoErrors.IS_A_DIRECTORY,
                            false);
                }
                default -> {
                    return BoundImageDirEntry.brokenLink(name, ge.target(), resolved, "not a regular file", false);
                }
            }
        }
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    /** The last non-empty lines of a command's stderr as one line (bootc puts its error chain last). */
    static String oneLine(String stderr, String fallback) {
        String t = stderr.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        String[] lines = t.split("\\R");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, lines.length - 3); i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (b.length() > 0) {
                    b.append(" / ");
                }
                b.append(lines[i].strip());
            }
        }
        String s = b.toString();
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }
}
