/**
 * Work on a host that needs its shell: inspecting a bootc host in one round trip and turning the raw output into a
 * host report with the core rules. {@link dev.bootdeck.remote.HostInspector} runs {@code gather.sh} (one exec
 * channel, POSIX sh only) and never throws; {@link dev.bootdeck.remote.GatherOutputParser} decodes its
 * nonce-delimited, base64 output; {@link dev.bootdeck.remote.HostReportBuilder} applies bootc's status, bound-image
 * and GC rules; {@link dev.bootdeck.remote.FleetInspector} does many hosts with a bound;
 * {@link dev.bootdeck.remote.DemoHost} is the labelled demo host built from a recording of the same script.
 */
package dev.bootdeck.remote;
