/**
 * A POSIX shell reader for {@code RUN} lines: words with their quoting and expansions, simple commands, {@code &&}
 * chains, {@code for} loops and other compound commands, each with its position in the script. Enough of {@code sh}
 * to read how an image links bound images, and to edit such a chain without disturbing the rest.
 */
package dev.bootdeck.project.shell;
