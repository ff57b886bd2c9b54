package dev.bootdeck.ssh;

import java.util.Locale;
import java.util.Objects;

/**
 * What the admin typed to name a host: an ssh_config alias or {@code [user@]host[:port]}, with IPv6 addresses in
 * brackets ({@code [2001:db8::1]:2222}). A bare IPv6 address without brackets is accepted as a host without port,
 * as OpenSSH does. Parsing is strict about what cannot be a host name (blanks, control characters, a leading
 * {@code -}) so a hostile argument never reaches a connection attempt or a log line unchecked.
 *
 * @param user the user before {@code @}, or null when the config (or the local user) decides
 * @param host the host part: an alias to look up in ssh_config, a host name or an address (without brackets)
 * @param port the port after {@code :}, or null when the config (or 22) decides
 */
public record HostTarget(String user, String host, Integer port) {
    public HostTarget {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("empty host name");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses {@code alias}, {@code user@host}, {@code host:port}, {@code user@[::1]:2222}, {@code ::1}. */
    public static HostTarget parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Host is empty");
        }
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("Host '" + printable(s) + "' contains a blank or control character");
            }
        }
        if (s.startsWith("ssh://")) {
            s = s.substring("ssh://".length());
            if (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        String user = null;
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            user = s.substring(0, at);
            s = s.substring(at + 1);
            if (user.isEmpty()) {
                throw new IllegalArgumentException("Host '" + text.strip() + "' has an empty user name before '@'");
            }
        }
        String host;
        Integer port = null;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Host '" + text.strip() + "' opens '[' without closing ']'");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("Host '" + text.strip() + "': unexpected text after ']'");
                }
                port = parsePort(rest.substring(1), text);
            }
        } else {
            int first = s.indexOf(':');
            int last = s.lastIndexOf(':');
            if (first >= 0 && first == last) {
                host = s.substring(0, first);
                port = parsePort(s.substring(first + 1), text);
            } else {
                host = s; // no colon, or a bare IPv6 address (several colons)
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Host '" + text.strip() + "' has an empty host name");
        }
        if (host.startsWith("-")) {
            throw new IllegalArgumentException("Host '" + text.strip() + "' must not start with '-'");
        }
        if (user != null && user.startsWith("-")) {
            throw new IllegalArgumentException("User in '" + text.strip() + "' must not start with '-'");
        }
        return new HostTarget(user, host, port);
    }

    private static Integer parsePort(String p, String text) {
        if (p.isEmpty() || p.length() > 5 || !p.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Host '" + text.strip() + "': port '" + p + "' is not a number 1-65535");
        }
        int v = Integer.parseInt(p);
        if (v < 1 || v > 65535) {
            throw new IllegalArgumentException("Host '" + text.strip() + "': port " + v + " is out of range 1-65535");
        }
        return v;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\x%02x", (int) c) : c);
        }
        return b.toString();
    }

    /** True when the host part is an IPv6 address (it needs brackets when a port is appended). */
    public boolean isIpv6Literal() {
        return host.indexOf(':') >= 0;
    }

    /** The canonical text form: {@code user@host:port}, IPv6 in brackets when a port follows. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (user != null) {
            b.append(user).append('@');
        }
        if (port != null && isIpv6Literal()) {
            b.append('[').append(host).append(']');
        } else {
            b.append(host);
        }
        if (port != null) {
            b.append(':').append(port);
        }
        return b.toString();
    }
}
