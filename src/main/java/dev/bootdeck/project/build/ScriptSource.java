package dev.bootdeck.project.build;

import dev.bootdeck.project.containerfile.Containerfile;
import dev.bootdeck.project.containerfile.Instruction;
import dev.bootdeck.project.containerfile.OffsetMap;

/**
 * A shell script taken from a {@code RUN} instruction (its shell form, or a here-document body) with the map back
 * to file offsets, so that a command found in it can name its line and be edited in place.
 *
 * @param text        the script
 * @param map         where each character sits in the Containerfile, or null when it has no exact place (JSON
 *                    form, {@code sh -c} strings)
 * @param instruction the {@code RUN} it belongs to
 */
public record ScriptSource(String text, OffsetMap map, Instruction instruction) {

    /** The Containerfile line of script offset {@code pos} (the instruction's first line when unknown). */
    public int lineOf(Containerfile file, int pos) {
        if (map == null) {
            return instruction.startLine();
        }
        return file.source().lineOf(map.toFile(Math.min(pos, Math.max(0, text.length() - 1))));
    }

    public boolean editable() {
        return map != null;
    }
}
