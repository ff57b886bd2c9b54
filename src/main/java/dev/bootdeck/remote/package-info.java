/**
 * Work on a host that needs its shell: inspecting a bootc host in one round trip and turning the raw output
 * into a host report with the core rules.
 */
package dev.bootdeck.remote;
