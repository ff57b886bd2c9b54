package dev.bootdeck.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred icon, title and hint shown where a view has nothing to show yet. */
public final class EmptyState extends VBox {
    public EmptyState(String icon, String title, String hint) {
        super(10);
        setAlignment(Pos.CENTER);
        getStyleClass().add("empty-state");
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("empty-state-icon");
        Label t = new Label(title);
        t.getStyleClass().add("title-3");
        Label h = new Label(hint);
        h.getStyleClass().add("text-muted");
        h.setWrapText(true);
        getChildren().addAll(i, t, h);
    }
}
