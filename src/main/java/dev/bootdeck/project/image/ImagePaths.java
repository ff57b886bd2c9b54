package dev.bootdeck.project.image;

import java.util.ArrayDeque;
import java.util.Deque;

/** Absolute POSIX paths inside the image: normalizing, joining and splitting, with {@code ..} clamped at the root. */
public final class ImagePaths {
    private ImagePaths() {
    }

    /** {@code /a/./b//c/../d} becomes {@code /a/b/d}; {@code ..} never climbs above {@code /}. */
    public static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /** {@code path} taken relative to {@code dir} unless it is absolute, then normalized. */
    public static String resolve(String dir, String path) {
        return normalize(path.startsWith("/") ? path : dir + "/" + path);
    }

    public static String parent(String path) {
        String n = normalize(path);
        int slash = n.lastIndexOf('/');
        return slash <= 0 ? "/" : n.substring(0, slash);
    }

    public static String name(String path) {
        String n = normalize(path);
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** True when {@code path} is {@code dir} or lies below it. */
    public static boolean isUnder(String path, String dir) {
        String d = normalize(dir);
        String p = normalize(path);
        return p.equals(d) || d.equals("/") || p.startsWith(d + "/");
    }

    /** The relative path from directory {@code fromDir} to {@code to} ({@code ln -r} writes such targets). */
    public static String relativize(String fromDir, String to) {
        String[] a = split(normalize(fromDir));
        String[] b = split(normalize(to));
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < a.length; i++) {
            out.append(out.length() == 0 ? "" : "/").append("..");
        }
        for (int i = common; i < b.length; i++) {
            out.append(out.length() == 0 ? "" : "/").append(b[i]);
        }
        return out.length() == 0 ? "." : out.toString();
    }

    private static String[] split(String p) {
        return p.equals("/") ? new String[0] : p.substring(1).split("/");
    }
}
