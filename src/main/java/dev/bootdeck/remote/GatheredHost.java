package dev.bootdeck.remote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw facts one run of the inspection script printed, decoded but not interpreted: command results, deployment
 * directories with their {@code bound-images.d} entries, the store's presence, file checks. Interpreting them with
 * bootc's rules is {@link HostReportBuilder}'s job.
 *
 * @param complete   the end marker was seen: nothing is missing
 * @param uid        the user id the script ran as (0 when privileged), or null if the output stopped before
 * @param commands   command results by id ({@code status}, {@code bootc-version}, ...) in output order
 * @param deployments every deployment directory found under {@code /sysroot/ostree/deploy}
 * @param store      whether {@code /usr/lib/bootc/storage} exists
 * @param files      existence of checked files by path
 * @param ignoredLines lines printed before the begin marker (login shell noise), ignored
 */
public record GatheredHost(boolean complete, Integer uid, Map<String, CapturedCommand> commands,
        List<GatheredDeployment> deployments, StoreState store, Map<String, Boolean> files, int ignoredLines) {

    public GatheredHost {
        commands = Map.copyOf(commands);
        deployments = List.copyOf(deployments);
        files = Map.copyOf(files);
    }

    /** Whether bootc's image store directory exists. */
    public enum StoreState { PRESENT, ABSENT, UNKNOWN }

    /** One command the script ran: its exit code and both outputs. */
    public record CapturedCommand(String id, int exitCode, byte[] stdout, byte[] stderr) {
        public String stdoutText() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String stderrText() {
            return new String(stderr, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * One deployment directory.
     *
     * @param path     e.g. {@code /sysroot/ostree/deploy/default/deploy/<checksum>.0}
     * @param readable the script could enter it
     * @param boundDir the state of its {@code usr/lib/bootc/bound-images.d}: present, absent, notdir, unreadable,
     *                 loop, or null when not looked at
     * @param entries  the directory's entries
     */
    public record GatheredDeployment(String path, boolean readable, String boundDir, List<GatheredEntry> entries) {
        public GatheredDeployment {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry of a {@code bound-images.d}.
     *
     * @param name     the raw name bytes
     * @param type     link, file, dir or other
     * @param target   the symlink target as written (empty for non-links)
     * @param resolved where the entry resolves inside the deployment root (absolute in-root path), empty if not
     * @param state    ok, dangling, isdir, notfile, unreadable, loop, or none (not resolved)
     * @param size     the resolved file's size in bytes
     * @param content  the resolved file's content (at most 1 MiB), empty unless state is ok
     */
    public record GatheredEntry(byte[] name, String type, String target, String resolved, String state, long size,
            byte[] content) {
    }

    public Optional<CapturedCommand> command(String id) {
        return Optional.ofNullable(commands.get(id));
    }
}
