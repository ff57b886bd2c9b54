package dev.bootdeck.bootc;

import dev.bootdeck.model.BoundImageKind;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;

import java.util.Optional;

/**
 * Reads the content of one bound-image file exactly as bootc's {@code query_bound_images} does after it has read the
 * link target: tini INI parse ({@code Parse to ini}), then the extension of the link's name, then
 * {@code [Image] Image} or {@code [Container] Image} ({@code Missing Image field}), then for {@code .image} files the
 * {@code AuthFile} check, then the specifier rule. Every other key is ignored, {@code Image=foo.image} is taken
 * verbatim, quotes are kept. The first failure wins, as in bootc, and is reported with bootc's full error chain.
 */
public final class BoundImageFileReader {

    private BoundImageFileReader() {
    }

    /**
     * The outcome for one file.
     *
     * @param document  the tini reading, {@code null} when tini rejected the file
     * @param kind      the kind from the link name's extension, {@code null} if invalid (or not reached)
     * @param image     the image bootc would pull, {@code null} on failure
     * @param imageLine the line of the {@code Image=} bootc used, 0 if none
     * @param failure   the finding for the first bootc failure, {@code null} on success
     */
    public record Reading(TiniDocument document, BoundImageKind kind, String image, int imageLine, Finding failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * @param entryName the name in {@code bound-images.d} (decides the kind and appears in bootc's messages)
     * @param content   the target file's text
     * @param file      how findings name the file (the resolved path of the target inside the root)
     */
    public static Reading read(String entryName, String content, String file) {
        String entryPath = BootcRules.BOUND_IMAGE_DIR + "/" + entryName;
        TiniDocument doc;
        try {
            doc = TiniIni.parse(content, file);
        } catch (TiniParseException e) {
            return new Reading(null, null, null, 0, new Finding(BootcRules.INI_PARSE_ERROR, Severity.ERROR, file,
                    e.line(), BootcRules.QUERY_CONTEXT + ": Parse to ini: " + e.tiniMessage() + hintForParseError(
                            content, e.line())));
        }
        Optional<BoundImageKind> kind = BoundImageKind.fromFileName(entryName);
        if (kind.isEmpty()) {
            return new Reading(doc, null, null, 0, new Finding(BootcRules.INVALID_EXTENSION, Severity.ERROR,
                    "/" + entryPath, 0, BootcRules.QUERY_CONTEXT + ": Invalid file extension: " + entryName
                    + " (only .image and .container are accepted)"));
        }
        String section = kind.get().section();
        String parsing = BootcRules.QUERY_CONTEXT + ": Parsing " + entryPath + ": ";
        Optional<String> image = doc.get(section, "Image");
        if (image.isEmpty()) {
            return new Reading(doc, kind.get(), null, 0, new Finding(BootcRules.MISSING_IMAGE, Severity.ERROR, file,
                    0, parsing + "Missing Image field" + hintForMissingImage(doc, section)));
        }
        int imageLine = doc.lineOf(section, "Image").map(TiniDocument.Line::number).orElse(0);
        if (kind.get() == BoundImageKind.IMAGE && doc.get(section, "AuthFile").isPresent()) {
            int line = doc.lineOf(section, "AuthFile").map(TiniDocument.Line::number).orElse(0);
            return new Reading(doc, kind.get(), null, imageLine, new Finding(BootcRules.AUTHFILE, Severity.ERROR, file,
                    line, parsing + "AuthFile is not supported by bound bootc images"));
        }
        SystemdSpecifiers.Result spec = SystemdSpecifiers.parse(image.get());
        if (!spec.ok()) {
            return new Reading(doc, kind.get(), null, imageLine, new Finding(BootcRules.SPECIFIER, Severity.ERROR,
                    file, imageLine, parsing + "Invalid image value: " + spec.error()));
        }
        return new Reading(doc, kind.get(), spec.value(), imageLine, null);
    }

    private static String hintForParseError(String content, int line) {
        String raw = TiniIni.rustLines(content).get(line - 1);
        if (line >= 2 && TiniIni.trim(TiniIni.rustLines(content).get(line - 2)).endsWith("\\")) {
            return " (a continuation line: bootc's INI parser does not support \\ continuations)";
        }
        if (raw.startsWith("\uFEFF")) {
            return " (the file starts with a UTF-8 byte order mark)";
        }
        return "";
    }

    private static String hintForMissingImage(TiniDocument doc, String section) {
        for (String s : doc.sections().keySet()) {
            if (!s.equals(section) && s.equalsIgnoreCase(section) && doc.sections().get(s).containsKey("Image")) {
                return " (the file has [" + s + "]: bootc's section names are case-sensitive, it reads [" + section
                        + "])";
            }
        }
        Optional<String> lower = doc.sections().getOrDefault(section, java.util.Map.of()).keySet().stream()
                .filter(k -> !k.equals("Image") && k.equalsIgnoreCase("Image")).findFirst();
        if (lower.isPresent()) {
            return " (the file has " + lower.get() + "=: keys are case-sensitive, bootc reads Image=)";
        }
        return "";
    }
}
