package dev.bootdeck.settings;

import java.util.Locale;

/** How bootdeck gets root on a host whose SSH user is not root (bootc needs root). */
public enum SudoMode {
    /** Root runs directly; any other user goes through {@code sudo -n} and a password prompt is reported. */
    AUTO,
    /** Other users go through sudo; when it wants a password, ask for it (used once, never stored). */
    ASK_PASSWORD;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@link #key()}; unknown words give {@link #AUTO} so a hand-edited file never breaks start-up. */
    public static SudoMode fromKey(String key) {
        if (key != null) {
            for (SudoMode m : values()) {
                if (m.key().equalsIgnoreCase(key.trim())) {
                    return m;
                }
            }
        }
        return AUTO;
    }
}
