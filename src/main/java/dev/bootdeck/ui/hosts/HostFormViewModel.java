package dev.bootdeck.ui.hosts;

import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SudoMode;
import dev.bootdeck.ssh.HostTarget;
import java.util.Collection;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add / edit host form: name, SSH target ({@code alias} or {@code [user@]host[:port]}) and sudo mode, with its
 * validation. The name defaults to the target. A target is accepted only if {@link HostTarget#parse} accepts it,
 * so no host is saved that every refresh would then refuse.
 */
public final class HostFormViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<SudoMode> sudo = new SimpleObjectProperty<>(SudoMode.AUTO);
    private final StringBinding problem;

    public HostFormViewModel(Optional<HostEntry> editing, Collection<HostEntry> existing) {
        editing.ifPresent(h -> {
            name.set(h.name());
            target.set(h.target());
            sudo.set(h.sudo());
        });
        problem = Bindings.createStringBinding(() -> validate(editing, existing), name, target, sudo);
    }

    private String validate(Optional<HostEntry> editing, Collection<HostEntry> existing) {
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) {
            return "Enter an ssh_config alias or user@host:port";
        }
        if (t.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "The SSH target cannot contain spaces or control characters";
        }
        if (t.startsWith("-")) {
            return "The SSH target cannot start with '-'";
        }
        int colon = t.lastIndexOf(':');
        if (colon > 0 && !t.endsWith("]") && t.indexOf(':') == colon) {
            String port = t.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "Port must be a number from 1 to 65535: " + port;
            }
        }
        try {
            HostTarget.parse(t); // the inspector's own rules: what passes here also connects
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String n = effectiveName();
        if (n.chars().anyMatch(Character::isISOControl)) {
            return "The name cannot contain control characters";
        }
        boolean taken = existing.stream().anyMatch(h -> h.name().equals(n)
                && editing.map(e -> !e.name().equals(n)).orElse(true));
        if (taken) {
            return "A host named " + n + " exists already";
        }
        return "";
    }

    private String effectiveName() {
        String n = name.get() == null ? "" : name.get().strip();
        return n.isEmpty() ? (target.get() == null ? "" : target.get().strip()) : n;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<SudoMode> sudoProperty() {
        return sudo;
    }

    /** Empty when the form is valid, else the sentence to show. */
    public StringBinding problemProperty() {
        return problem;
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    public HostEntry toEntry() {
        if (!isValid()) {
            throw new IllegalStateException(problem.get());
        }
        return new HostEntry(effectiveName(), target.get().strip(), sudo.get());
    }
}
