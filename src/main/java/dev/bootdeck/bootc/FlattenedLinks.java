package dev.bootdeck.bootc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What to do with a plain file in {@code bound-images.d} that only holds a path. That is how git (without symlink
 * support) and some copy tools store a symlink: the file's whole content is the link target. bootc itself calls such
 * a file {@code Not a symlink}, which is right for a real image root; a working copy that lost its symlinks can be
 * read in {@link #ACCEPT_WITH_WARNING} mode instead.
 */
public enum FlattenedLinks {
    /** As bootc: every entry must be a real symlink. */
    STRICT,
    /** A small one-line file whose whole content is a path counts as a link to that path, with a warning. */
    ACCEPT_WITH_WARNING;

    /** Larger files are never taken for flattened links (Linux PATH_MAX is 4096 including the NUL). */
    static final int MAX_TARGET_BYTES = 4095;

    /**
     * The link target a flattened link holds: its whole content, one line (a single final newline allowed), valid
     * UTF-8, no control characters or white space, and not something that looks like INI content
     * ({@code [}, {@code =}, {@code #} or {@code ;}). Empty when the content is not such a path.
     */
    public static Optional<String> targetIn(byte[] content) {
        if (content.length == 0 || content.length > MAX_TARGET_BYTES + 1) {
            return Optional.empty();
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > MAX_TARGET_BYTES) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '=' || c == '[' || c == ']' || c == '#' || c == ';') {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }
}
