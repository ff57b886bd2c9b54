package dev.bootdeck.ui.dialogs;

import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so view models can be tested with a recording implementation and
 * messages stay consistent: a title, a sentence naming what went wrong and where, never a stack trace.
 */
public interface DialogService {
    void showError(String title, String message);

    void showWarning(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; {@code true} when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks for a secret (passphrase, sudo password). The caller wipes the array after use; nothing is stored. */
    Optional<char[]> askSecret(String title, String message);

    /** Asks for one line of text, starting from {@code initial}. */
    Optional<String> askText(String title, String message, String initial);
}
