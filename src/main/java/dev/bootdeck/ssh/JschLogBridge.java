package dev.bootdeck.ssh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSch's own log lines to SLF4J at debug level (logger {@code dev.bootdeck.ssh.jsch}). JSch logs the handshake
 * at INFO, which would otherwise clutter a command-line user's terminal; bootdeck reports failures itself.
 */
final class JschLogBridge implements com.jcraft.jsch.Logger {
    private static final Logger LOG = LoggerFactory.getLogger("dev.bootdeck.ssh.jsch");

    @Override
    public boolean isEnabled(int level) {
        return LOG.isDebugEnabled();
    }

    @Override
    public void log(int level, String message) {
        LOG.debug("{}", message);
    }

    @Override
    public void log(int level, String message, Throwable cause) {
        LOG.debug("{}", message, cause);
    }
}
