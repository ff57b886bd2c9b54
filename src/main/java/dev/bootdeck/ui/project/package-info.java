/**
 * The Project tab: open a Containerfile project, see its Quadlet files with where they land in the image and what
 * binds them, edit them in code areas and a form over the same document, and run the core's edit actions (create,
 * bind, unbind, rename, delete) with a diff preview and undo. Views bind; view models call
 * {@code dev.bootdeck.project}.
 */
package dev.bootdeck.ui.project;
