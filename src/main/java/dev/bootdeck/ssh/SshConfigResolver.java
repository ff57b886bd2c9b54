package dev.bootdeck.ssh;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies OpenSSH client configuration to one host the way {@code ssh} does, so a host reachable with {@code ssh
 * ALIAS} is reachable with bootdeck. JSch's own {@code OpenSSHConfig} is not used: it has no {@code Include}, no
 * {@code %} tokens, no {@code Match} and no way to tell which file and line a bad value came from.
 *
 * <p>Rules followed (readconf.c): the user file, then the system file; a directive applies when its {@code Host}
 * block matches the alias (patterns with {@code *}, {@code ?}, {@code !negation}) or its {@code Match} block holds;
 * the first value obtained wins, except {@code IdentityFile}, which accumulates; {@code Include} reads files (globs,
 * relative to {@code ~/.ssh} or {@code /etc/ssh}) in place, inheriting the current block state and restoring it
 * afterwards; an Include from an inactive block reads nothing; a second pass runs when a {@code Match final} block
 * was seen. {@code Match exec} is never run (bootdeck does not execute commands from config); such a block is
 * skipped with a warning in the log. {@code ProxyCommand} is reported as unsupported instead of silently connecting
 * directly.
 */
public final class SshConfigResolver {
    private static final Logger LOG = LoggerFactory.getLogger(SshConfigResolver.class);
    private static final int MAX_INCLUDE_DEPTH = 16;
    private static final Pattern TIME = Pattern.compile("(\\d+)([sSmMhHdDwW]?)");
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final SshEnvironment env;

    public SshConfigResolver(SshEnvironment env) {
        this.env = env;
    }

    /** The settings for {@code target}; a user or port in the target wins over the config, as on ssh's command line. */
    public ResolvedHostConfig resolve(HostTarget target) throws SshException {
        return resolve(target, null);
    }

    /**
     * As {@link #resolve(HostTarget)}, with the jump list replaced (the hosts before this one in a ProxyJump chain
     * decide how it is reached, as {@code ssh -J} does), or null to keep the config's.
     */
    ResolvedHostConfig resolve(HostTarget target, List<HostTarget> proxyJumpOverride) throws SshException {
        Evaluation ev = new Evaluation(target);
        ev.run(false);
        if (ev.sawMatchFinal) {
            ev.run(true);
        }
        return ev.result(proxyJumpOverride);
    }

    /** One evaluation of the config files for one host. */
    private final class Evaluation {
        private final HostTarget target;
        private final Map<String, Setting> first = new LinkedHashMap<>();
        private final List<Setting> identityFiles = new ArrayList<>();
        private boolean sawMatchFinal;
        private boolean finalPass;

        Evaluation(HostTarget target) {
            this.target = target;
        }

        void run(boolean finalPass) throws SshException {
            this.finalPass = finalPass;
            if (env.userConfig() != null && Files.isRegularFile(env.userConfig())) {
                readFile(env.userConfig(), true, new boolean[] {true}, 0, new ArrayDeque<>());
            }
            if (env.systemConfig() != null && Files.isRegularFile(env.systemConfig())) {
                readFile(env.systemConfig(), false, new boolean[] {true}, 0, new ArrayDeque<>());
            }
        }

        private void readFile(Path file, boolean userConf, boolean[] active, int depth, Deque<Path> stack)
                throws SshException {
            if (depth > MAX_INCLUDE_DEPTH) {
                throw configError(file, 0, "Include nesting deeper than " + MAX_INCLUDE_DEPTH
                        + " levels (an Include loop?)");
            }
            Path norm = file.toAbsolutePath().normalize();
            if (stack.contains(norm)) {
                throw configError(file, 0, "Include loop: the file includes itself");
            }
            List<String> lines;
            try {
                lines = List.of(StandardCharsets.UTF_8.newDecoder().decode(
                        java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().split("\r?\n", -1));
            } catch (CharacterCodingException e) {
                throw configError(file, 0, "not valid UTF-8");
            } catch (IOException e) {
                throw new SshException(SshException.Kind.CONFIG, target.toString(),
                        "Cannot read SSH config " + file + ": " + e.getMessage(), e);
            }
            stack.push(norm);
            try {
                for (int i = 0; i < lines.size(); i++) {
                    processLine(file, i + 1, lines.get(i), userConf, active, depth, stack);
                }
            } finally {
                stack.pop();
            }
        }

        private void processLine(Path file, int lineNo, String line, boolean userConf, boolean[] active, int depth,
                Deque<Path> stack) throws SshException {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                return;
            }
            int k = 0;
            while (k < s.length() && !Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '=') {
                k++;
            }
            String written = s.substring(0, k);
            String keyword = written.toLowerCase(Locale.ROOT);
            String rest = s.substring(k).stripLeading();
            if (rest.startsWith("=")) {
                rest = rest.substring(1).stripLeading();
            }
            List<String> args = splitArgs(rest, file, lineNo);
            switch (keyword) {
                case "host" -> {
                    if (args.isEmpty()) {
                        throw configError(file, lineNo, "Host without a pattern");
                    }
                    active[0] = HostPatterns.matchesAny(target.host(), args);
                }
                case "match" -> active[0] = evaluateMatch(file, lineNo, args);
                case "include" -> {
                    if (args.isEmpty()) {
                        throw configError(file, lineNo, "Include without a file");
                    }
                    if (!active[0]) {
                        return; // OpenSSH reads it with "never match": nothing in it can apply
                    }
                    boolean saved = active[0];
                    for (String pattern : args) {
                        for (Path inc : expandInclude(pattern, userConf)) {
                            readFile(inc, userConf, active, depth + 1, stack);
                        }
                    }
                    active[0] = saved;
                }
                default -> {
                    if (!active[0]) {
                        return;
                    }
                    if (args.isEmpty()) {
                        if (KNOWN.contains(keyword)) {
                            throw configError(file, lineNo, written + ": missing argument");
                        }
                        return;
                    }
                    Setting setting = new Setting(written, args, file, lineNo);
                    if (keyword.equals("identityfile")) {
                        identityFiles.add(setting);
                    } else {
                        first.putIfAbsent(keyword, setting);
                    }
                }
            }
        }

        private boolean evaluateMatch(Path file, int lineNo, List<String> args) throws SshException {
            if (args.isEmpty()) {
                throw configError(file, lineNo, "Match without criteria");
            }
            boolean result = true;
            for (int i = 0; i < args.size(); i++) {
                String crit = args.get(i).toLowerCase(Locale.ROOT);
                boolean negate = crit.startsWith("!");
                if (negate) {
                    crit = crit.substring(1);
                }
                boolean value;
                switch (crit) {
                    case "all" -> value = true;
                    case "final" -> {
                        sawMatchFinal = true;
                        value = finalPass;
                    }
                    case "canonical" -> value = false;
                    case "host", "originalhost", "user", "localuser" -> {
                        if (i + 1 >= args.size()) {
                            throw configError(file, lineNo, "Match " + crit + " without an argument");
                        }
                        List<String> patterns = List.of(args.get(++i).split(","));
                        String subject = switch (crit) {
                            case "host" -> currentHostName();
                            case "originalhost" -> target.host();
                            case "user" -> currentUser();
                            default -> env.localUser();
                        };
                        value = HostPatterns.matchesAny(subject, patterns);
                    }
                    case "exec", "localnetwork", "tagged", "address", "localaddress", "localport", "rdomain",
                            "version", "sessiontype", "command" -> {
                        i++;
                        LOG.warn("{}:{}: 'Match {}' is not evaluated by bootdeck; the block is skipped", file, lineNo,
                                crit);
                        value = false;
                        negate = false;
                    }
                    default -> throw configError(file, lineNo, "unsupported Match criterion '" + crit + "'");
                }
                if (negate) {
                    value = !value;
                }
                result &= value;
            }
            return result;
        }

        private String currentHostName() {
            Setting h = first.get("hostname");
            return h == null ? target.host() : h.args().get(0).replace("%h", target.host()).replace("%%", "%");
        }

        private String currentUser() {
            if (target.user() != null) {
                return target.user();
            }
            Setting u = first.get("user");
            return u == null ? env.localUser() : u.args().get(0);
        }

        private List<Path> expandInclude(String pattern, boolean userConf) {
            String p = pattern;
            if (p.startsWith("~/") || p.equals("~")) {
                p = env.home() + p.substring(1);
            }
            Path path = Path.of(p);
            if (!path.isAbsolute()) {
                path = (userConf ? env.sshDir() : Path.of("/etc/ssh")).resolve(p);
            }
            return Glob.expand(path);
        }

        ResolvedHostConfig result(List<HostTarget> proxyJumpOverride) throws SshException {
            String alias = target.host();
            String hostName = alias;
            Setting hn = first.get("hostname");
            if (hn != null) {
                hostName = expandHostName(hn);
            }
            String user = target.user() != null ? target.user()
                    : first.containsKey("user") ? first.get("user").args().get(0) : env.localUser();
            int port = target.port() != null ? target.port()
                    : first.containsKey("port") ? parsePort(first.get("port")) : 22;

            Map<Character, String> tokens = tokens(alias, hostName, user, port);
            List<Path> idFiles = new ArrayList<>();
            boolean explicit = !identityFiles.isEmpty();
            if (explicit) {
                for (Setting s : identityFiles) {
                    if (s.args().get(0).equalsIgnoreCase("none")) {
                        continue;
                    }
                    idFiles.add(toPath(expandTokens(s, s.args().get(0), tokens)));
                }
            } else {
                for (String k : DEFAULT_KEYS) {
                    idFiles.add(env.sshDir().resolve(k));
                }
            }
            List<Path> userKnown = knownHostsList("userknownhostsfile", tokens,
                    List.of(env.sshDir().resolve("known_hosts"), env.sshDir().resolve("known_hosts2")));
            List<Path> globalKnown = knownHostsList("globalknownhostsfile", tokens, env.systemKnownHostsFiles());

            StrictHostKeyChecking strict = StrictHostKeyChecking.ASK;
            Setting sh = first.get("stricthostkeychecking");
            if (sh != null) {
                strict = StrictHostKeyChecking.parse(sh.args().get(0));
                if (strict == null) {
                    throw configError(sh, "StrictHostKeyChecking '" + sh.args().get(0)
                            + "' is not one of yes, ask, accept-new, no");
                }
            }
            List<HostTarget> jumps = proxyJumpOverride != null ? proxyJumpOverride : proxyJumps();
            String proxyCommand = null;
            Setting pc = first.get("proxycommand");
            if (pc != null && !pc.args().get(0).equalsIgnoreCase("none")) {
                proxyCommand = String.join(" ", pc.args());
            }
            Path agent = env.agentSocket();
            Setting ia = first.get("identityagent");
            if (ia != null) {
                String v = ia.args().get(0);
                if (v.equalsIgnoreCase("none")) {
                    agent = null;
                } else if (!v.equals("SSH_AUTH_SOCK")) {
                    String expanded = expandTokens(ia, v, tokens);
                    if (expanded.startsWith("$")) {
                        String var = System.getenv(expanded.substring(1));
                        agent = var == null || var.isBlank() ? null : Path.of(var);
                    } else {
                        agent = toPath(expanded);
                    }
                }
            }
            return new ResolvedHostConfig(alias, hostName, port, user, idFiles, explicit,
                    yesNo("identitiesonly", false), jumps, proxyCommand, time("connecttimeout"), userKnown,
                    globalKnown, strict, (int) timeOrZero("serveraliveinterval").toSeconds(),
                    intValue("serveralivecountmax", 3), agent, yesNo("hashknownhosts", false),
                    yesNo("batchmode", false),
                    first.containsKey("hostkeyalias") ? first.get("hostkeyalias").args().get(0) : null);
        }

        private String expandHostName(Setting s) throws SshException {
            String v = s.args().get(0);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '%') {
                    if (i + 1 >= v.length()) {
                        throw configError(s, "HostName ends with a lone '%'");
                    }
                    char t = v.charAt(++i);
                    if (t == 'h') {
                        b.append(target.host());
                    } else if (t == '%') {
                        b.append('%');
                    } else {
                        throw configError(s, "HostName accepts only the tokens %h and %%, not %" + t);
                    }
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        private List<HostTarget> proxyJumps() throws SshException {
            Setting pj = first.get("proxyjump");
            if (pj == null || pj.args().get(0).equalsIgnoreCase("none")) {
                return List.of();
            }
            List<HostTarget> out = new ArrayList<>();
            for (String part : String.join(",", pj.args()).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    out.add(HostTarget.parse(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw configError(pj, "ProxyJump: " + e.getMessage());
                }
            }
            return out;
        }

        private List<Path> knownHostsList(String key, Map<Character, String> tokens, List<Path> defaults)
                throws SshException {
            Setting s = first.get(key);
            if (s == null) {
                return defaults;
            }
            if (s.args().size() == 1 && s.args().get(0).equalsIgnoreCase("none")) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String a : s.args()) {
                out.add(toPath(expandTokens(s, a, tokens)));
            }
            return out;
        }

        private Map<Character, String> tokens(String alias, String hostName, String user, int port) {
            Map<Character, String> t = new LinkedHashMap<>();
            t.put('%', "%");
            t.put('d', env.home().toString());
            t.put('u', env.localUser());
            t.put('h', hostName);
            t.put('r', user);
            t.put('p', Integer.toString(port));
            t.put('n', alias);
            t.put('k', first.containsKey("hostkeyalias") ? first.get("hostkeyalias").args().get(0) : alias);
            t.put('L', env.localHostName());
            t.put('l', env.localHostName());
            t.put('C', connectionHash(env.localHostName() + hostName + port + user));
            return t;
        }

        private String expandTokens(Setting s, String value, Map<Character, String> tokens) throws SshException {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != '%') {
                    b.append(c);
                    continue;
                }
                if (i + 1 >= value.length()) {
                    throw configError(s, "value ends with a lone '%': " + value);
                }
                char t = value.charAt(++i);
                String rep = tokens.get(t);
                if (rep == null) {
                    throw configError(s, "unknown token %" + t + " in " + value);
                }
                b.append(rep);
            }
            return b.toString();
        }

        private Path toPath(String v) {
            if (v.equals("~")) {
                return env.home();
            }
            if (v.startsWith("~/")) {
                return env.home().resolve(v.substring(2));
            }
            Path p = Path.of(v);
            return p.isAbsolute() ? p : env.home().resolve(p); // ssh resolves relative key paths from the cwd; home is saner
        }

        private int parsePort(Setting s) throws SshException {
            String v = s.args().get(0);
            try {
                int p = Integer.parseInt(v);
                if (p >= 1 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw configError(s, "Port '" + v + "' is not a number 1-65535");
        }

        private boolean yesNo(String key, boolean def) throws SshException {
            Setting s = first.get(key);
            if (s == null) {
                return def;
            }
            return switch (s.args().get(0).toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw configError(s, s.keyword() + " must be yes or no, not '" + s.args().get(0) + "'");
            };
        }

        private int intValue(String key, int def) throws SshException {
            Setting s = first.get(key);
            if (s == null) {
                return def;
            }
            try {
                return Integer.parseInt(s.args().get(0));
            } catch (NumberFormatException e) {
                throw configError(s, s.keyword() + " must be a number, not '" + s.args().get(0) + "'");
            }
        }

        private Duration time(String key) throws SshException {
            Setting s = first.get(key);
            if (s == null || s.args().get(0).equalsIgnoreCase("none")) {
                return null;
            }
            Duration d = parseTime(s.args().get(0));
            if (d == null) {
                throw configError(s, s.keyword() + " '" + s.args().get(0) + "' is not a time (e.g. 10, 30s, 1m)");
            }
            return d.isZero() ? null : d;
        }

        private Duration timeOrZero(String key) throws SshException {
            Duration d = time(key);
            return d == null ? Duration.ZERO : d;
        }

        private SshException configError(Setting s, String message) {
            return configError(s.file(), s.line(), message);
        }

        private SshException configError(Path file, int line, String message) {
            return new SshException(SshException.Kind.CONFIG, target.toString(),
                    "SSH config " + file + (line > 0 ? ":" + line : "") + ": " + message);
        }
    }

    /** Directives bootdeck reads; a missing argument to one of them is an error, as in ssh. */
    private static final List<String> KNOWN = List.of("hostname", "port", "user", "identityfile", "identitiesonly",
            "proxyjump", "proxycommand", "connecttimeout", "userknownhostsfile", "globalknownhostsfile",
            "stricthostkeychecking", "serveraliveinterval", "serveralivecountmax", "identityagent",
            "hashknownhosts", "batchmode", "hostkeyalias");

    private record Setting(String keyword, List<String> args, Path file, int line) {
    }

    /** OpenSSH's time format: {@code 90}, {@code 90s}, {@code 1m30s}, {@code 2h}; null when malformed. */
    static Duration parseTime(String v) {
        Matcher m = TIME.matcher(v);
        long seconds = 0;
        int pos = 0;
        while (pos < v.length()) {
            if (!m.find(pos) || m.start() != pos) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            seconds += switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "m" -> n * 60;
                case "h" -> n * 3600;
                case "d" -> n * 86400;
                case "w" -> n * 604800;
                default -> n;
            };
            pos = m.end();
        }
        return pos == 0 ? null : Duration.ofSeconds(seconds);
    }

    /** Splits arguments like OpenSSH's argv_split: blanks separate, double quotes group, {@code #} starts a comment. */
    static List<String> splitArgs(String rest, Path file, int line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') {
                break;
            }
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            while (i < rest.length()) {
                c = rest.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    i++;
                    continue;
                }
                if (c == '\\' && i + 1 < rest.length()
                        && (rest.charAt(i + 1) == '"' || rest.charAt(i + 1) == '\\')) {
                    b.append(rest.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (!quoted && Character.isWhitespace(c)) {
                    break;
                }
                b.append(c);
                i++;
            }
            if (quoted) {
                LOG.warn("{}:{}: unterminated quote", file, line);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static String connectionHash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** glob(3) for Include: wildcards in any path component, matches sorted, only existing regular files. */
    static final class Glob {
        private Glob() {
        }

        static List<Path> expand(Path pattern) {
            Path root = pattern.getRoot();
            List<Path> current = new ArrayList<>(List.of(root == null ? Path.of("") : root));
            int n = pattern.getNameCount();
            for (int i = 0; i < n; i++) {
                String comp = pattern.getName(i).toString();
                boolean last = i == n - 1;
                List<Path> next = new ArrayList<>();
                for (Path dir : current) {
                    if (!hasWildcard(comp)) {
                        Path p = dir.resolve(comp);
                        if (last ? Files.isRegularFile(p) : Files.isDirectory(p)) {
                            next.add(p);
                        }
                        continue;
                    }
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    PathMatcher m = dir.getFileSystem().getPathMatcher("glob:" + comp);
                    List<Path> found = new ArrayList<>();
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                        for (Path p : ds) {
                            String name = p.getFileName().toString();
                            if (name.startsWith(".") && !comp.startsWith(".")) {
                                continue; // glob(3) does not match dot files with a wildcard
                            }
                            if (m.matches(p.getFileName()) && (last ? Files.isRegularFile(p) : Files.isDirectory(p))) {
                                found.add(p);
                            }
                        }
                    } catch (IOException e) {
                        LOG.debug("Include: cannot list {}: {}", dir, e.toString());
                    }
                    found.sort(null);
                    next.addAll(found);
                }
                current = next;
            }
            return current;
        }

        private static boolean hasWildcard(String s) {
            return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
        }
    }
}
