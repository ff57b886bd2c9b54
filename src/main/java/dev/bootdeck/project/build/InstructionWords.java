package dev.bootdeck.project.build;

import dev.bootdeck.project.containerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** Splitting instruction arguments into words the way BuildKit does, keeping where each word sits. */
final class InstructionWords {
    /** A word of an instruction and its span in the instruction text ({@code -1} for the JSON form). */
    record Span(String text, int start, int end) {
    }

    private InstructionWords() {
    }

    /** {@code COPY}/{@code ADD} arguments: the JSON form, or words split at whitespace (quotes do not group). */
    static List<Span> of(Instruction ins) {
        if (ins.json().isPresent()) {
            return ins.json().get().stream().map(s -> new Span(s, -1, -1)).toList();
        }
        List<Span> out = new ArrayList<>();
        String t = ins.text();
        int i = ins.argsStart();
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Span(t.substring(start, i), start, i));
            }
        }
        return out;
    }
}
