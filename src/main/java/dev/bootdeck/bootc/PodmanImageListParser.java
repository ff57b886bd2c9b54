package dev.bootdeck.bootc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootdeck.model.StoredImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code podman image list --format=json}, the listing bootc's GC works from ({@code podman.rs
 * ImageListEntry}).
 *
 * <p>Strict where bootc is: the document must be an array of objects, each with a string {@code Id}, and
 * {@code Names} must be an array of strings or null or absent (bootc's serde struct would fail otherwise, and with it
 * the whole GC). {@code Digest} and {@code RepoDigests} must have their types too. Tolerant elsewhere: unknown fields
 * are ignored, and the informational fields ({@code Size}, {@code VirtualSize}, {@code SharedSize},
 * {@code Created}, {@code ReadOnly}) read as absent when missing or of another type. A JSON {@code null} document
 * reads as an empty list.
 */
public final class PodmanImageListParser {

    private PodmanImageListParser() {
    }

    /**
     * @param json   the command's standard output
     * @param source what it came from, e.g. {@code web1: bootc image cmd list}
     */
    public static List<StoredImage> parse(String json, String source) throws ImageListParseException {
        String text = json == null ? "" : json;
        JsonInput.SyntaxProblem[] problem = new JsonInput.SyntaxProblem[1];
        JsonNode root = JsonInput.readTree(text, problem);
        if (root == null) {
            JsonInput.SyntaxProblem p = problem[0];
            throw new ImageListParseException(source, p.problem(), p.line(), p.column(), null, p.cause());
        }
        try {
            return images(root);
        } catch (JsonShapeException e) {
            Optional<int[]> at = JsonInput.locate(text, e.path());
            throw new ImageListParseException(source, e.problem(), at.map(a -> a[0]).orElse(0),
                    at.map(a -> a[1]).orElse(0), e.path().toString(), e);
        }
    }

    private static List<StoredImage> images(JsonNode root) throws JsonShapeException {
        List<StoredImage> out = new ArrayList<>();
        if (root.isNull()) {
            return out;
        }
        if (!root.isArray()) {
            throw new JsonShapeException(JsonPath.ROOT, "not an image list: expected a JSON array of images but "
                    + "found " + JsonInput.typeName(root));
        }
        ArrayNode arr = (ArrayNode) root;
        for (int i = 0; i < arr.size(); i++) {
            JsonPath p = JsonPath.ROOT.index(i);
            ObjectNode o = JsonInput.requireObject(arr.get(i), p, "an image");
            String id = JsonInput.optString(o, "Id", p);
            if (id == null) {
                throw new JsonShapeException(p, "image without an \"Id\" (bootc's GC cannot read this list)");
            }
            out.add(new StoredImage(id, strings(o, "Names", p), JsonInput.optString(o, "Digest", p),
                    strings(o, "RepoDigests", p), number(o, "Size"), number(o, "VirtualSize"),
                    number(o, "SharedSize"), number(o, "Created"), bool(o, "ReadOnly")));
        }
        return out;
    }

    private static List<String> strings(ObjectNode o, String field, JsonPath p) throws JsonShapeException {
        ArrayNode arr = JsonInput.optArray(o, field, p);
        List<String> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            if (!n.isTextual()) {
                throw new JsonShapeException(p.field(field).index(i), "expected a string but found "
                        + JsonInput.typeName(n));
            }
            out.add(n.textValue());
        }
        return out;
    }

    private static Long number(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : null;
    }

    private static Boolean bool(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isBoolean() ? n.booleanValue() : null;
    }
}
