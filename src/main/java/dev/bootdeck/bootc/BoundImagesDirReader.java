package dev.bootdeck.bootc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers {@code usr/lib/bootc/bound-images.d} of a root through a {@link RootView}: each entry's kind, its link
 * target, where the target resolves inside the root ({@link InRootResolver}, never this machine's {@code /}) and the
 * target's content. The rules are applied afterwards by {@link BoundImagesEvaluator}.
 *
 * <p>One deviation from bootc, on purpose: bootc opens the directory itself without {@code RESOLVE_IN_ROOT}; here the
 * directory path is resolved inside the root as well. The two differ only when a component of
 * {@code usr/lib/bootc/bound-images.d} is an absolute symlink, which no known image has.
 */
public final class BoundImagesDirReader {
    private static final Logger LOG = LoggerFactory.getLogger(BoundImagesDirReader.class);

    /** The directory as an absolute in-root path. */
    public static final String DIRECTORY = "/" + BootcRules.BOUND_IMAGE_DIR;

    private BoundImagesDirReader() {
    }

    /** Reads the directory of the root behind the view. */
    public static BoundImagesDir read(RootView view, FlattenedLinks mode) {
        String root = view.label();
        InRootResolver.Resolution dir = InRootResolver.resolve(view, DIRECTORY);
        if (!dir.ok()) {
            if (dir.failure() == InRootResolver.Failure.NOT_FOUND) {
                LOG.debug("{}: no {}", root, DIRECTORY);
                return BoundImagesDir.missing(root);
            }
            return BoundImagesDir.unreadable(root, dir.detail());
        }
        if (dir.kind() != RootEntryKind.DIRECTORY) {
            return BoundImagesDir.unreadable(root, RustIoErrors.NOT_A_DIRECTORY);
        }
        List<RootView.Name> names;
        try {
            names = view.list(dir.path());
        } catch (RootAccessException e) {
            return BoundImagesDir.unreadable(root, e.getMessage());
        }
        List<BoundImageDirEntry> entries = new ArrayList<>();
        for (RootView.Name name : names) {
            entries.add(entry(view, dir.path(), name, mode));
        }
        return BoundImagesDir.of(root, entries);
    }

    private static BoundImageDirEntry entry(RootView view, String dir, RootView.Name name, FlattenedLinks mode) {
        String path = dir + "/" + name.name();
        if (!name.utf8()) {
            return BoundImageDirEntry.notALink(name.name(), false, RootEntryKind.OTHER);
        }
        RootEntryKind kind;
        try {
            Optional<RootEntryKind> k = view.kind(path);
            kind = k.orElse(RootEntryKind.OTHER);
        } catch (RootAccessException e) {
            kind = RootEntryKind.OTHER;
        }
        if (kind == RootEntryKind.SYMLINK) {
            String target;
            try {
                target = view.readLink(path);
            } catch (RootAccessException e) {
                return BoundImageDirEntry.brokenLink(name.name(), null, null, e.getMessage(), false);
            }
            return readTarget(view, name.name(), dir, target, false);
        }
        if (kind == RootEntryKind.FILE && mode == FlattenedLinks.ACCEPT_WITH_WARNING) {
            try {
                Optional<String> target = FlattenedLinks.targetIn(view.read(path));
                if (target.isPresent()) {
                    return readTarget(view, name.name(), dir, target.get(), true);
                }
            } catch (RootAccessException e) {
                LOG.debug("{}: cannot read {}: {}", view.label(), path, e.getMessage());
            }
        }
        return BoundImageDirEntry.notALink(name.name(), true, kind);
    }

    private static BoundImageDirEntry readTarget(RootView view, String name, String dir, String target,
                                                 boolean flattened) {
        InRootResolver.Resolution res = InRootResolver.resolveLinkTarget(view, dir, target);
        String error;
        boolean dangling = false;
        String content = null;
        if (!res.ok()) {
            error = res.detail();
            dangling = res.failure() == InRootResolver.Failure.NOT_FOUND;
        } else if (res.kind() == RootEntryKind.DIRECTORY) {
            error = RustIoErrors.IS_A_DIRECTORY;
        } else if (res.kind() != RootEntryKind.FILE) {
            error = "not a regular file";
        } else {
            error = null;
            try {
                content = BoundImageDirEntry.decodeUtf8(view.read(res.path()));
                if (content == null) {
                    error = RustIoErrors.INVALID_UTF8;
                }
            } catch (RootAccessException e) {
                error = e.getMessage();
            }
        }
        return new BoundImageDirEntry(name, true, RootEntryKind.SYMLINK, target, res.path(), content, error, dangling,
                flattened);
    }
}
