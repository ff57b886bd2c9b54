package dev.bootdeck.project.edit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs of planned changes (java-diff-utils), in the form {@code git diff} shows: {@code --- a/x},
 * {@code +++ b/x}, {@code /dev/null} for created and deleted files, three lines of context, and
 * "\ No newline at end of file" where it applies. A CRLF file shows its lines without the {@code \r}. Symlinks are
 * shown as their target.
 */
public final class UnifiedDiff {
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    public static String of(String path, FileState before, FileState after) {
        String a = before instanceof FileState.Absent ? "/dev/null" : "a/" + path;
        String b = after instanceof FileState.Absent ? "/dev/null" : "b/" + path;
        List<String> left = lines(before);
        List<String> right = lines(after);
        if (left == null || right == null) {
            return "Binary files " + a + " and " + b + " differ\n";
        }
        Patch<String> patch = DiffUtils.diff(left, right);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(a, b, left, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            sb.append(line.startsWith("-" + NO_NEWLINE) || line.startsWith("+" + NO_NEWLINE)
                    || line.startsWith(" " + NO_NEWLINE) ? line.substring(1) : line).append('\n');
        }
        return sb.toString();
    }

    /** The lines to compare; a missing final newline is marked as git marks it. Null for binary content. */
    private static List<String> lines(FileState s) {
        if (s instanceof FileState.Absent) {
            return List.of();
        }
        if (s instanceof FileState.Symlink l) {
            List<String> out = new ArrayList<>();
            out.add("symlink -> " + l.target());
            out.add(NO_NEWLINE);
            return out;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(((FileState.Regular) s).bytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start));
                out.add(NO_NEWLINE);
                break;
            }
            String line = text.substring(start, nl);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = nl + 1;
        }
        return out;
    }
}
