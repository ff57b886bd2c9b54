package dev.bootdeck.bootc;

import dev.bootdeck.quadlet.UnitTree;

import java.io.IOException;
import java.util.List;

/**
 * podman's view of a root: the Quadlet loader's {@link UnitTree} over a {@link RootView}, so that podman's search
 * directories ({@code /etc/containers/systemd}, {@code /usr/share/containers/systemd}, ...) are read inside the same
 * root bootc reads, with symlinks resolved inside it. Paths are absolute in-root paths.
 */
public final class RootUnitTree implements UnitTree {

    private final RootView view;

    public RootUnitTree(RootView view) {
        this.view = view;
    }

    @Override
    public boolean isDirectory(String path) {
        InRootResolver.Resolution r = InRootResolver.resolve(view, path);
        return r.ok() && r.kind() == RootEntryKind.DIRECTORY;
    }

    @Override
    public List<String> list(String dir) throws IOException {
        InRootResolver.Resolution r = InRootResolver.resolve(view, dir);
        if (!r.ok() || r.kind() != RootEntryKind.DIRECTORY) {
            return List.of();
        }
        try {
            return view.list(r.path()).stream().filter(RootView.Name::utf8).map(RootView.Name::name).sorted()
                    .toList();
        } catch (RootAccessException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        InRootResolver.Resolution r = InRootResolver.resolve(view, path);
        if (!r.ok()) {
            throw new IOException(r.detail());
        }
        if (r.kind() != RootEntryKind.FILE) {
            throw new IOException(r.kind() == RootEntryKind.DIRECTORY ? RustIoErrors.IS_A_DIRECTORY
                    : "not a regular file");
        }
        try {
            return view.read(r.path());
        } catch (RootAccessException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String canonical(String path) {
        InRootResolver.Resolution r = InRootResolver.resolve(view, path);
        return r.ok() ? r.path() : path;
    }
}
