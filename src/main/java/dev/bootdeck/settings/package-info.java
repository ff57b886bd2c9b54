/**
 * bootdeck's own settings (known hosts list, theme, recent projects), kept in an INI file under the XDG config
 * directory and read and written with ini4j. Never used for Quadlet files: ini4j rewrites whole files.
 */
package dev.bootdeck.settings;
