package dev.bootdeck.testsupport;

import dev.bootdeck.remote.fakehost.DemoFixture;
import dev.bootdeck.remote.fakehost.FakeBootcHost;
import dev.bootdeck.ssh.testserver.FakeRoot;
import dev.bootdeck.ssh.testserver.OpenSshServer;
import dev.bootdeck.ssh.testserver.SshTestBed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For trying the real jar by hand: starts Debian's sshd on loopback serving bootc-shaped fake hosts (the demo host
 * as root and through sudo, and a host without bootc), writes an ssh_config and known_hosts for them into the
 * directory given, and waits until interrupted. Needs root and openssh-server, like the SSH tests. See the README.
 */
public final class LoopbackDemoHost {
    private LoopbackDemoHost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/loopback-host").toAbsolutePath();
        Files.createDirectories(dir);
        FakeRoot.requireRoot();
        SshTestBed bed = SshTestBed.create(dir);
        OpenSshServer demo = OpenSshServer.start(DemoFixture.host().build("loopback-demo"), "127.0.0.1", "ed25519",
                List.of(bed.publicKey()), null);
        OpenSshServer noBootc = OpenSshServer.start(
                FakeBootcHost.withFixture("spec-only-booted.json").withoutBootc().build("loopback-nobootc"),
                "127.0.0.1", "ed25519", List.of(bed.publicKey()), null);
        String keyLine = "  IdentityFile " + bed.key() + "\n  IdentitiesOnly yes\n  UserKnownHostsFile "
                + bed.knownHosts() + "\n";
        bed.writeConfig(SshTestBed.hostBlock("bootc-demo", demo, "root", keyLine)
                + SshTestBed.hostBlock("bootc-sudo", demo, FakeRoot.SUDO_USER, keyLine)
                + SshTestBed.hostBlock("no-bootc", noBootc, "root", keyLine));
        bed.trust(demo);
        bed.trust(noBootc);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            noBootc.close();
        }));
        System.out.println("ssh_config: " + bed.config());
        System.out.println("hosts: bootc-demo (root), bootc-sudo (" + FakeRoot.SUDO_USER + " via sudo), no-bootc");
        System.out.println("try:   java -jar target/bootdeck.jar status --ssh-config " + bed.config()
                + " bootc-demo bootc-sudo no-bootc");
        System.out.println("Ctrl+C stops the servers.");
        Thread.currentThread().join();
    }
}
