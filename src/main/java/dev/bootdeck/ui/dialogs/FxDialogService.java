package dev.bootdeck.ui.dialogs;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * JavaFX dialogs owned by the main window. Callable from any thread: off the FX thread the call waits for the user's
 * answer (SSH callbacks such as a passphrase prompt come from worker threads).
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private <T> T onFx(Supplier<T> s) {
        if (Platform.isFxApplicationThread()) {
            return s.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the user", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Dialog failed", e.getCause());
        }
    }

    private void own(Dialog<?> d) {
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            d.initOwner(w);
        }
        d.setResizable(true);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        onFx(() -> {
            Alert a = new Alert(type);
            own(a);
            a.setTitle(title);
            a.setHeaderText(title);
            // Long messages (host key fingerprints, paths) must be selectable and wrap.
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(12, 2 + message.length() / 70));
            text.getStyleClass().add("dialog-message");
            a.getDialogPane().setContent(text);
            a.showAndWait();
            return null;
        });
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showWarning(String title, String message) {
        alert(Alert.AlertType.WARNING, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return onFx(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION);
            own(a);
            a.setTitle(title);
            a.setHeaderText(title);
            a.setContentText(message);
            ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(ButtonType.CANCEL, yes);
            return a.showAndWait().filter(b -> b == yes).isPresent();
        });
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        return onFx(() -> {
            Dialog<char[]> d = new Dialog<>();
            own(d);
            d.setTitle(title);
            d.setHeaderText(title);
            PasswordField field = new PasswordField();
            Label label = new Label(message);
            label.setWrapText(true);
            VBox box = new VBox(8, label, field);
            VBox.setVgrow(label, Priority.ALWAYS);
            d.getDialogPane().setContent(box);
            d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
            d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
            Platform.runLater(field::requestFocus);
            Optional<char[]> r = d.showAndWait();
            field.clear();
            return r;
        });
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return onFx(() -> {
            TextInputDialog d = new TextInputDialog(initial);
            own(d);
            d.setTitle(title);
            d.setHeaderText(message);
            return d.showAndWait();
        });
    }
}
