package dev.bootdeck.app;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.ui.activity.ActivityView;
import dev.bootdeck.ui.deployments.DeploymentsView;
import dev.bootdeck.ui.deployments.DeploymentsViewModel;
import dev.bootdeck.ui.hosts.HostSidebar;
import dev.bootdeck.ui.hosts.HostsViewModel;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import dev.bootdeck.ui.shell.EmptyState;
import dev.bootdeck.ui.shell.MainView;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.theme.ThemeManager;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the main window from an {@link AppContext}: the same code for the app, the screenshots and the GUI tests. */
public final class MainWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final MainViewModel viewModel;
    private final HostsViewModel hosts;
    private final DeploymentsViewModel deployments;
    private final MainView view;
    private final Scene scene;
    // Held here: a property binding only keeps a weak reference to its target.
    private final ThemeManager theme;

    public MainWindow(Stage stage, AppContext ctx, ThemeManager theme) {
        AppSettings initial = ctx.initialSettings();
        // --dark / --light choose the theme for this run only (screenshots); they are not saved.
        if (ctx.options().dark()) {
            initial = initial.withTheme(AppSettings.DARK);
        } else if (ctx.options().light()) {
            initial = initial.withTheme(AppSettings.LIGHT);
        }
        viewModel = new MainViewModel(ctx.tasks(), ctx.dialogs(), ctx.settingsStore(), initial);
        this.theme = theme;
        theme.darkProperty().bind(viewModel.darkProperty());
        theme.apply();

        hosts = new HostsViewModel(viewModel, ctx.inspection(), ctx.demoInspection(), ctx.clock(),
                ctx.options().demo());
        HostSidebar sidebar = new HostSidebar(hosts, ctx.sshConfigAliases());
        deployments = new DeploymentsViewModel(hosts, text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
        DeploymentsView deploymentsView = new DeploymentsView(deployments);
        EmptyState project = new EmptyState("mdi2f-folder-open-outline", "No project open",
                "Open a folder with a Containerfile to edit its Quadlet files and bound images.");
        ActivityView activity = new ActivityView(ctx.tasks().activity());
        view = new MainView(viewModel, sidebar, deploymentsView, project, activity);

        scene = new Scene(view, WIDTH, HEIGHT);
        ThemeManager.style(scene);
        scene.getAccelerators().put(MainView.REFRESH, viewModel::refresh);
        scene.getAccelerators().put(MainView.REFRESH_ALT, viewModel::refresh);
        scene.getAccelerators().put(MainView.THEME, viewModel::toggleTheme);
        scene.getAccelerators().put(MainView.QUIT, Platform::exit);

        stage.setTitle("bootdeck");
        stage.getIcons().add(new javafx.scene.image.Image(
                ThemeManager.resource("/dev/bootdeck/ui/bootdeck.png").toExternalForm()));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        ctx.settingsProblem().ifPresent(p -> {
            viewModel.statusProperty().set("Settings were reset: see the message");
            Platform.runLater(() -> ctx.dialogs().showWarning("Settings file set aside", p));
        });
        ctx.options().screenshotTab().ifPresent(t -> {
            for (MainViewModel.Tab tab : MainViewModel.Tab.values()) {
                if (tab.name().equalsIgnoreCase(t)) {
                    viewModel.activeTabProperty().set(tab);
                }
            }
        });
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public HostsViewModel hosts() {
        return hosts;
    }

    public DeploymentsViewModel deployments() {
        return deployments;
    }

    public MainView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }
}
