package dev.bootdeck.remote;

import dev.bootdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The inspection script ({@code gather.sh}, a resource) and the one command that runs it in one exec channel. The
 * nonce is random per run so that nothing on the host can print a marker of this run.
 */
public final class GatherScript {
    private static final String RESOURCE = "/dev/bootdeck/remote/gather.sh";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEXT = load();

    private GatherScript() {
    }

    /** The script's text. */
    public static String text() {
        return TEXT;
    }

    /** A fresh nonce: 32 hex digits. */
    public static String newNonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The command for one run (not yet wrapped for root): a short command line that reads the script from stdin and
     * runs it, {@code sh -c 'exec sh -c "$(cat)" bootdeck-gather "$1"' sh NONCE}, so sudo's log and the host's
     * process list show one short line instead of the whole script.
     */
    public static RemoteCommand command(String nonce) {
        return RemoteCommand.builder("the inspection script").args("sh", "-c",
                "exec sh -c \"$(cat)\" bootdeck-gather \"$1\"", "sh", nonce)
                .stdin(TEXT.getBytes(StandardCharsets.UTF_8)).build();
    }

    /**
     * The same run with the script as an argument ({@code sh -c SCRIPT bootdeck-gather NONCE}), for when stdin is
     * taken: a sudo password fed to {@code sudo -S}.
     */
    public static RemoteCommand commandWithScriptArgument(String nonce) {
        return RemoteCommand.builder("the inspection script").arg("sh").arg("-c").bulkyArg("inspection script", TEXT)
                .arg("bootdeck-gather").arg(nonce).build();
    }

    private static String load() {
        try (InputStream in = GatherScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }
}
