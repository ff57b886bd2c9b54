package dev.bootdeck.quadlet;

/**
 * Podman's {@code UnitFile.Parse} in Java: reads a unit file into a {@link UnitFile} or fails on the first line
 * podman rejects, with podman's message and line number. Pure: no I/O.
 */
public final class UnitFileParser {
    private UnitFileParser() {
    }

    /** Parses text; {@code file} names it in entries and errors. */
    public static UnitFile parse(String file, String text) throws UnitParseException {
        UnitFile.Builder builder = new UnitFile.Builder(file);
        String group = null;
        for (LogicalLine ll : LogicalLine.join(PhysicalLine.split(text))) {
            if (ll.kind() != LogicalLine.Kind.PARSED) {
                continue;
            }
            UnitSyntax.Classified c = UnitSyntax.classify(ll.text());
            if (c instanceof UnitSyntax.Group g) {
                if (g.error() != null) {
                    throw new UnitParseException(file, ll.lastLine(), g.error());
                }
                group = g.name();
                builder.ensureGroup(group);
            } else if (c instanceof UnitSyntax.KeyValue kv) {
                if (group == null) {
                    throw new UnitParseException(file, ll.lastLine(), UnitSyntax.KEY_BEFORE_GROUP);
                }
                if (kv.error() != null) {
                    throw new UnitParseException(file, ll.lastLine(), kv.error());
                }
                builder.add(group, new UnitEntry(kv.key(), kv.value(), file, ll.firstLine()));
            } else if (c instanceof UnitSyntax.Invalid inv) {
                throw new UnitParseException(file, ll.lastLine(),
                        UnitSyntax.invalidLineMessage(ll.lastLine(), inv.line()));
            }
        }
        return builder.build();
    }

    /** Parses bytes as podman does (no BOM handling, invalid UTF-8 kept). */
    public static UnitFile parse(String file, byte[] data) throws UnitParseException {
        return parse(file, LosslessUtf8.decode(data));
    }

    /** Parses the semantic view of a lossless document. */
    public static UnitFile parse(String file, UnitDocument document) throws UnitParseException {
        return parse(file, document.render());
    }
}
