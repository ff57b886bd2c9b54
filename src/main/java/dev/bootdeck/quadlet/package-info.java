/**
 * Podman Quadlet unit files: a lossless document that writes back byte for byte, and Quadlet's semantics
 * (continuations, lookups, drop-ins, unit references) and validation exactly as podman's generator applies them.
 */
package dev.bootdeck.quadlet;
