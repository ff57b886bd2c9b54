package dev.bootdeck.bootc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One entry of {@code usr/lib/bootc/bound-images.d} with everything bootc's rules need, gathered beforehand: the
 * entry itself (name, kind), the link target, where that target resolves inside the root, and the target file's
 * content or why it could not be read. This is the boundary between gathering (a local directory via
 * {@link BoundImagesDirReader}, or a remote host by the remote layer) and bootc's rules
 * ({@link BoundImagesEvaluator}), so both sources share one rule implementation.
 *
 * @param name         the entry name (lossy text when {@code nameUtf8} is false)
 * @param nameUtf8     whether the raw name was valid UTF-8 (bootc rejects it otherwise)
 * @param kind         the entry's own kind, as {@code lstat} sees it
 * @param linkTarget   the symlink target as written; for a flattened link the path the plain file holds;
 *                     {@code null} for other entries
 * @param resolvedPath where the target resolves inside the root (absolute, relative to the root); on failure as far
 *                     as resolution got; {@code null} when not resolved
 * @param content      the target file's text (decoded strictly as UTF-8), {@code null} when not read
 * @param targetError  why the target could not be read, in the words of Rust's {@code io::Error} (e.g.
 *                     {@code No such file or directory (os error 2)}); {@code null} when read or not attempted
 * @param dangling     true when the target does not exist (a dangling link)
 * @param flattened    true when a plain file was accepted as a link ({@link FlattenedLinks#ACCEPT_WITH_WARNING})
 */
public record BoundImageDirEntry(String name, boolean nameUtf8, RootEntryKind kind, String linkTarget,
                                 String resolvedPath, String content, String targetError, boolean dangling,
                                 boolean flattened) {

    public BoundImageDirEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (content != null && targetError != null) {
            throw new IllegalArgumentException("an entry has content or a target error, not both");
        }
    }

    /** An entry that is not a symlink (a file, directory or anything else), as bootc sees it. */
    public static BoundImageDirEntry notALink(String name, boolean nameUtf8, RootEntryKind kind) {
        return new BoundImageDirEntry(name, nameUtf8, kind, null, null, null, null, false, false);
    }

    /** A symlink whose target was read. */
    public static BoundImageDirEntry link(String name, String target, String resolvedPath, String content) {
        return new BoundImageDirEntry(name, true, RootEntryKind.SYMLINK, target, resolvedPath, content, null, false,
                false);
    }

    /** A symlink whose target could not be read ({@code dangling} when it does not exist). */
    public static BoundImageDirEntry brokenLink(String name, String target, String resolvedPath, String error,
                                                boolean dangling) {
        return new BoundImageDirEntry(name, true, RootEntryKind.SYMLINK, target, resolvedPath, null, error, dangling,
                false);
    }

    /**
     * Decodes a target file's bytes the way Rust's {@code read_to_string} does: strict UTF-8, a byte order mark is
     * kept. Returns {@code null} for bytes that are not valid UTF-8 (bootc then fails with
     * {@link RustIoErrors#INVALID_UTF8}).
     */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The entry's path inside the root, {@code /usr/lib/bootc/bound-images.d/<name>}. */
    public String entryPath() {
        return "/" + BootcRules.BOUND_IMAGE_DIR + "/" + name;
    }
}
