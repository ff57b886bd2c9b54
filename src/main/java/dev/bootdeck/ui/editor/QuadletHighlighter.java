package dev.bootdeck.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours Quadlet/systemd unit files the way podman reads them: a line is a comment when its trimmed text starts
 * with {@code #} or {@code ;} (no inline comments), {@code [Group]} headers, {@code Key=value}, trailing {@code \}
 * continuations (whose next lines are value text), and {@code %} specifiers inside values.
 */
public final class QuadletHighlighter implements Highlighter {
    private static final Pattern SPECIFIER = Pattern.compile("%.");

    @Override
    public List<Highlight> highlight(String text) {
        List<Highlight> out = new ArrayList<>();
        boolean continuing = false;
        for (TextLine l : TextLine.of(text)) {
            int pos = l.start();
            String line = l.text();
            String trimmed = l.trimmed();
            int lead = l.lead();
            if (trimmed.isEmpty()) {
                // blank line: a continuation goes on past it (podman skips blank lines inside continuations)
            } else if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
                out.add(new Highlight(pos + lead, pos + lead + trimmed.length(), "hl-comment"));
            } else if (continuing) {
                value(out, line, pos, 0);
                continuing = trimmed.endsWith("\\");
            } else if (trimmed.startsWith("[") && trimmed.contains("]")) {
                out.add(new Highlight(pos + lead, pos + lead + trimmed.indexOf(']') + 1, "hl-section"));
            } else {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.add(new Highlight(pos + lead, pos + eq, "hl-key"));
                    out.add(new Highlight(pos + eq, pos + eq + 1, "hl-operator"));
                    value(out, line, pos, eq + 1);
                    continuing = trimmed.endsWith("\\");
                } else {
                    out.add(new Highlight(pos + lead, pos + lead + trimmed.length(), "hl-invalid"));
                }
            }
        }
        return out;
    }

    private static void value(List<Highlight> out, String line, int lineStart, int from) {
        String rest = line.stripTrailing();
        int stop = rest.endsWith("\\") ? rest.length() - 1 : rest.length();
        int cursor = from;
        Matcher m = SPECIFIER.matcher(line);
        m.region(from, Math.max(from, stop));
        while (m.find()) {
            if (m.start() > cursor) {
                out.add(new Highlight(lineStart + cursor, lineStart + m.start(), "hl-value"));
            }
            out.add(new Highlight(lineStart + m.start(), lineStart + m.end(), "hl-specifier"));
            cursor = m.end();
        }
        if (stop > cursor) {
            out.add(new Highlight(lineStart + cursor, lineStart + stop, "hl-value"));
        }
        if (stop < rest.length()) {
            out.add(new Highlight(lineStart + stop, lineStart + rest.length(), "hl-continuation"));
        }
    }
}
