package dev.bootdeck.ui.hosts;

import dev.bootdeck.model.HostReport;
import dev.bootdeck.settings.HostEntry;
import dev.bootdeck.ssh.Cancellation;

/**
 * What the sidebar calls to refresh one host; blocking, run through the task runner. The application wires it to
 * the SSH inspector; the demo host and the tests answer from recorded data.
 */
@FunctionalInterface
public interface HostInspection {
    HostReport inspect(HostEntry host, Cancellation cancel) throws Exception;
}
