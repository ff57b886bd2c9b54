package dev.bootdeck.app;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ui.dialogs.DialogService;
import dev.bootdeck.ui.hosts.HostInspection;
import dev.bootdeck.ui.tasks.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The services one window runs with. The application builds the real ones; tests build their own (a temporary
 * settings file, a same-thread task runner, a recording dialog service).
 */
public record AppContext(SettingsStore settingsStore, AppSettings initialSettings, Optional<String> settingsProblem,
                         TaskRunner tasks, DialogService dialogs, GuiOptions options, Clock clock,
                         HostInspection inspection, HostInspection demoInspection,
                         Supplier<List<String>> sshConfigAliases) {
}
