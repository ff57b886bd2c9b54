package dev.bootdeck.ssh;

import java.util.List;
import java.util.Locale;

/**
 * OpenSSH's pattern lists, shared by ssh_config {@code Host} lines and known_hosts host fields: {@code *} and
 * {@code ?} wildcards, {@code !pattern} negation, case-insensitive host names. A list matches when at least one
 * positive pattern matches and no negated pattern does (a negated pattern alone never matches anything).
 */
final class HostPatterns {
    private HostPatterns() {
    }

    static boolean matchesAny(String host, List<String> patterns) {
        String h = host.toLowerCase(Locale.ROOT);
        boolean positive = false;
        for (String raw : patterns) {
            boolean negated = raw.startsWith("!");
            String p = (negated ? raw.substring(1) : raw).toLowerCase(Locale.ROOT);
            if (wildcard(h, p)) {
                if (negated) {
                    return false;
                }
                positive = true;
            }
        }
        return positive;
    }

    /** Glob match with {@code *} (any run, also empty) and {@code ?} (one character). */
    static boolean wildcard(String s, String pattern) {
        int si = 0;
        int pi = 0;
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < pattern.length() && (pattern.charAt(pi) == '?' || pattern.charAt(pi) == s.charAt(si))) {
                si++;
                pi++;
            } else if (pi < pattern.length() && pattern.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < pattern.length() && pattern.charAt(pi) == '*') {
            pi++;
        }
        return pi == pattern.length();
    }
}
