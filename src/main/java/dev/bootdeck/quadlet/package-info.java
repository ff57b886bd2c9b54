/**
 * Podman Quadlet unit files: a lossless document that writes back byte for byte, and Quadlet's semantics
 * (continuations, lookups, drop-ins, unit references) and validation exactly as podman's generator applies them.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.bootdeck.quadlet.UnitDocument}: read any file losslessly, list its elements and problems, edit it
 *       (set / add / remove / setValues / addSection) changing only the touched lines;
 *       {@link dev.bootdeck.quadlet.QuadletForm} for the form editor's fields.</li>
 *   <li>{@link dev.bootdeck.quadlet.UnitFileParser} and {@link dev.bootdeck.quadlet.UnitFile}: podman's parser and
 *       lookup flavours, every value with its file and line.</li>
 *   <li>{@link dev.bootdeck.quadlet.QuadletValidator}: load units from search directories
 *       ({@link dev.bootdeck.quadlet.DiskUnitTree} or {@link dev.bootdeck.quadlet.MemoryUnitTree}) with drop-ins, and
 *       report podman's errors and warnings ({@link dev.bootdeck.quadlet.QuadletRule}) and the image each unit uses
 *       ({@link dev.bootdeck.quadlet.ImageSource}).</li>
 * </ul>
 */
package dev.bootdeck.quadlet;
