package dev.bootdeck.bootc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RootView} over file-system data gathered elsewhere, e.g. by one remote command that printed the nodes of
 * a deployment's {@code bound-images.d}, the link targets and the Quadlet directories. Paths are absolute and
 * relative to the root; parent directories are implied. Immutable once built.
 */
public final class SnapshotRootView implements RootView {

    private record Node(RootEntryKind kind, String target, byte[] content, String error, boolean nameUtf8) {
    }

    private final String label;
    private final Map<String, Node> nodes;

    private SnapshotRootView(String label, Map<String, Node> nodes) {
        this.label = label;
        this.nodes = nodes;
    }

    public static Builder builder(String label) {
        return new Builder(label);
    }

    /** Collects nodes; later calls for the same path replace earlier ones. */
    public static final class Builder {
        private final String label;
        private final Map<String, Node> nodes = new LinkedHashMap<>();

        private Builder(String label) {
            this.label = Objects.requireNonNull(label, "label");
        }

        private Builder put(String path, Node node) {
            String p = normalize(path);
            nodes.put(p, node);
            for (String parent = InRootResolver.parent(p); !parent.equals("/"); parent = InRootResolver.parent(parent)) {
                nodes.putIfAbsent(parent, new Node(RootEntryKind.DIRECTORY, null, null, null, true));
            }
            return this;
        }

        public Builder directory(String path) {
            return put(path, new Node(RootEntryKind.DIRECTORY, null, null, null, true));
        }

        public Builder file(String path, byte[] content) {
            return put(path, new Node(RootEntryKind.FILE, null, content.clone(), null, true));
        }

        public Builder file(String path, String content) {
            return file(path, content.getBytes(StandardCharsets.UTF_8));
        }

        /** A regular file whose content could not be read, with the error text to report. */
        public Builder unreadableFile(String path, String error) {
            return put(path, new Node(RootEntryKind.FILE, null, null, error, true));
        }

        public Builder symlink(String path, String target) {
            return put(path, new Node(RootEntryKind.SYMLINK, target, null, null, true));
        }

        /** A device, socket or FIFO. */
        public Builder other(String path) {
            return put(path, new Node(RootEntryKind.OTHER, null, null, null, true));
        }

        /** An entry whose raw name was not valid UTF-8; {@code lossyPath} is how it was rendered. */
        public Builder nonUtf8Name(String lossyPath, RootEntryKind kind) {
            return put(lossyPath, new Node(kind, null, null, null, false));
        }

        public SnapshotRootView build() {
            return new SnapshotRootView(label, new LinkedHashMap<>(nodes));
        }
    }

    private static String normalize(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("in-root paths are absolute: " + path);
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return InRootResolver.join(parts);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<RootEntryKind> kind(String path) {
        String p = normalize(path);
        if (p.equals("/")) {
            return Optional.of(RootEntryKind.DIRECTORY);
        }
        Node n = nodes.get(p);
        return n == null ? Optional.empty() : Optional.of(n.kind());
    }

    @Override
    public String readLink(String path) throws RootAccessException {
        Node n = nodes.get(normalize(path));
        if (n == null) {
            throw new RootAccessException(RustIoErrors.NOT_FOUND);
        }
        if (n.kind() != RootEntryKind.SYMLINK) {
            throw new RootAccessException("Invalid argument (os error 22)");
        }
        return n.target();
    }

    @Override
    public List<Name> list(String directory) throws RootAccessException {
        String dir = normalize(directory);
        Optional<RootEntryKind> k = kind(dir);
        if (k.isEmpty()) {
            throw new RootAccessException(RustIoErrors.NOT_FOUND);
        }
        if (k.get() != RootEntryKind.DIRECTORY) {
            throw new RootAccessException(RustIoErrors.NOT_A_DIRECTORY);
        }
        List<Name> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            String p = e.getKey();
            if (!p.equals(dir) && InRootResolver.parent(p).equals(dir)) {
                out.add(new Name(p.substring(p.lastIndexOf('/') + 1), e.getValue().nameUtf8()));
            }
        }
        return out;
    }

    @Override
    public byte[] read(String path) throws RootAccessException {
        Node n = nodes.get(normalize(path));
        if (n == null) {
            throw new RootAccessException(RustIoErrors.NOT_FOUND);
        }
        if (n.error() != null) {
            throw new RootAccessException(n.error());
        }
        if (n.kind() == RootEntryKind.DIRECTORY) {
            throw new RootAccessException(RustIoErrors.IS_A_DIRECTORY);
        }
        if (n.content() == null) {
            throw new RootAccessException("not a regular file");
        }
        return n.content().clone();
    }
}
