package dev.bootdeck.bootc;

import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the files of one root tree (an image root or an ostree deployment), by absolute paths that are
 * relative to that root ({@code /usr/lib/...} means {@code <root>/usr/lib/...}, never this machine's {@code /usr}).
 *
 * <p>The view never follows symlinks itself: callers pass paths whose directory part is already resolved (see
 * {@link InRootResolver}), and {@link #kind} reports a symlink as a symlink. That keeps bootc's
 * {@code RESOLVE_IN_ROOT} semantics in one place and lets the same code run over a local directory
 * ({@link LocalRootView}) or over data gathered from a remote host.
 */
public interface RootView {

    /** One directory entry name; {@code utf8} is false when the raw name was not valid UTF-8. */
    record Name(String name, boolean utf8) {
    }

    /** What is at the path ({@code lstat}), or empty when nothing is there. */
    Optional<RootEntryKind> kind(String path) throws RootAccessException;

    /** The target of the symlink at the path, exactly as written. */
    String readLink(String path) throws RootAccessException;

    /** The entries of the directory at the path (without {@code .} and {@code ..}). */
    List<Name> list(String directory) throws RootAccessException;

    /** The content of the regular file at the path. */
    byte[] read(String path) throws RootAccessException;

    /** A label for messages, e.g. a local directory or {@code host:/sysroot/ostree/deploy/...}. */
    String label();
}
