/**
 * bootc's own rules, as bootc applies them: status JSON parsing, image references, how bootc reads bound-image
 * files (its tini INI parser, not podman's), {@code bound-images.d} resolution inside a root, GC plan. Pure Java, no I/O
 * beyond reading a local directory tree handed in by the caller.
 */
package dev.bootdeck.bootc;
