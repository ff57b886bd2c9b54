/**
 * Reaching hosts over SSH with JSch: OpenSSH client configuration, agent and key files, known_hosts that fail
 * closed, sudo, and the one wrapper through which every remote command runs (quoting, timeouts, cancellation).
 * Entry points: {@link dev.bootdeck.ssh.SshClient} (connect as ssh would), {@link dev.bootdeck.ssh.SshSessionPool}
 * (reuse between refreshes), {@link dev.bootdeck.ssh.SshConnection#exec} (the command wrapper),
 * {@link dev.bootdeck.ssh.RemoteCommand} and {@link dev.bootdeck.ssh.Privilege} (what runs, as whom), and
 * {@link dev.bootdeck.ssh.UserInteraction} (what front ends answer).
 */
package dev.bootdeck.ssh;
