package dev.bootdeck.ui.shell;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ui.UserMessages;
import dev.bootdeck.ui.dialogs.DialogService;
import dev.bootdeck.ui.tasks.TaskRunner;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window that is not any one feature's: the settings in force, the theme, the active tab, the
 * status line, and routing of the global refresh shortcut to the active tab. Settings are saved off the FX thread.
 */
public final class MainViewModel {
    public enum Tab { DEPLOYMENTS, PROJECT, ACTIVITY }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<AppSettings> settings;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObjectProperty<Tab> activeTab = new SimpleObjectProperty<>(Tab.DEPLOYMENTS);
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final Map<Tab, Runnable> refreshers = new EnumMap<>(Tab.class);
    /** The newest settings not yet written: save tasks may run at once and in any order, only the newest counts. */
    private final AtomicReference<AppSettings> unsaved = new AtomicReference<>();

    public MainViewModel(TaskRunner tasks, DialogService dialogs, SettingsStore store, AppSettings initial) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.store = store;
        this.settings = new ReadOnlyObjectWrapper<>(initial);
        this.dark.set(initial.darkTheme());
        dark.addListener((obs, was, now) -> {
            if (now != settings.get().darkTheme()) {
                update(settings.get().withTheme(now ? AppSettings.DARK : AppSettings.LIGHT));
            }
        });
    }

    public ReadOnlyObjectProperty<AppSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AppSettings settings() {
        return settings.get();
    }

    /**
     * Makes {@code next} the settings in force and saves them in the background. Saves are serialised and each
     * writes the newest settings at that moment, so an older save finishing late never overwrites a newer one.
     */
    public void update(AppSettings next) {
        settings.set(next);
        unsaved.set(next);
        tasks.runToCompletion("Save settings", cancel -> {
            synchronized (store) {
                AppSettings newest = unsaved.getAndSet(null);
                if (newest != null) {
                    store.save(newest);
                }
            }
            return null;
        }, ok -> { }, e -> dialogs.showError("Settings not saved",
                "Could not write " + store.file() + ": " + UserMessages.of(e)));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggleTheme() {
        dark.set(!dark.get());
    }

    public ObjectProperty<Tab> activeTabProperty() {
        return activeTab;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** A feature registers what "refresh" means while its tab is active. */
    public void onRefresh(Tab tab, Runnable action) {
        refreshers.put(tab, action);
    }

    /** The refresh shortcut (F5 / Ctrl+R): refreshes whatever the active tab shows. */
    public void refresh() {
        Runnable r = refreshers.get(activeTab.get());
        if (r != null) {
            r.run();
        } else {
            status.set("Nothing to refresh here");
        }
    }
}
