package dev.bootdeck.project.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of {@code .containerignore} / {@code .dockerignore} (moby's patternmatcher): one pattern per line,
 * {@code #} comments, {@code !} exceptions, {@code **} for any depth; the last matching pattern decides, and a
 * path is excluded when it or one of its parent directories is.
 */
public final class ContextIgnore {
    private record Rule(Pattern pattern, boolean exclude) {
    }

    private final List<Rule> rules;

    private ContextIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    public static ContextIgnore none() {
        return new ContextIgnore(List.of());
    }

    public static ContextIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exclude = true;
            if (line.startsWith("!")) {
                exclude = false;
                line = line.substring(1).strip();
            }
            line = clean(line);
            if (line.isEmpty()) {
                continue;
            }
            rules.add(new Rule(Globs.compile(line, true), exclude));
        }
        return new ContextIgnore(List.copyOf(rules));
    }

    private static String clean(String p) {
        String s = p.replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        while (s.endsWith("/") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(".") ? "" : s;
    }

    /** Whether project-relative {@code path} is left out of the build context. */
    public boolean excludes(String path) {
        boolean excluded = false;
        for (Rule r : rules) {
            if (matchesOrParent(r.pattern, path)) {
                excluded = r.exclude;
            }
        }
        return excluded;
    }

    private static boolean matchesOrParent(Pattern p, String path) {
        String cur = path;
        while (true) {
            if (p.matcher(cur).matches()) {
                return true;
            }
            int slash = cur.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            cur = cur.substring(0, slash);
        }
    }
}
