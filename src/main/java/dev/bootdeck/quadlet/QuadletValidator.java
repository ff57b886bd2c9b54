package dev.bootdeck.quadlet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.bootdeck.model.Finding;

/**
 * Checks Quadlet units as podman's generator converts them ({@code cmd/quadlet/main.go} and
 * {@code pkg/systemd/quadlet/quadlet.go}) and reports podman's own errors and warnings as {@link Finding}s, with
 * the file and line of the offending key where there is one (0 for whole-file conditions). It does not generate
 * services: it walks the same decisions and keeps every error podman could raise, in podman's order (podman stops
 * at the first; we go on so one run shows them all). It also resolves the image each unit uses.
 */
public final class QuadletValidator {
    private static final Pattern URL = Pattern.compile("^((https?)|(git)://)|(github\\.com/).+$");
    private static final Pattern PORT_RANGE = Pattern.compile("\\d+(-\\d+)?(/udp|/tcp)?\\z");
    private static final List<String> UNIT_DEPENDENCY_KEYS = List.of("After", "Before", "BindsTo", "Conflicts",
            "OnFailure", "OnSuccess", "PartOf", "PropagatesReloadTo", "PropagatesStopTo", "ReloadPropagatedFrom",
            "Requires", "Requisite", "StopPropagatedFrom", "Upholds", "Wants");
    private static final List<String> UNSUPPORTED_SERVICE_KEYS = List.of("User", "Group", "DynamicUser");
    private static final Set<String> MOUNT_TYPES_WITH_SOURCE = Set.of("volume", "bind", "glob", "image", "artifact");
    private static final String SERVICE = "Service";
    private static final String UNIT = "Unit";

    private QuadletValidator() {
    }

    /** Validates units in local directories, given in precedence order (e.g. run, etc, usr/share). */
    public static QuadletReport validateDirectories(List<Path> searchDirectories) {
        return validate(new DiskUnitTree(), searchDirectories.stream().map(Path::toString).toList());
    }

    /** Validates units held in a tree (on disk or in memory), given the search directories in precedence order. */
    public static QuadletReport validate(UnitTree tree, List<String> searchDirectories) {
        return validate(new UnitSearchPath(tree, searchDirectories).load());
    }

    /**
     * Validates one file on its own, as if it were alone in a unit directory (references to other units then fail
     * as they would). The path names it in findings; its directory part is the unit directory.
     */
    public static UnitReportOrFailure validateFile(String path, byte[] content) {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        QuadletReport report = validate(new MemoryUnitTree().put(path, content), List.of(dir));
        String name = path.substring(slash + 1);
        return new UnitReportOrFailure(report.unit(name), report.loadFindings());
    }

    /**
     * The result of {@link #validateFile}: the unit's report, or (when podman could not load the file, or its
     * extension is not a Quadlet one) only the loading findings.
     */
    public record UnitReportOrFailure(Optional<UnitReport> report, List<Finding> loadFindings) {
        public UnitReportOrFailure {
            loadFindings = List.copyOf(loadFindings);
        }

        /** All findings: loading ones, then the unit's. */
        public List<Finding> findings() {
            List<Finding> all = new ArrayList<>(loadFindings);
            report.ifPresent(r -> all.addAll(r.findings()));
            return all;
        }
    }

    /** Validates already loaded units. */
    public static QuadletReport validate(UnitSearchPath.Loaded loaded) {
        List<LoadedUnit> units = new ArrayList<>(loaded.units());
        units.sort(Comparator.comparingInt(u -> u.type().order()));
        Map<String, UnitInfo> infos = new HashMap<>();
        Map<String, LoadedUnit> byName = new HashMap<>();
        for (LoadedUnit u : units) {
            infos.put(u.fileName(), UnitInfo.of(u));
            byName.put(u.fileName(), u);
        }
        Map<String, UnitReport> reports = new HashMap<>();
        for (LoadedUnit u : units) {
            reports.put(u.path(), new Conversion(u, infos, byName).run());
        }
        List<UnitReport> ordered = loaded.units().stream().map(u -> reports.get(u.path())).toList();
        return new QuadletReport(ordered, loaded.findings());
    }

    /** Podman's {@code UnitInfo}: the service a unit becomes and the resource name others see. */
    static final class UnitInfo {
        final String serviceName;
        String resourceName;

        UnitInfo(String serviceName, String resourceName) {
            this.serviceName = serviceName;
            this.resourceName = resourceName;
        }

        String serviceFileName() {
            return serviceName + ".service";
        }

        static UnitInfo of(LoadedUnit u) {
            UnitFile f = u.unit();
            String service = serviceName(u);
            String resource = switch (u.type()) {
                case CONTAINER -> containerResourceName(u);
                case BUILD -> {
                    List<String> tags = f.lookupAll("Build", "ImageTag");
                    yield tags.isEmpty() ? "" : tags.get(0);
                }
                case POD -> {
                    String name = f.lookup("Pod", "PodName").orElse("");
                    yield name.isEmpty() ? "systemd-" + removeExtension(u.fileName()) : name;
                }
                default -> "";
            };
            return new UnitInfo(service, resource);
        }

        static String serviceName(LoadedUnit u) {
            Optional<String> explicit = u.unit().lookup(u.type().group(), "ServiceName");
            if (explicit.isPresent()) {
                return explicit.get();
            }
            String base = removeExtension(u.fileName());
            String suffix = u.type().serviceSuffix();
            if (!base.isEmpty() && base.endsWith("@")) {
                base = base.substring(0, base.length() - 1);
                suffix += "@";
            }
            return base + suffix;
        }

        static String containerResourceName(LoadedUnit u) {
            String name = containerName(u);
            String resolved = name.replace("%N", serviceName(u));
            return resolved.contains("%") ? "" : resolved;
        }

        static String containerName(LoadedUnit u) {
            String name = u.unit().lookup("Container", "ContainerName").orElse("");
            if (name.isEmpty()) {
                name = u.fileName().contains("@") ? "systemd-%p_%i" : "systemd-%N";
            }
            return name;
        }
    }

    static String removeExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isUrl(String s) {
        return URL.matcher(s).find();
    }

    /** One unit's pass through podman's checks. */
    private static final class Conversion {
        private final LoadedUnit unit;
        private final UnitFile f;
        private final String group;
        private final Map<String, UnitInfo> infos;
        private final Map<String, LoadedUnit> byName;
        private final List<Finding> findings = new ArrayList<>();
        private ImageSource image;

        Conversion(LoadedUnit unit, Map<String, UnitInfo> infos, Map<String, LoadedUnit> byName) {
            this.unit = unit;
            this.byName = byName;
            this.f = unit.unit();
            this.group = unit.type().group();
            this.infos = infos;
        }

        UnitReport run() {
            warnUnsupportedServiceKeys();
            if (Set.of(QuadletType.CONTAINER, QuadletType.VOLUME, QuadletType.IMAGE, QuadletType.ARTIFACT)
                    .contains(unit.type())) {
                warnIfAmbiguousName();
            }
            checkKeys();
            translateDependencies();
            switch (unit.type()) {
                case CONTAINER -> container();
                case VOLUME -> volume();
                case NETWORK -> network();
                case KUBE -> kube();
                case IMAGE -> image();
                case BUILD -> build();
                case POD -> pod();
                case ARTIFACT -> artifact();
                default -> throw new IllegalStateException(unit.type().toString());
            }
            return new UnitReport(unit, Optional.ofNullable(image), findings);
        }

        private boolean failed() {
            return findings.stream().anyMatch(x -> x.severity() == dev.bootdeck.model.Severity.ERROR);
        }

        private void add(QuadletRule rule, UnitEntry at, String message) {
            if (at == null) {
                findings.add(UnitSearchPath.finding(rule, unit.path(), 0, message));
            } else {
                findings.add(UnitSearchPath.finding(rule, at.file(), at.line(), message));
            }
        }

        private UnitEntry last(String g, String key) {
            return f.lastEntry(g, key).orElse(null);
        }

        private String lookup(String key) {
            return f.lookup(group, key).orElse("");
        }

        // ---------------------------------------------------------------- generator-level warnings

        private void warnUnsupportedServiceKeys() {
            for (String key : UNSUPPORTED_SERVICE_KEYS) {
                UnitEntry e = last(SERVICE, key);
                if (e != null) {
                    add(QuadletRule.UNSUPPORTED_SERVICE_KEY, e, "Warning: using key " + key
                            + " in the Service group is not supported - use at your own risk");
                }
            }
        }

        private void warnIfAmbiguousName() {
            UnitEntry e = last(group, "Image");
            if (e == null) {
                return;
            }
            String name = UnitValues.lookupForm(e.value());
            if (name.endsWith(".build") || name.endsWith(".image")) {
                return;
            }
            if (!ImageNames.isUnambiguous(name)) {
                add(QuadletRule.SHORT_NAME, e, ImageNames.shortNameWarning(unit.fileName(), name));
            }
        }

        // ---------------------------------------------------------------- initServiceUnitFile

        private void checkKeys() {
            checkKeys(group, unit.type().supportedKeys());
            checkKeys(QuadletType.QUADLET_GROUP, QuadletType.QUADLET_KEYS);
        }

        private void checkKeys(String g, Set<String> supported) {
            for (String key : f.keys(g)) {
                if (!supported.contains(key)) {
                    add(QuadletRule.UNSUPPORTED_KEY, f.firstEntry(g, key).orElse(null),
                            "unsupported key '" + key + "' in group '" + g + "' in " + unit.path());
                }
            }
        }

        private void translateDependencies() {
            for (String key : UNIT_DEPENDENCY_KEYS) {
                for (UnitEntry e : f.lookupAllEntries(UNIT, key)) {
                    List<String> deps;
                    try {
                        deps = WordSplitter.split(e.value(), WordSplitter.STRV);
                    } catch (WordSplitException ex) {
                        continue;
                    }
                    for (String dep : deps) {
                        if (QuadletType.ofFileName(dep).isPresent() && !infos.containsKey(dep)) {
                            add(QuadletRule.UNKNOWN_DEPENDENCY, e, "unable to translate dependency for " + dep);
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- shared handlers

        /** {@code handleImageSource}: resolves {@code x.build} / {@code x.image}; null when not found. */
        private ImageSource imageSource(UnitEntry at, String declared) {
            String name = declared;
            String referenced = null;
            String resolvedFile = null;
            int resolvedLine = 0;
            for (String suffix : List.of(".build", ".image")) {
                if (name.endsWith(suffix)) {
                    UnitInfo info = infos.get(name);
                    if (info == null) {
                        add(QuadletRule.IMAGE_UNIT_NOT_FOUND, at, "requested Quadlet image " + name + " was not found");
                        return null;
                    }
                    if (referenced == null) {
                        referenced = name;
                    }
                    UnitEntry origin = resolutionOrigin(name);
                    if (origin != null) {
                        resolvedFile = origin.file();
                        resolvedLine = origin.line();
                    }
                    name = info.resourceName;
                }
            }
            return new ImageSource(name, declared, at.file(), at.line(), referenced, resolvedFile, resolvedLine);
        }

        /** The line of the referenced unit that named the resource (ImageTag, else Image). */
        private UnitEntry resolutionOrigin(String referencedFileName) {
            LoadedUnit ref = byName.get(referencedFileName);
            if (ref == null) {
                return null;
            }
            UnitFile rf = ref.unit();
            if (ref.type() == QuadletType.BUILD) {
                List<UnitEntry> tags = rf.lookupAllEntries("Build", "ImageTag");
                return tags.isEmpty() ? null : tags.get(0);
            }
            if (ref.type() == QuadletType.IMAGE) {
                UnitEntry tag = rf.lastEntry("Image", "ImageTag").orElse(null);
                if (tag != null && !UnitValues.lookupForm(tag.value()).isEmpty()) {
                    return tag;
                }
                return rf.lastEntry("Image", "Image").orElse(null);
            }
            return null;
        }

        private void checkKillMode() {
            UnitEntry e = last(SERVICE, "KillMode");
            if (e != null) {
                String v = UnitValues.lookupForm(e.value());
                if (!v.equals("mixed") && !v.equals("control-group")) {
                    add(QuadletRule.INVALID_KILL_MODE, e, "invalid KillMode '" + v + "'");
                }
            }
        }

        private void checkServiceType() {
            UnitEntry e = last(SERVICE, "Type");
            if (e != null) {
                String v = UnitValues.lookupForm(e.value());
                if (!v.equals("notify") && !v.equals("oneshot")) {
                    add(QuadletRule.INVALID_SERVICE_TYPE, e, "invalid service Type '" + v + "'");
                }
            }
        }

        private void addNetworks() {
            for (UnitEntry e : f.lookupAllEntries(group, "Network")) {
                String network = e.value();
                int colon = network.indexOf(':');
                String name = colon < 0 ? network : network.substring(0, colon);
                boolean isNetwork = name.endsWith(".network");
                boolean isContainer = name.endsWith(".container");
                if (!isNetwork && !isContainer) {
                    continue;
                }
                UnitInfo info = infos.get(name);
                if (info == null) {
                    add(QuadletRule.UNIT_NOT_FOUND, e, "requested Quadlet unit " + name + " was not found");
                } else if (info.resourceName.isEmpty()) {
                    add(QuadletRule.UNIT_NOT_FOUND, e, "cannot get the resource name of " + name);
                } else if (colon >= 0 && isContainer) {
                    add(QuadletRule.UNIT_NOT_FOUND, e,
                            "extra options are not supported when joining another container's network");
                }
            }
        }

        private void addVolumes() {
            for (UnitEntry e : f.lookupAllEntries(group, "Volume")) {
                String[] parts = e.value().split(":", 3);
                String source = parts.length >= 2 ? parts[0] : "";
                if (!source.isEmpty()) {
                    storageSource(e, source, false);
                }
            }
        }

        /** {@code handleStorageSource}; true when it resolved. */
        private boolean storageSource(UnitEntry e, String source, boolean checkImage) {
            if (source.isEmpty()) {
                add(QuadletRule.INVALID_MOUNT, e, "source cannot be empty");
                return false;
            }
            if (source.charAt(0) == '/' || source.charAt(0) == '.') {
                return true;
            }
            if (source.endsWith(".volume") || (checkImage && source.endsWith(".image"))
                    || source.endsWith(".artifact")) {
                if (!infos.containsKey(source)) {
                    add(QuadletRule.UNIT_NOT_FOUND, e, "requested Quadlet source " + source + " was not found");
                    return false;
                }
            }
            return true;
        }

        private void checkUser() {
            String user = lookup("User");
            UnitEntry groupEntry = last(group, "Group");
            String grp = groupEntry == null ? "" : UnitValues.lookupForm(groupEntry.value());
            if (user.isEmpty() && !grp.isEmpty()) {
                add(QuadletRule.GROUP_WITHOUT_USER, groupEntry, "invalid Group set without User");
            }
        }

        private void userMappings(boolean supportManual) {
            boolean defined = !lookup("UserNS").isEmpty() || !f.lookupAllStrv(group, "UIDMap").isEmpty()
                    || !f.lookupAllStrv(group, "GIDMap").isEmpty() || !lookup("SubUIDMap").isEmpty()
                    || !lookup("SubGIDMap").isEmpty();
            if (defined) {
                UnitEntry remap = firstPresent(last(group, "RemapUid"), last(group, "RemapGid"),
                        last(group, "RemapUsers"));
                if (remap != null) {
                    add(QuadletRule.USER_MAPPING, remap,
                            "deprecated Remap keys are set along with explicit mapping keys");
                }
                return;
            }
            List<String> uidMaps = f.lookupAllStrv(group, "RemapUid");
            List<String> gidMaps = f.lookupAllStrv(group, "RemapGid");
            UnitEntry usersEntry = last(group, "RemapUsers");
            String users = usersEntry == null ? "" : usersEntry.value();
            switch (users) {
                case "" -> {
                    if (!uidMaps.isEmpty()) {
                        add(QuadletRule.USER_MAPPING, last(group, "RemapUid"), "UidMap set without RemapUsers");
                    } else if (!gidMaps.isEmpty()) {
                        add(QuadletRule.USER_MAPPING, last(group, "RemapGid"), "GidMap set without RemapUsers");
                    }
                }
                case "manual" -> {
                    if (!supportManual) {
                        add(QuadletRule.USER_MAPPING, usersEntry, "RemapUsers=manual is not supported");
                    }
                }
                case "auto" -> {
                    // any values are accepted
                }
                case "keep-id" -> {
                    if (uidMaps.size() > 1) {
                        add(QuadletRule.USER_MAPPING, last(group, "RemapUid"),
                                "RemapUsers=keep-id supports only a single value for UID mapping");
                    } else if (gidMaps.size() > 1) {
                        add(QuadletRule.USER_MAPPING, last(group, "RemapGid"),
                                "RemapUsers=keep-id supports only a single value for GID mapping");
                    }
                }
                default -> add(QuadletRule.USER_MAPPING, usersEntry, "unsupported RemapUsers option '" + users + "'");
            }
        }

        private static UnitEntry firstPresent(UnitEntry... entries) {
            for (UnitEntry e : entries) {
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        private void keyVals(String... keys) {
            for (String key : keys) {
                UnitFile.KeyValResult r = f.lookupAllKeyVal(group, key);
                for (int i = 0; i < r.warnings().size(); i++) {
                    add(QuadletRule.UNSUPPORTED_ESCAPE, r.offending().get(i), r.warnings().get(i));
                }
            }
        }

        private List<String> lastArgs(String key) {
            UnitFile.SplitResult r = f.lookupLastArgs(group, key);
            for (int i = 0; i < r.warnings().size(); i++) {
                add(QuadletRule.UNSUPPORTED_ESCAPE, r.offending().get(i), r.warnings().get(i));
            }
            return r.present() ? r.args() : null;
        }

        /** {@code handleSetWorkingDirectory}: returns the build context and whether WorkingDirectory was added. */
        private String[] setWorkingDirectory() {
            UnitEntry e = last(group, "SetWorkingDirectory");
            String swd = e == null ? "" : UnitValues.lookupForm(e.value());
            if (swd.isEmpty()) {
                return new String[] {"", null};
            }
            String relativeToFile = "";
            String context = "";
            switch (swd.toLowerCase(Locale.ROOT)) {
                case "yaml" -> {
                    if (unit.type() != QuadletType.KUBE) {
                        add(QuadletRule.WORKING_DIRECTORY, e, "SetWorkingDirectory=" + swd
                                + " is only supported in .kube files");
                        return new String[] {"", null};
                    }
                    List<String> yamls = f.lookupAllStrv("Kube", "Yaml");
                    if (yamls.isEmpty()) {
                        add(QuadletRule.NO_YAML, e, "no Yaml key specified");
                        return new String[] {"", null};
                    } else if (yamls.size() != 1) {
                        add(QuadletRule.WORKING_DIRECTORY, e,
                                "SetWorkingDirectory=yaml is only supported when a single Yaml key is provided");
                        return new String[] {"", null};
                    }
                    relativeToFile = yamls.get(0);
                }
                case "file" -> {
                    if (unit.type() != QuadletType.BUILD) {
                        add(QuadletRule.WORKING_DIRECTORY, e, "SetWorkingDirectory=" + swd
                                + " is only supported in .build files");
                        return new String[] {"", null};
                    }
                    Optional<String> file = f.lookup("Build", "File");
                    if (file.isEmpty()) {
                        add(QuadletRule.BUILD_CONTEXT, e, "no File key specified");
                        return new String[] {"", null};
                    }
                    relativeToFile = file.get();
                }
                case "unit" -> relativeToFile = unit.path();
                default -> {
                    if (unit.type() != QuadletType.BUILD) {
                        add(QuadletRule.WORKING_DIRECTORY, e, "unsupported value for WorkingDirectory: " + swd + " ");
                        return new String[] {"", null};
                    }
                    context = swd;
                    if (!context.startsWith("/")) {
                        relativeToFile = unit.path();
                    }
                }
            }
            if (!relativeToFile.isEmpty() && !isUrl(context)) {
                String wd = f.lookup(SERVICE, "WorkingDirectory").orElse("");
                if (!wd.isEmpty()) {
                    return new String[] {"", null};
                }
                return new String[] {context, "added"};
            }
            return new String[] {context, null};
        }

        // ---------------------------------------------------------------- per type

        private void container() {
            UnitEntry imageEntry = last(group, "Image");
            UnitEntry rootfsEntry = last(group, "Rootfs");
            String img = lookup("Image");
            String rootfs = lookup("Rootfs");
            if (img.isEmpty() && rootfs.isEmpty()) {
                add(QuadletRule.NO_IMAGE, null, "no Image or Rootfs key specified");
            }
            if (!img.isEmpty() && !rootfs.isEmpty()) {
                add(QuadletRule.IMAGE_AND_ROOTFS, rootfsEntry,
                        "the Image And Rootfs keys conflict can not be specified together");
            }
            if (!img.isEmpty()) {
                image = imageSource(imageEntry, img);
            }
            checkKillMode();
            reload();
            addNetworks();
            checkServiceType();
            checkUser();
            userMappings(true);
            addVolumes();
            for (UnitEntry e : f.lookupAllEntries(group, "ExposeHostPort")) {
                String port = GoText.trimSpace(e.value());
                if (!PORT_RANGE.matcher(port).find()) {
                    add(QuadletRule.INVALID_PORT, e, "invalid port format '" + port + "'");
                }
            }
            keyVals("Environment", "Label", "Annotation");
            mounts();
            checkPod();
            lastArgs("Exec");
        }

        private void reload() {
            UnitEntry signalEntry = last(group, "ReloadSignal");
            boolean signalOk = signalEntry != null && !UnitValues.lookupForm(signalEntry.value()).isEmpty();
            List<String> cmd = lastArgs("ReloadCmd");
            boolean cmdOk = cmd != null && !cmd.isEmpty();
            if (cmdOk && signalOk) {
                add(QuadletRule.RELOAD_CONFLICT, signalEntry,
                        "ReloadCmd and ReloadSignal are mutually exclusive but both are set");
            }
        }

        private void mounts() {
            for (UnitEntry e : f.lookupAllEntries(group, "Mount")) {
                List<String> words;
                try {
                    words = WordSplitter.split(e.value(), WordSplitter.EXEC);
                } catch (WordSplitException ex) {
                    continue;
                }
                for (String mount : words) {
                    mount(e, mount);
                }
            }
        }

        private void mount(UnitEntry e, String mount) {
            MountOptions.Parsed parsed;
            try {
                parsed = MountOptions.findMountType(mount);
            } catch (MountOptions.MountException ex) {
                add(QuadletRule.INVALID_MOUNT, e, ex.getMessage());
                return;
            }
            if (!MOUNT_TYPES_WITH_SOURCE.contains(parsed.type())) {
                return;
            }
            String source = "";
            for (String token : parsed.tokens()) {
                int eq = token.indexOf('=');
                String key = eq < 0 ? token : token.substring(0, eq);
                if (key.equals("source") || key.equals("src")) {
                    if (eq < 0) {
                        add(QuadletRule.INVALID_MOUNT, e, "source parameter does not include a value");
                        return;
                    }
                    source = token.substring(eq + 1);
                }
            }
            if (!source.isEmpty()) {
                storageSource(e, source, true);
            } else if (!parsed.type().equals("volume")) {
                add(QuadletRule.INVALID_MOUNT, e, "source parameter is required for mount type " + parsed.type());
            }
        }

        private void checkPod() {
            UnitEntry e = last(group, "Pod");
            String pod = e == null ? "" : UnitValues.lookupForm(e.value());
            if (pod.isEmpty()) {
                return;
            }
            if (!pod.endsWith(".pod")) {
                add(QuadletRule.POD_REFERENCE, e, "pod " + pod + " is not Quadlet based");
            } else if (!infos.containsKey(pod)) {
                add(QuadletRule.POD_REFERENCE, e, "quadlet pod unit " + pod + " does not exist");
            }
        }

        private void volume() {
            UnitEntry driverEntry = last(group, "Driver");
            String driver = driverEntry == null ? "" : UnitValues.lookupForm(driverEntry.value());
            if (driver.equals("image")) {
                UnitEntry imageEntry = last(group, "Image");
                if (imageEntry == null) {
                    add(QuadletRule.VOLUME_OPTIONS, driverEntry,
                            "the key Image is mandatory when using the image driver");
                } else {
                    image = imageSource(imageEntry, UnitValues.lookupForm(imageEntry.value()));
                }
            } else {
                boolean devValid = !lookup("Device").isEmpty();
                UnitEntry typeEntry = last(group, "Type");
                if (typeEntry != null && !UnitValues.lookupForm(typeEntry.value()).isEmpty() && !devValid) {
                    add(QuadletRule.VOLUME_OPTIONS, typeEntry, "key Type can't be used without Device");
                }
            }
            keyVals("Label");
            if (!failed()) {
                infos.get(unit.fileName()).resourceName = resourceName("VolumeName");
            }
        }

        private String resourceName(String key) {
            String name = lookup(key);
            if (name.isEmpty()) {
                name = "systemd-" + removeExtension(unit.fileName());
                if (unit.fileName().contains("@")) {
                    name = name.substring(0, name.length() - 1) + "-%i";
                }
            }
            return name;
        }

        private void network() {
            List<UnitEntry> subnets = f.lookupAllEntries(group, "Subnet");
            List<UnitEntry> gateways = f.lookupAllEntries(group, "Gateway");
            List<UnitEntry> ranges = f.lookupAllEntries(group, "IPRange");
            if (!subnets.isEmpty()) {
                if (gateways.size() > subnets.size()) {
                    add(QuadletRule.NETWORK_SUBNETS, gateways.get(subnets.size()),
                            "cannot set more gateways than subnets");
                } else if (ranges.size() > subnets.size()) {
                    add(QuadletRule.NETWORK_SUBNETS, ranges.get(subnets.size()), "cannot set more ranges than subnets");
                }
            } else if (!ranges.isEmpty() || !gateways.isEmpty()) {
                add(QuadletRule.NETWORK_SUBNETS, !gateways.isEmpty() ? gateways.get(0) : ranges.get(0),
                        "cannot set gateway or range without subnet");
            }
            keyVals("Options", "Label");
            if (!failed()) {
                infos.get(unit.fileName()).resourceName = resourceName("NetworkName");
            }
        }

        private void kube() {
            if (f.lookupAllStrv(group, "Yaml").isEmpty()) {
                add(QuadletRule.NO_YAML, null, "no Yaml key specified");
            }
            checkKillMode();
            checkServiceType();
            userMappings(false);
            addNetworks();
            setWorkingDirectory();
        }

        private void image() {
            UnitEntry e = last(group, "Image");
            String name = lookup("Image");
            if (name.isEmpty()) {
                add(QuadletRule.NO_IMAGE, null, "no Image key specified");
                return;
            }
            image = new ImageSource(name, name, e.file(), e.line(), null, null, 0);
            if (!failed()) {
                String tag = lookup("ImageTag");
                infos.get(unit.fileName()).resourceName = tag.isEmpty() ? name : tag;
            }
        }

        private void build() {
            if (infos.get(unit.fileName()).resourceName.isEmpty()) {
                add(QuadletRule.NO_IMAGE_TAG, null, "no ImageTag key specified");
            }
            keyVals("BuildArg", "Environment", "Label", "Annotation");
            addNetworks();
            addVolumes();
            String[] wd = setWorkingDirectory();
            String context = wd[0];
            boolean wdAdded = wd[1] != null;
            String workingDirectory = wdAdded ? "added" : f.lookup(SERVICE, "WorkingDirectory").orElse("");
            String file = f.lookup(group, "File").orElse("");
            if (workingDirectory.isEmpty() && file.isEmpty() && context.isEmpty()) {
                add(QuadletRule.BUILD_CONTEXT, null, "neither SetWorkingDirectory, nor File key specified");
            } else if (context.isEmpty() && !startsWithSpecifier(file) && !file.startsWith("/") && !isUrl(file)
                    && workingDirectory.isEmpty()) {
                add(QuadletRule.BUILD_CONTEXT, last(group, "File"),
                        "relative path in File key requires SetWorkingDirectory key to be set");
            }
        }

        private static boolean startsWithSpecifier(String path) {
            return !path.isEmpty() && path.charAt(0) == '%' && !(path.length() > 1 && path.charAt(1) == '%');
        }

        private void pod() {
            userMappings(true);
            keyVals("Label");
            addNetworks();
            addVolumes();
        }

        private void artifact() {
            if (lookup("Artifact").isEmpty()) {
                add(QuadletRule.NO_ARTIFACT, null, "no Artifact key specified");
            } else if (!failed()) {
                infos.get(unit.fileName()).resourceName = lookup("Artifact");
            }
        }
    }
}
