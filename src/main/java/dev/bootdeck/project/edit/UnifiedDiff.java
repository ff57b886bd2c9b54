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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unified diffs of planned changes (java-diff-utils), in the form {@code git diff} shows: {@code --- a/x},
 * {@code +++ b/x}, {@code /dev/null} for created and deleted files, three lines of context, and
 * "\ No newline at end of file" where it applies. A CRLF file shows its lines without the {@code \r}. Symlinks are
 * shown as their target.
 */
public final class UnifiedDiff {
    private static final Pattern EMPTY_RANGE = Pattern.compile("([-+])(\\d+),0\\b");
    private static final String NO_NEWLINE = "\\ No newline at end of file";
    /** Appended to a last line without a newline, so that adding one shows as a change of that line. */
    private static final String NO_EOL = "\u0000no-eol";

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
        for (String raw : out) {
            String line = raw.startsWith("@@") ? emptyRanges(raw) : raw;
            if (line.endsWith(NO_EOL)) {
                sb.append(line, 0, line.length() - NO_EOL.length()).append('\n').append(NO_NEWLINE).append('\n');
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** GNU diff numbers an empty range by the line before it ({@code -0,0}); java-diff-utils by the one after. */
    private static String emptyRanges(String header) {
        Matcher m = EMPTY_RANGE.matcher(header);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + Math.max(0, Integer.parseInt(m.group(2)) - 1) + ",0");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The lines to compare; a missing final newline is marked as git marks it. Null for binary content. */
    private static List<String> lines(FileState s) {
        if (s instanceof FileState.Absent) {
            return List.of();
        }
        if (s instanceof FileState.Symlink l) {
            List<String> out = new ArrayList<>();
            out.add("symlink -> " + l.target() + NO_EOL);
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
                out.add(text.substring(start) + NO_EOL);
                break;
            }
            String line = text.substring(start, nl);
            out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = nl + 1;
        }
        return out;
    }
}
