package dev.bootdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.settings.AppSettings;
import dev.bootdeck.settings.SettingsStore;
import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.ssh.testserver.OpenSshServer;
import dev.bootdeck.ssh.testserver.SshTestBed;
import dev.bootdeck.testsupport.RecordingDialogs;
import dev.bootdeck.ui.hosts.HostBadge;
import dev.bootdeck.ui.hosts.HostItemViewModel;
import dev.bootdeck.ui.tasks.ActivityLog;
import dev.bootdeck.ui.tasks.FxTaskRunner;
import dev.bootdeck.ui.theme.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window against a real OpenSSH server on loopback serving the demo fake host: a host added through the dialog
 * is inspected over SSH in the background (the real task runner and session pool) and its deployments appear.
 */
@ExtendWith(ApplicationExtension.class)
class LoopbackHostScreenTest {
    static SshTestBed bed;
    static OpenSshServer server;

    private MainWindow window;
    private RemoteServices remote;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void startServer(@TempDir Path dir) throws Exception {
        FakeRoot.assumeSshdInstalled();
        bed = SshTestBed.create(dir);
        server = OpenSshServer.start(DemoFixture.host().build("gui-demo"), "127.0.0.1", "ed25519",
                List.of(bed.publicKey()), null);
        bed.writeConfig(SshTestBed.hostBlock("lab-host", server, "root",
                "  IdentityFile " + bed.key() + "\n  IdentitiesOnly yes\n")
                + SshTestBed.hostBlock("new-host", server, "root", "  IdentityFile " + bed.key()
                + "\n  IdentitiesOnly yes\n  UserKnownHostsFile " + bed.home().resolve("new_known_hosts") + "\n"));
        bed.trust(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        Path cfg = bed.home().resolve("cfg-" + System.nanoTime()).resolve("settings.ini");
        FxTaskRunner tasks = new FxTaskRunner(2, new ActivityLog(Clock.systemUTC()));
        remote = new RemoteServices(bed.env(), dialogs, Clock.systemUTC());
        AppContext ctx = new AppContext(new SettingsStore(cfg, Clock.systemUTC()), AppSettings.defaults(),
                Optional.empty(), tasks, dialogs, GuiOptions.parse(List.of()).orElseThrow(), Clock.systemUTC(),
                remote.inspection(), remote.demo(), remote.sshConfigAliases());
        window = new MainWindow(stage, ctx, new ThemeManager());
        stage.show();
    }

    @Test
    void importedHostIsInspectedOverSshAndShown(FxRobot robot) throws Exception {
        // nothing configured: the demo host is offered; import the ssh_config alias
        robot.clickOn("#import-hosts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.hosts().items().size() == 2);
        assertThat(window.hosts().items()).extracting(HostItemViewModel::name).containsExactly("lab-host", "new-host");
        HostItemViewModel host = window.hosts().items().get(0);
        robot.clickOn("lab-host");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> host.report() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(host.report().error()).isNull();
        assertThat(host.badgeProperty().get()).isEqualTo(HostBadge.MISSING_BOUND_IMAGES);
        assertThat(robot.lookup(".deployment-card").queryAll()).hasSize(3);
        Node warning = robot.lookup("#missing-images-warning").query();
        assertThat(robot.from(warning).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains(DemoFixture.MISSING_IMAGE));
        assertThat(robot.lookup("#demo-banner").tryQuery()).isEmpty();
        assertThat(dialogs.shown).isEmpty();
        remote.close();
    }

    @Test
    void unknownHostKeyIsAskedInADialogAndRemembered(FxRobot robot) throws Exception {
        dialogs.answers.add(Boolean.TRUE);
        robot.interact(() -> window.hosts().add(dev.bootdeck.settings.HostEntry.of("new-host")));
        HostItemViewModel host = window.hosts().items().stream().filter(i -> i.name().equals("new-host"))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> host.report() != null);
        assertThat(dialogs.shown).singleElement().satisfies(d -> assertThat(d)
                .startsWith("confirm: Unknown host key").contains("SHA256:").contains("ssh-ed25519"));
        assertThat(host.report().error()).isNull();
        assertThat(java.nio.file.Files.readString(bed.home().resolve("new_known_hosts")))
                .contains(server.hostPublicKey().split(" ")[1]);
        remote.close();
    }
}
