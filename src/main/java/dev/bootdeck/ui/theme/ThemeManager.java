package dev.bootdeck.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * The one place that switches between the light and dark theme: AtlantaFX's Primer pair as the user-agent
 * stylesheet, plus bootdeck's own stylesheet whose colours follow AtlantaFX's looked-up colours.
 */
public final class ThemeManager {
    public static final String APP_CSS = "/dev/bootdeck/ui/bootdeck.css";
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public ThemeManager() {
        dark.addListener((obs, was, now) -> apply());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Applies the current theme to the whole application. */
    public void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds bootdeck's own stylesheet to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(resource(APP_CSS).toExternalForm());
    }

    public static URL resource(String path) {
        URL url = ThemeManager.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Resource not found: " + path);
        }
        return url;
    }
}
