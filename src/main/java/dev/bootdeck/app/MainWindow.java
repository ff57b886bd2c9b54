package dev.bootdeck.app;

import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.ui.activity.ActivityView;
import dev.bootdeck.ui.deployments.DeploymentsView;
import dev.bootdeck.ui.deployments.DeploymentsViewModel;
import dev.bootdeck.ui.hosts.HostSidebar;
import dev.bootdeck.ui.hosts.HostsViewModel;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import dev.bootdeck.ui.shell.MainView;
import dev.bootdeck.ui.shell.MainViewModel;
import dev.bootdeck.ui.project.FxProjectPrompts;
import dev.bootdeck.ui.project.ProjectView;
import dev.bootdeck.ui.project.ProjectViewModel;
import dev.bootdeck.ui.project.SampleProject;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Path;
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
    private final ProjectViewModel projectViewModel;
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
        projectViewModel = new ProjectViewModel(viewModel, new FxProjectPrompts(() -> stage),
                new SampleProject(Path.of(System.getProperty("java.io.tmpdir"))));
        ProjectView project = new ProjectView(projectViewModel);
        viewModel.onRefresh(MainViewModel.Tab.PROJECT, projectViewModel::refresh);
        ActivityView activity = new ActivityView(ctx.tasks().activity());
        view = new MainView(viewModel, sidebar, deploymentsView, project, activity);

        scene = new Scene(view, WIDTH, HEIGHT);
        ThemeManager.style(scene);
        scene.getAccelerators().put(MainView.REFRESH, viewModel::refresh);
        scene.getAccelerators().put(MainView.REFRESH_ALT, viewModel::refresh);
        scene.getAccelerators().put(MainView.THEME, viewModel::toggleTheme);
        scene.getAccelerators().put(MainView.QUIT, () -> {
            if (projectViewModel.confirmDiscardAll("quit bootdeck")) {
                Platform.exit();
            }
        });
        // Ctrl+Z outside any text control undoes the Project tab's last edit action (text controls consume it first).
        scene.getAccelerators().put(ProjectView.UNDO, () -> {
            if (viewModel.activeTabProperty().get() == MainViewModel.Tab.PROJECT) {
                projectViewModel.undo();
            }
        });
        // Unsaved editor changes are never dropped silently, also not by closing the window.
        stage.setOnCloseRequest(e -> {
            if (!projectViewModel.confirmDiscardAll("quit bootdeck")) {
                e.consume();
            }
        });

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
        projectViewModel.start(ctx.options().project(), ctx.options().projectFile());
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

    public ProjectViewModel projectViewModel() {
        return projectViewModel;
    }

    public MainView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }
}
