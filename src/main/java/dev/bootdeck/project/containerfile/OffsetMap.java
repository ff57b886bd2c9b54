package dev.bootdeck.project.containerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each character of a logical text (a line joined from continuation lines, or a heredoc body) sits in the
 * file. BuildKit removes the escape character and joins lines, so a position in the joined text has to be mapped
 * back before it can name a line or be edited.
 */
public final class OffsetMap {
    private final List<int[]> segments = new ArrayList<>(); // {logicalStart, fileStart, length}
    private int length;

    /** Appends {@code len} characters that sit at {@code fileStart} in the file. */
    public void append(int fileStart, int len) {
        segments.add(new int[] {length, fileStart, len});
        length += len;
    }

    public int length() {
        return length;
    }

    /** File offset of logical index {@code logical}; the end index maps to just past the last segment. */
    public int toFile(int logical) {
        if (segments.isEmpty()) {
            return 0;
        }
        int[] found = segments.get(0);
        for (int[] s : segments) {
            if (s[0] <= logical && (logical < s[0] + s[2] || s[2] == 0 && logical == s[0])) {
                return s[1] + (logical - s[0]);
            }
            if (s[0] <= logical) {
                found = s;
            }
        }
        return found[1] + Math.min(logical - found[0], found[2]);
    }

    /** File offset just past the character at logical index {@code logicalEnd - 1} (for half-open spans). */
    public int toFileEnd(int logicalEnd) {
        if (logicalEnd <= 0) {
            return toFile(0);
        }
        return toFile(logicalEnd - 1) + 1;
    }

    /** A map for a sub-range of this one, re-based so that {@code from} becomes index 0. */
    public OffsetMap slice(int from, int to) {
        OffsetMap m = new OffsetMap();
        for (int[] s : segments) {
            int a = Math.max(from, s[0]);
            int b = Math.min(to, s[0] + s[2]);
            if (a < b) {
                m.append(s[1] + (a - s[0]), b - a);
            }
        }
        return m;
    }
}
