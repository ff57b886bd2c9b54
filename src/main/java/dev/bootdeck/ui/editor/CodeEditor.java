package dev.bootdeck.ui.editor;

import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A RichTextFX code area for Quadlet files and Containerfiles: line numbers, lexical highlighting, and diagnostics
 * underlined at their line with a marker in the gutter and the message on hover.
 */
public final class CodeEditor extends StackPane {
    private final CodeArea area = new CodeArea();
    private Highlighter highlighter = Highlighter.NONE;
    private Map<Integer, List<Finding>> findingsByLine = Map.of();
    private final Popup popup = new Popup();
    private final Label popupText = new Label();
    private final IntFunction<Node> gutter;

    public CodeEditor() {
        getStyleClass().add("code-editor");
        area.getStyleClass().add("code-area-bootdeck");
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        gutter = line -> {
            FontIcon mark = marker(line);
            HBox box = new HBox(2, mark, numbers.apply(line));
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        };
        area.setParagraphGraphicFactory(gutter);
        area.textProperty().addListener((obs, was, now) -> restyle());
        popupText.getStyleClass().add("diagnostic-popup");
        popupText.setWrapText(true);
        popupText.setMaxWidth(560);
        popup.getContent().add(popupText);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int line = area.offsetToPosition(e.getCharacterIndex(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor() + 1;
            List<Finding> fs = findingsByLine.get(line);
            if (fs != null && !fs.isEmpty()) {
                popupText.setText(describe(fs));
                Point2D p = e.getScreenPosition();
                popup.show(area, p.getX(), p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    private FontIcon marker(int paragraph) {
        List<Finding> fs = findingsByLine.get(paragraph + 1);
        FontIcon icon = new FontIcon("mdi2c-checkbox-blank-circle");
        icon.getStyleClass().add("gutter-marker");
        if (fs == null || fs.isEmpty()) {
            icon.setVisible(false);
            return icon;
        }
        Severity worst = fs.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        icon.getStyleClass().add("gutter-" + worst.word());
        Tooltip.install(icon, new Tooltip(describe(fs)));
        return icon;
    }

    static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.severity().word() + " " + f.rule() + ": " + f.message())
                .collect(Collectors.joining("\n"));
    }

    public CodeArea area() {
        return area;
    }

    public void setHighlighter(Highlighter h) {
        highlighter = h == null ? Highlighter.NONE : h;
        restyle();
    }

    /** Replaces the text (keeps the undo history of the area clean: loading a file is not an edit). */
    public void setText(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public String getText() {
        return area.getText();
    }

    /** Shows these findings (lines are 1-based; line 0 findings concern the whole file and get no underline). */
    public void setFindings(Collection<Finding> findings) {
        Map<Integer, List<Finding>> map = new TreeMap<>();
        for (Finding f : findings) {
            if (f.line() > 0) {
                map.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
            }
        }
        findingsByLine = map;
        restyle();
        // regenerate gutter markers
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(gutter);
    }

    /** The findings shown on a 1-based line (for tests and the status line). */
    public List<Finding> findingsAt(int line) {
        return findingsByLine.getOrDefault(line, List.of());
    }

    private void restyle() {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, compute(text, highlighter.highlight(text), findingsByLine));
    }

    /** Merges lexical highlights and per-line diagnostic underlines into one span list covering the text. */
    static StyleSpans<Collection<String>> compute(String text, List<Highlight> highlights,
                                                  Map<Integer, List<Finding>> byLine) {
        int n = text.length();
        @SuppressWarnings("unchecked")
        List<String>[] styles = new List[n + 1];
        for (Highlight h : highlights) {
            for (int i = Math.max(0, h.start()); i < Math.min(n, h.end()); i++) {
                styles[i] = List.of(h.style());
            }
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                List<Finding> fs = byLine.get(line);
                if (fs != null && !fs.isEmpty()) {
                    Severity worst = fs.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
                    String cls = "diag-" + worst.word();
                    int s = lineStart;
                    int e = i;
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    for (int k = s; k < e; k++) {
                        List<String> cur = styles[k] == null ? new ArrayList<>() : new ArrayList<>(styles[k]);
                        cur.add(cls);
                        styles[k] = cur;
                    }
                }
                line++;
                lineStart = i + 1;
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int i = 0;
        while (i < n) {
            List<String> cur = styles[i] == null ? Collections.emptyList() : styles[i];
            int j = i + 1;
            while (j < n && (styles[j] == null ? Collections.emptyList() : styles[j]).equals(cur)) {
                j++;
            }
            b.add(cur, j - i);
            i = j;
        }
        return b.create();
    }
}
