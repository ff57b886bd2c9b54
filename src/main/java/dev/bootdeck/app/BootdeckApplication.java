package dev.bootdeck.app;

import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ui.UserMessages;
import dev.bootdeck.ui.dialogs.FxDialogService;
import dev.bootdeck.ui.shell.Snapshots;
import dev.bootdeck.ui.tasks.ActivityLog;
import dev.bootdeck.ui.tasks.FxTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: composition root of the window. */
public final class BootdeckApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(BootdeckApplication.class);
    private static volatile GuiOptions options = GuiOptions.parse(java.util.List.of()).orElseThrow();
    private static volatile int exitCode = 0;

    private FxTaskRunner tasks;
    private RemoteServices remote;

    /** Opens the window and blocks until it closes; returns the process exit code. */
    static int launchWindow(GuiOptions o, String[] args) {
        options = o;
        if (o.screenshot().isPresent() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            // No display: render off-screen with the headless Monocle platform (software pipeline).
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        Application.launch(BootdeckApplication.class, args);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        ActivityLog activity = new ActivityLog(Clock.systemUTC());
        tasks = new FxTaskRunner(4, activity);
        FxDialogService dialogs = new FxDialogService(() -> stage);
        installUncaughtHandler(dialogs);
        SettingsStore store = RemoteServices.settingsStore();
        SettingsStore.LoadResult loaded = store.load();
        Clock clock = Clock.systemUTC();
        remote = new RemoteServices(dialogs, clock);
        AppContext ctx = new AppContext(store, loaded.settings(), loaded.problem(), tasks, dialogs, options, clock,
                remote.inspection(), remote.demo(), remote.sshConfigAliases());
        MainWindow window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
        // every host's badge is worth knowing at a glance: refresh them all (bounded pool, off the FX thread)
        window.hosts().refreshAll();
        options.screenshot().ifPresent(file -> takeScreenshotAndExit(window, file));
    }

    private static void installUncaughtHandler(FxDialogService dialogs) {
        AtomicBoolean showing = new AtomicBoolean();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("Uncaught exception in thread {}", thread.getName(), e);
            if (showing.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    try {
                        dialogs.showError("Unexpected error", UserMessages.of(e)
                                + "\n\nThe details are in bootdeck's log file.");
                    } finally {
                        showing.set(false);
                    }
                });
            }
        });
    }

    private void takeScreenshotAndExit(MainWindow window, Path file) {
        // Let layout, CSS and the first background tasks settle before the snapshot.
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        settle.setOnFinished(e -> {
            try {
                if (options.screenshotNode().isPresent()) {
                    String id = options.screenshotNode().get();
                    javafx.scene.Node node = window.scene().lookup("#" + id);
                    if (node == null) {
                        throw new IllegalArgumentException("No node #" + id + " in the window");
                    }
                    Snapshots.writePng(node, file);
                } else {
                    Snapshots.writePng(window.scene(), file);
                }
                LOG.info("Screenshot written to {}", file);
                exitCode = 0;
            } catch (Exception ex) {
                LOG.error("Screenshot failed: {}", file, ex);
                exitCode = 1;
            }
            Platform.exit();
        });
        settle.play();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (remote != null) {
            remote.close();
        }
    }
}
