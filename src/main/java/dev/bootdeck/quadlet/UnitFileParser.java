package dev.bootdeck.quadlet;

/**
 * Podman's {@code UnitFile.Parse} in Java: reads a unit file into a {@link UnitFile} or fails on the first line
 * podman rejects, with podman's message and line number. The lines are read once, by {@link UnitDocument}, so the
 * lossless and the semantic view can never disagree. Pure: no I/O.
 */
public final class UnitFileParser {
    private UnitFileParser() {
    }

    /** Parses text; {@code file} names it in entries and errors. */
    public static UnitFile parse(String file, String text) throws UnitParseException {
        return parse(file, UnitDocument.parse(text));
    }

    /** Parses bytes as podman does (no BOM handling, invalid UTF-8 kept). */
    public static UnitFile parse(String file, byte[] data) throws UnitParseException {
        return parse(file, UnitDocument.parse(data));
    }

    /** The semantic view of a lossless document; fails with the first problem podman would stop at. */
    public static UnitFile parse(String file, UnitDocument document) throws UnitParseException {
        if (!document.problems().isEmpty()) {
            SyntaxProblem first = document.problems().get(0);
            throw new UnitParseException(file, first.line(), first.message());
        }
        UnitFile.Builder builder = new UnitFile.Builder(file);
        for (UnitElement e : document.elements()) {
            if (e instanceof UnitElement.SectionHeader h) {
                builder.ensureGroup(h.name());
            } else if (e instanceof UnitElement.Entry en) {
                builder.add(en.group(), new UnitEntry(en.key(), en.value(), file, en.firstLine()));
            }
        }
        return builder.build();
    }
}
