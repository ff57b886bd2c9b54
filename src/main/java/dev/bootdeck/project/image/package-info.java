/**
 * A model of the image file system that a Containerfile builds, as far as bootdeck needs it: which project files
 * land where, which directories exist, and which symbolic links the build creates, each with the line or file it
 * came from. Symlinks resolve inside the image root, as bootc resolves them ({@code RESOLVE_IN_ROOT}).
 */
package dev.bootdeck.project.image;
