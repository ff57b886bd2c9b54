package dev.bootdeck.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ini4j.Config;
import org.ini4j.Ini;
import org.ini4j.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.ini} in {@code $XDG_CONFIG_HOME/bootdeck/} (default {@code ~/.config/bootdeck/})
 * with ini4j, configured with {@code escape=false} so backslashes in paths stay as typed; {@code fetch()} is never
 * called (CVE-2022-41404). A file that cannot be read is moved aside and reported, and bootdeck starts with defaults:
 * a broken settings file must never stop the app from opening.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    static final String FILE_NAME = "settings.ini";
    private static final String APP = "app";
    private static final String HOST_PREFIX = "host.";
    private static final String RECENT = "recent-projects";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The store at the XDG location for this environment ({@code XDG_CONFIG_HOME}, else {@code ~/.config}). */
    public static SettingsStore forEnvironment(Map<String, String> env, String userHome) {
        return new SettingsStore(configDir(env, userHome).resolve(FILE_NAME), Clock.systemUTC());
    }

    public static Path configDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("bootdeck");
    }

    public Path file() {
        return file;
    }

    /** What loading found: the settings to use, and a problem to show the user if the file was set aside. */
    public record LoadResult(AppSettings settings, Optional<String> problem) {
    }

    public LoadResult load() {
        if (!Files.exists(file)) {
            return new LoadResult(AppSettings.defaults(), Optional.empty());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return setAside("it could not be read (" + e.getMessage() + ")", e);
        }
        try {
            return new LoadResult(parse(text), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return setAside("it is not a valid settings file (" + describe(e) + ")", e);
        }
    }

    private LoadResult setAside(String why, Exception cause) {
        Path aside = file.resolveSibling(FILE_NAME + ".broken-" + STAMP.format(clock.instant()));
        String message;
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            message = "Settings file " + file + " was set aside as " + aside.getFileName() + " because " + why
                    + ". bootdeck starts with default settings; the old file is kept.";
        } catch (IOException e) {
            message = "Settings file " + file + " is ignored because " + why
                    + ", and it could not be set aside (" + e.getMessage() + "). bootdeck starts with default settings.";
        }
        LOG.warn(message, cause);
        return new LoadResult(AppSettings.defaults(), Optional.of(message));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static Ini newIni() {
        Ini ini = new Ini();
        Config cfg = ini.getConfig().clone();
        cfg.setEscape(false);
        cfg.setMultiSection(false);
        cfg.setMultiOption(false);
        cfg.setEmptyOption(true);
        cfg.setStrictOperator(false);
        ini.setConfig(cfg);
        return ini;
    }

    static AppSettings parse(String text) throws IOException {
        Ini ini = newIni();
        try (Reader r = new StringReader(text)) {
            ini.load(r);
        }
        Profile.Section app = ini.get(APP);
        String theme = app == null ? null : app.get("theme");
        int interval = 0;
        if (app != null && app.get("refresh-interval") != null) {
            try {
                interval = Integer.parseInt(app.get("refresh-interval").trim());
            } catch (NumberFormatException e) {
                throw new IOException("[app] refresh-interval is not a number: " + app.get("refresh-interval"), e);
            }
        }
        List<HostEntry> hosts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> sections = new ArrayList<>(ini.keySet());
        sections.sort((a, b) -> Integer.compare(hostIndex(a), hostIndex(b)));
        for (String sectionName : sections) {
            if (!sectionName.startsWith(HOST_PREFIX)) {
                continue;
            }
            Profile.Section s = ini.get(sectionName);
            String name = s.get("name");
            String target = s.get("target");
            if (target == null || target.isBlank()) {
                throw new IOException("[" + sectionName + "] has no target");
            }
            if (name == null || name.isBlank()) {
                name = target;
            }
            if (names.add(name)) {
                hosts.add(new HostEntry(name.trim(), target.trim(), SudoMode.fromKey(s.get("sudo"))));
            }
        }
        List<String> recent = new ArrayList<>();
        Profile.Section r = ini.get(RECENT);
        if (r != null) {
            List<String> keys = new ArrayList<>(r.keySet());
            keys.sort((a, b) -> Integer.compare(hostIndex("x." + a), hostIndex("x." + b)));
            for (String k : keys) {
                String v = r.get(k);
                if (v != null && !v.isBlank() && !recent.contains(v)) {
                    recent.add(v);
                }
            }
        }
        return new AppSettings(theme, hosts, recent.subList(0, Math.min(recent.size(), AppSettings.MAX_RECENT_PROJECTS)),
                interval);
    }

    private static int hostIndex(String section) {
        int dot = section.indexOf('.');
        try {
            return dot < 0 ? Integer.MAX_VALUE : Integer.parseInt(section.substring(dot + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static String render(AppSettings settings) throws IOException {
        Ini ini = newIni();
        ini.setComment(" bootdeck settings, written by bootdeck (values edited by hand are kept; comments are not)");
        Profile.Section app = ini.add(APP);
        app.put("theme", settings.theme());
        app.put("refresh-interval", Integer.toString(settings.refreshIntervalSeconds()));
        int i = 1;
        for (HostEntry h : settings.hosts()) {
            Profile.Section s = ini.add(HOST_PREFIX + i++);
            s.put("name", oneLine(h.name()));
            s.put("target", oneLine(h.target()));
            s.put("sudo", h.sudo().key());
        }
        if (!settings.recentProjects().isEmpty()) {
            Profile.Section r = ini.add(RECENT);
            int n = 1;
            for (String p : settings.recentProjects()) {
                r.put(Integer.toString(n++), oneLine(p));
            }
        }
        StringWriter w = new StringWriter();
        ini.store(w);
        return w.toString();
    }

    private static String oneLine(String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A setting cannot hold a line break: " + s.replace("\n", "\\n"));
        }
        return s;
    }

    /** Writes the settings atomically (temporary file in the same directory, then a move). */
    public void save(AppSettings settings) throws IOException {
        String text = render(settings);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
