package dev.bootdeck.ui.shell;

import dev.bootdeck.model.BootdeckVersion;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's layout: tool bar, host sidebar, the feature tabs (Deployments, Project, Activity) and the status
 * bar. It only binds to {@link MainViewModel} and places the feature views it is given.
 */
public final class MainView extends BorderPane {
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination REFRESH_ALT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final TabPane tabs = new TabPane();

    public MainView(MainViewModel vm, Node sidebar, Node deployments, Node project, Node activity) {
        getStyleClass().add("main-view");
        setId("main-view");

        Label title = new Label("bootdeck");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("refresh-button");
        refresh.setTooltip(new Tooltip("Refresh what this tab shows (F5, Ctrl+R)"));
        refresh.setOnAction(e -> vm.refresh());
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(vm.darkProperty().get() ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night"),
                vm.darkProperty()));
        theme.textProperty().bind(Bindings.when(vm.darkProperty()).then("Light").otherwise("Dark"));
        theme.setTooltip(new Tooltip("Switch between light and dark theme (Ctrl+Shift+T)"));
        theme.setOnAction(e -> vm.toggleTheme());
        ToolBar toolBar = new ToolBar(title, spacer, refresh, theme);
        toolBar.getStyleClass().add("main-toolbar");
        setTop(toolBar);

        Tab dep = tab("Deployments", "mdi2l-layers-outline", deployments, "tab-deployments");
        Tab proj = tab("Project", "mdi2f-file-document-edit-outline", project, "tab-project");
        Tab act = tab("Activity", "mdi2h-history", activity, "tab-activity");
        tabs.getTabs().setAll(dep, proj, act);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                vm.activeTabProperty().set(MainViewModel.Tab.values()[now.intValue()]));
        vm.activeTabProperty().addListener((obs, was, now) -> tabs.getSelectionModel().select(now.ordinal()));

        SplitPane split = new SplitPane(sidebar, tabs);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar, false);
        setCenter(split);

        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        Label running = new Label();
        running.setId("running-tasks");
        running.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.tasks().activity().runningProperty().get();
            return n == 0 ? "" : n + (n == 1 ? " task running" : " tasks running");
        }, vm.tasks().activity().runningProperty()));
        Label version = new Label("bootdeck " + BootdeckVersion.get());
        version.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(16, status, grow, running, version);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
    }

    private static Tab tab(String text, String icon, Node content, String id) {
        Tab t = new Tab(text, content);
        t.setGraphic(new FontIcon(icon));
        t.setId(id);
        return t;
    }

    public TabPane tabs() {
        return tabs;
    }
}
