/**
 * The command-line front end (picocli). The only package that writes to standard output and error.
 */
package dev.bootdeck.cli;
