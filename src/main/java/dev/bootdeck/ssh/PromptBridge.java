package dev.bootdeck.ssh;

import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts JSch's prompt callbacks to {@link UserInteraction}. JSch asks for a passphrase with the key's name and
 * reads it back as a String (its API); the char[] from the user is turned into that String only at that moment and
 * wiped at once. Host key questions never arrive here ({@link HostKeyVerifier} decides them), so yes/no prompts are
 * declined. Banners go to the log.
 */
final class PromptBridge implements UserInfo, UIKeyboardInteractive {
    private static final Logger LOG = LoggerFactory.getLogger(PromptBridge.class);
    private static final String PASSPHRASE_PREFIX = "Passphrase for ";

    private final String displayHost;
    private final String user;
    private final UserInteraction interaction;
    private volatile boolean inPrompt;
    private char[] pending;

    PromptBridge(String displayHost, String user, UserInteraction interaction) {
        this.displayHost = displayHost;
        this.user = user;
        this.interaction = interaction;
    }

    boolean inPrompt() {
        return inPrompt;
    }

    @Override
    public boolean promptPassphrase(String message) {
        String name = message.startsWith(PASSPHRASE_PREFIX) ? message.substring(PASSPHRASE_PREFIX.length()) : message;
        return take(() -> interaction.passphrase(displayHost, Path.of(name)));
    }

    @Override
    public String getPassphrase() {
        return release();
    }

    @Override
    public boolean promptPassword(String message) {
        return take(() -> interaction.password(displayHost, user));
    }

    @Override
    public String getPassword() {
        return release();
    }

    @Override
    public boolean promptYesNo(String message) {
        LOG.debug("{}: declined a yes/no question from JSch: {}", displayHost, message);
        return false;
    }

    @Override
    public void showMessage(String message) {
        LOG.debug("{}: server or JSch message: {}", displayHost, message.strip());
    }

    @Override
    public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt,
            boolean[] echo) {
        if (prompt.length == 1 && !echo[0] && prompt[0].toLowerCase(Locale.ROOT).contains("password")) {
            if (take(() -> interaction.password(displayHost, user))) {
                return new String[] {release()};
            }
        }
        return null;
    }

    private interface Ask {
        Optional<char[]> ask();
    }

    private synchronized boolean take(Ask ask) {
        inPrompt = true;
        try {
            Optional<char[]> answer = ask.ask();
            wipe();
            pending = answer.orElse(null);
            return pending != null;
        } finally {
            inPrompt = false;
        }
    }

    private synchronized String release() {
        if (pending == null) {
            return null;
        }
        String s = new String(pending);
        wipe();
        return s;
    }

    private void wipe() {
        if (pending != null) {
            Arrays.fill(pending, '\0');
            pending = null;
        }
    }
}
