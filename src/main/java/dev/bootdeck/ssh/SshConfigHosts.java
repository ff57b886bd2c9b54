package dev.bootdeck.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host aliases a user can type after {@code ssh}: the concrete names in the {@code Host} lines of the user's
 * ssh_config and the files it includes (patterns with {@code *}, {@code ?} or {@code !} are not hosts). Used to
 * import hosts into bootdeck's list; connecting still goes through {@link SshConfigResolver}.
 */
public final class SshConfigHosts {
    private static final int MAX_INCLUDE_DEPTH = 16;

    private SshConfigHosts() {
    }

    /** Aliases in file order, without duplicates; an absent config gives an empty list. */
    public static List<String> aliases(SshEnvironment env) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        read(env, env.userConfig(), out, 0, new ArrayDeque<>());
        return new ArrayList<>(out);
    }

    private static void read(SshEnvironment env, Path file, Set<String> out, int depth, Deque<Path> stack)
            throws IOException {
        if (file == null || !Files.isRegularFile(file) || depth > MAX_INCLUDE_DEPTH || stack.contains(file)) {
            return;
        }
        stack.push(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sep = 0;
            while (sep < line.length() && !Character.isWhitespace(line.charAt(sep)) && line.charAt(sep) != '=') {
                sep++;
            }
            String keyword = line.substring(0, sep).toLowerCase(Locale.ROOT);
            String rest = line.substring(sep).replaceFirst("^\\s*=?\\s*", "");
            List<String> args = SshConfigResolver.splitArgs(rest, file, i + 1);
            if (keyword.equals("host")) {
                for (String a : args) {
                    if (!a.isEmpty() && a.chars().noneMatch(c -> c == '*' || c == '?' || c == '!')) {
                        out.add(a);
                    }
                }
            } else if (keyword.equals("include")) {
                for (String pattern : args) {
                    String p = pattern.startsWith("~/") ? env.home() + pattern.substring(1) : pattern;
                    Path path = Path.of(p);
                    if (!path.isAbsolute()) {
                        path = env.sshDir().resolve(p);
                    }
                    for (Path inc : SshConfigResolver.Glob.expand(path)) {
                        read(env, inc, out, depth + 1, stack);
                    }
                }
            }
        }
        stack.pop();
    }
}
