/**
 * Composition root: the launcher that picks the GUI or the command line, and the wiring of services.
 */
package dev.bootdeck.app;
