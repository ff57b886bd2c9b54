package dev.bootdeck.ui.editor;

import dev.bootdeck.project.containerfile.ContainerfileParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours Containerfiles/Dockerfiles: comment lines, the instruction word at the start of an instruction (not on
 * continuation lines), {@code --flags}, quoted strings, {@code $VAR}/{@code ${VAR}} and trailing {@code \}.
 */
public final class ContainerfileHighlighter implements Highlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<string>\"(?:[^\"\\\\]|\\\\.)*\"?|'[^']*'?)|(?<var>\\$\\{[^}]*}?|\\$[A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?<flag>(?<=^|\\s)--?[A-Za-z][\\w-]*(?:=\\S*)?)|(?<op>&&|\\|\\||;)");

    @Override
    public List<Highlight> highlight(String text) {
        List<Highlight> out = new ArrayList<>();
        boolean continuing = false;
        for (TextLine l : TextLine.of(text)) {
            int pos = l.start();
            String line = l.text();
            String trimmed = l.trimmed();
            int lead = l.lead();
            if (trimmed.startsWith("#")) {
                out.add(new Highlight(pos + lead, pos + lead + trimmed.length(), "hl-comment"));
            } else if (!trimmed.isEmpty()) {
                int from = 0;
                if (!continuing) {
                    int sp = 0;
                    while (sp < trimmed.length() && !Character.isWhitespace(trimmed.charAt(sp))) {
                        sp++;
                    }
                    String word = trimmed.substring(0, sp);
                    if (ContainerfileParser.KNOWN.contains(word.toUpperCase(Locale.ROOT))) {
                        out.add(new Highlight(pos + lead, pos + lead + sp, "hl-keyword"));
                        from = lead + sp;
                    }
                }
                String body = line.stripTrailing();
                int stop = body.endsWith("\\") ? body.length() - 1 : body.length();
                Matcher m = TOKENS.matcher(line);
                m.region(Math.min(from, stop), stop);
                m.useTransparentBounds(true);
                while (m.find()) {
                    String style = m.group("string") != null ? "hl-string"
                            : m.group("var") != null ? "hl-variable"
                            : m.group("flag") != null ? "hl-flag" : "hl-operator";
                    out.add(new Highlight(pos + m.start(), pos + m.end(), style));
                }
                if (stop < body.length()) {
                    out.add(new Highlight(pos + stop, pos + body.length(), "hl-continuation"));
                }
                continuing = stop < body.length();
            }
        }
        return out;
    }
}
