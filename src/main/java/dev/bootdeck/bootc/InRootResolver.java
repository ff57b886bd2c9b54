package dev.bootdeck.bootc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a path inside a root the way Linux {@code openat2(..., RESOLVE_IN_ROOT)} does, which is how bootc reads
 * bound-image links ({@code open_dir_rooted_ext}): the root acts as {@code /} for every hop of a symlink chain, an
 * absolute target restarts at the root, and {@code ..} at the root stays at the root, so nothing can escape it.
 * Following is limited to 40 links, like the kernel ({@code ELOOP}).
 */
public final class InRootResolver {

    /** The kernel's limit of symlinks followed during one lookup. */
    public static final int MAX_LINKS = 40;

    private InRootResolver() {
    }

    /** Why resolution stopped. */
    public enum Failure {
        /** A component (or a link target) does not exist: a dangling link. */
        NOT_FOUND(RustIoErrors.NOT_FOUND),
        /** A non-directory was used as a directory. */
        NOT_A_DIRECTORY(RustIoErrors.NOT_A_DIRECTORY),
        /** More than {@link #MAX_LINKS} links, e.g. a loop. */
        LOOP(RustIoErrors.TOO_MANY_LINKS),
        /** The view could not read something (permission, I/O). */
        ACCESS(null);

        private final String rustMessage;

        Failure(String rustMessage) {
            this.rustMessage = rustMessage;
        }

        /** The Rust io::Error text bootc prints for this failure ({@code null} for {@link #ACCESS}). */
        public String rustMessage() {
            return rustMessage;
        }
    }

    /**
     * The outcome.
     *
     * @param path    the resolved absolute in-root path (as far as resolution got, on failure)
     * @param kind    the kind of the final node (never {@link RootEntryKind#SYMLINK}); {@code null} on failure
     * @param failure why it failed, {@code null} on success
     * @param detail  the message for {@link Failure#ACCESS}, else the failure's Rust message; {@code null} on success
     * @param hops    how many symlinks were followed
     */
    public record Resolution(String path, RootEntryKind kind, Failure failure, String detail, int hops) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Resolves an absolute in-root path, following every symlink including the last component. */
    public static Resolution resolve(RootView view, String path) {
        return resolve(view, List.of(), path);
    }

    /**
     * Resolves a symlink target as the kernel does: relative to the directory holding the link (already resolved),
     * or, when absolute, relative to the root.
     */
    public static Resolution resolveLinkTarget(RootView view, String linkDirectory, String target) {
        if (target.isEmpty()) {
            return new Resolution(linkDirectory, null, Failure.NOT_FOUND, Failure.NOT_FOUND.rustMessage(), 1);
        }
        return resolve(view, target.startsWith("/") ? List.of() : split(linkDirectory), target);
    }

    private static Resolution resolve(RootView view, List<String> start, String path) {
        List<String> current = new ArrayList<>(start);
        Deque<String> pending = new ArrayDeque<>(split(path));
        int hops = 0;
        try {
            while (!pending.isEmpty()) {
                String comp = pending.removeFirst();
                if (comp.equals(".")) {
                    continue;
                }
                if (comp.equals("..")) {
                    if (!current.isEmpty()) {
                        current.remove(current.size() - 1);
                    }
                    continue;
                }
                current.add(comp);
                String here = join(current);
                Optional<RootEntryKind> kind = view.kind(here);
                if (kind.isEmpty()) {
                    return fail(here, Failure.NOT_FOUND, null, hops);
                }
                switch (kind.get()) {
                    case SYMLINK: {
                        hops++;
                        if (hops > MAX_LINKS) {
                            return fail(here, Failure.LOOP, null, hops);
                        }
                        String target = view.readLink(here);
                        current.remove(current.size() - 1);
                        if (target.isEmpty()) {
                            return fail(here, Failure.NOT_FOUND, null, hops);
                        }
                        if (target.startsWith("/")) {
                            current.clear();
                        }
                        List<String> parts = split(target);
                        for (int i = parts.size() - 1; i >= 0; i--) {
                            pending.addFirst(parts.get(i));
                        }
                        break;
                    }
                    case DIRECTORY:
                        break;
                    default:
                        // anything after a file, even "." from a trailing slash, needs a directory
                        if (!pending.isEmpty()) {
                            return fail(here, Failure.NOT_A_DIRECTORY, null, hops);
                        }
                        break;
                }
            }
            String resolved = join(current);
            RootEntryKind finalKind = current.isEmpty() ? RootEntryKind.DIRECTORY
                    : view.kind(resolved).orElse(null);
            if (finalKind == null) {
                return fail(resolved, Failure.NOT_FOUND, null, hops);
            }
            return new Resolution(resolved, finalKind, null, null, hops);
        } catch (RootAccessException e) {
            return fail(join(current), Failure.ACCESS, e.getMessage(), hops);
        }
    }

    private static Resolution fail(String path, Failure f, String detail, int hops) {
        return new Resolution(path, null, f, detail != null ? detail : f.rustMessage(), hops);
    }

    /** The components of a path; a trailing slash becomes a final "." so that it demands a directory. */
    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        if (path.endsWith("/") && !out.isEmpty()) {
            out.add(".");
        }
        return out;
    }

    static String join(List<String> parts) {
        return "/" + String.join("/", parts);
    }

    /** The directory part of an absolute in-root path ({@code /a/b} gives {@code /a}). */
    static String parent(String path) {
        List<String> parts = split(path);
        return parts.isEmpty() ? "/" : join(parts.subList(0, parts.size() - 1));
    }
}
