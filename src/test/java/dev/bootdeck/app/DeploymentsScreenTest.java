package dev.bootdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.model.HostState;
import dev.bootdeck.remote.DemoHost;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.hosts.HostBadge;
import dev.bootdeck.ui.hosts.HostItemViewModel;
import dev.bootdeck.ui.tasks.SameThreadTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Deployments tab driven headless against the demo host (recorded outputs of the real inspection script) and a
 * host that fails: select a host, see its deployments, the missing-image warning, copy a digest, retry inline.
 */
@ExtendWith(ApplicationExtension.class)
class DeploymentsScreenTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private final AtomicInteger deadHostCalls = new AtomicInteger();

    @Start
    void start(Stage stage) {
        SettingsStore store = new SettingsStore(dir.resolve("s" + System.nanoTime()).resolve("settings.ini"),
                Clock.systemUTC());
        AppSettings settings = AppSettings.defaults().withHosts(List.of(new HostEntry("dead", "root@192.0.2.1",
                dev.bootdeck.settings.SudoMode.AUTO)));
        AppContext ctx = new AppContext(store, settings, Optional.empty(), new SameThreadTaskRunner(),
                new RecordingDialogs(), GuiOptions.parse(List.of("--demo")).orElseThrow(), Clock.systemUTC(),
                (host, c) -> {
                    deadHostCalls.incrementAndGet();
                    return HostReport.failed(host.target(), HostState.TIMEOUT,
                            "Connecting to root@192.0.2.1 timed out after 10 s", Instant.now());
                },
                (host, c) -> DemoHost.report(Instant.now()), List::of);
        window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
    }

    @Test
    void demoHostShowsDeploymentsWarningAndCopiesDigest(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<HostItemViewModel> hosts = robot.lookup("#host-list").queryAs(ListView.class);
        assertThat(hosts.getItems()).extracting(HostItemViewModel::name)
                .containsExactly("Demo host (recorded)", "dead");
        robot.clickOn("Demo host (recorded)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#demo-banner").tryQuery()).isPresent();
        assertThat(robot.lookup("#deployment-staged").tryQuery()).isPresent();
        assertThat(robot.lookup("#deployment-booted").tryQuery()).isPresent();
        assertThat(robot.lookup("#deployment-rollback").tryQuery()).isPresent();
        assertThat(robot.lookup(".deployment-card").queryAll()).hasSize(3);

        Node warning = robot.lookup("#missing-images-warning").query();
        assertThat(robot.from(warning).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("quay.io/example/inventory-agent:2.1"));
        assertThat(robot.lookup("#host-badge").queryAs(Label.class).getText())
                .isEqualTo(HostBadge.MISSING_BOUND_IMAGES.label());
        assertThat(robot.lookup("#next-boot-marker").queryAll()).hasSize(1);

        TableView<?> staged = robot.lookup("#bound-images-staged").queryAs(TableView.class);
        assertThat(staged.getItems()).hasSize(4);

        Node bootedCard = robot.lookup("#deployment-booted").query();
        Hyperlink digest = robot.from(bootedCard).lookup(".digest-link")
                .queryAs(Hyperlink.class);
        // the booted card is below the fold: bring it into view, then click the digest as a user would
        robot.interact(() -> {
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane")
                    .match(n -> n.getParent() == robot.lookup("#deployments-view").query()).query();
            double y = bootedCard.getBoundsInParent().getMinY();
            double h = ((javafx.scene.layout.Region) sp.getContent()).getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, y / h));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(digest);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = window.hosts().selectedProperty().get().report().deployments().stream()
                .filter(d -> d.label().equals("booted")).findFirst().orElseThrow().digest();
        assertThat(expected).startsWith("sha256:");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(expected);
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).contains(expected);
    }

    @Test
    void deadHostShowsErrorInlineAndRetries(FxRobot robot) {
        robot.clickOn("dead");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deadHostCalls.get()).isEqualTo(1);
        assertThat(robot.lookup(".banner-danger .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("timed out after 10 s"));
        assertThat(window.hosts().selectedProperty().get().badgeProperty().get()).isEqualTo(HostBadge.UNREACHABLE);
        robot.clickOn("#retry-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deadHostCalls.get()).isEqualTo(2);
    }
}
