/**
 * Project edits as single actions (create a bound image, bind, unbind, rename, delete) that touch the Quadlet file,
 * the {@code COPY} line and the {@code ln -s} line together. Each action returns an {@link EditPlan} with a unified
 * diff per file, computed and checked before anything is written; plans apply atomically (all files or none) and
 * can be undone while the files are as the edit left them.
 */
package dev.bootdeck.project.edit;
