/**
 * A Containerfile project on disk: finds Quadlet files, maps them to where they land in the image, reads
 * and edits the Containerfile lines that bind images, and lints the whole as bootc and podman would.
 */
package dev.bootdeck.project;
