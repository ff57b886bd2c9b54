/**
 * Reaching hosts over SSH with JSch: OpenSSH client configuration, agent and key files, known_hosts that fail
 * closed, sudo, and the one wrapper through which every remote command runs (quoting, timeouts, cancellation).
 */
package dev.bootdeck.ssh;
