package dev.bootdeck.ui.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a file's exact text to the text a RichTextFX area holds and back. The area turns every {@code \r\n} and lone
 * {@code \r} into {@code \n}; saving that would silently rewrite line endings of lines nobody touched. Going back,
 * lines the edit left alone (the common head and tail) keep their own ending, and new or changed lines get the
 * ending most lines of the file use.
 */
final class EditorText {
    /** The line terminators RichTextFX splits paragraphs on, in its order. */
    private static final Pattern TERMINATOR = Pattern.compile("\r\n|\r|\n");

    private EditorText() {
    }

    /** The file text as the area shows it: every line ending a {@code \n}. */
    static String forEditor(String fileText) {
        return TERMINATOR.matcher(fileText).replaceAll("\n");
    }

    /** The file text after the area's text became {@code edited}, keeping the endings of untouched lines. */
    static String toFile(String fileText, String edited) {
        if (forEditor(fileText).equals(edited)) {
            return fileText;
        }
        List<Line> before = split(fileText);
        String[] after = edited.split("\n", -1);
        int head = 0;
        while (head < before.size() && head < after.length && same(before.get(head), after[head], head,
                after.length)) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.length - head
                && same(before.get(before.size() - 1 - tail), after[after.length - 1 - tail], after.length - 1 - tail,
                after.length)) {
            tail++;
        }
        String eol = dominantEnding(before);
        StringBuilder sb = new StringBuilder(edited.length() + 16);
        for (int i = 0; i < head; i++) {
            sb.append(before.get(i).content()).append(before.get(i).eol());
        }
        for (int i = head; i < after.length - tail; i++) {
            sb.append(after[i]).append(i == after.length - 1 ? "" : eol);
        }
        for (int i = before.size() - tail; i < before.size(); i++) {
            sb.append(before.get(i).content()).append(before.get(i).eol());
        }
        return sb.toString();
    }

    /** A line matches when its text is equal and it is the last line (no ending) in both texts or in neither. */
    private static boolean same(Line line, String content, int index, int count) {
        return line.content().equals(content) && line.eol().isEmpty() == (index == count - 1);
    }

    private record Line(String content, String eol) {
    }

    private static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        Matcher m = TERMINATOR.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Line(text.substring(start, m.start()), m.group()));
            start = m.end();
        }
        out.add(new Line(text.substring(start), ""));
        return out;
    }

    private static String dominantEnding(List<Line> lines) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (Line l : lines) {
            switch (l.eol()) {
                case "\n" -> lf++;
                case "\r\n" -> crlf++;
                case "\r" -> cr++;
                default -> { }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }
}
