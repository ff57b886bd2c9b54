package dev.bootdeck.bootc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;

/**
 * Shared JSON reading for the parsers of bootc and podman output: one strictly configured Jackson mapper (duplicate
 * keys and trailing garbage are errors), translation of Jackson's errors into "what and where", typed field access that
 * records the JSON path, and finding the line and column of a JSON path after the fact.
 */
final class JsonInput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonInput() {
    }

    /** A syntax problem with its position, before it is wrapped into the caller's exception type. */
    record SyntaxProblem(String problem, int line, int column, Throwable cause) {
    }

    /** Parses text into a tree, or describes why it is not well-formed JSON. */
    static JsonNode readTree(String text, SyntaxProblem[] problem) {
        if (text == null || text.isBlank()) {
            problem[0] = new SyntaxProblem("empty input, expected a JSON document", 0, 0, null);
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                problem[0] = new SyntaxProblem("empty input, expected a JSON document", 0, 0, null);
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String what = e.getOriginalMessage();
            if (e instanceof JsonEOFException || (what != null && what.startsWith("Unexpected end-of-input"))) {
                what = "the JSON ends early (truncated output?): " + firstLine(what);
            } else {
                what = "malformed JSON: " + firstLine(what);
            }
            int line = loc == null ? 0 : loc.getLineNr();
            int col = loc == null ? 0 : loc.getColumnNr();
            problem[0] = new SyntaxProblem(what, line, col, e);
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Where the value (or member name) at the given path starts in the text, if it can be found. */
    static Optional<int[]> locate(String text, JsonPath path) {
        JsonPointer target = path.toPointer();
        try (JsonParser p = MAPPER.createParser(text)) {
            while (p.nextToken() != null) {
                // At a member name this is the member's pointer; at the start of an object or array it is the
                // pointer of that object or array; so the first match is where the value's text begins.
                if (p.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation loc = p.currentTokenLocation();
                    return Optional.of(new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A short, printable preview of how the input starts, for messages about input that is not JSON at all. */
    static String preview(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) {
            t = t.substring(0, nl);
        }
        if (t.length() > 40) {
            t = t.substring(0, 40) + "...";
        }
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    // ---- typed access ------------------------------------------------------------------------------------------

    static String typeName(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        switch (n.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ObjectNode requireObject(JsonNode n, JsonPath path, String what) throws JsonShapeException {
        if (n == null || !n.isObject()) {
            throw new JsonShapeException(path, "expected " + what + " (a JSON object) but found " + typeName(n));
        }
        return (ObjectNode) n;
    }

    /** The member as an object, {@code null} when absent or JSON null. */
    static ObjectNode optObject(ObjectNode o, String field, JsonPath path, String what) throws JsonShapeException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return requireObject(n, path.field(field), what);
    }

    /** The member as an array, {@code null} when absent or JSON null. */
    static ArrayNode optArray(ObjectNode o, String field, JsonPath path) throws JsonShapeException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new JsonShapeException(path.field(field), "expected an array but found " + typeName(n));
        }
        return (ArrayNode) n;
    }

    /** The member as a string, {@code null} when absent or JSON null. */
    static String optString(ObjectNode o, String field, JsonPath path) throws JsonShapeException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new JsonShapeException(path.field(field), "expected a string but found " + typeName(n));
        }
        return n.textValue();
    }

    /** The member as a string; absent or null is an error. */
    static String reqString(ObjectNode o, String field, JsonPath path) throws JsonShapeException {
        String s = optString(o, field, path);
        if (s == null) {
            throw new JsonShapeException(path.field(field), "required string \"" + field + "\" is missing");
        }
        return s;
    }

    /** The member as a boolean, {@code null} when absent or JSON null. */
    static Boolean optBoolean(ObjectNode o, String field, JsonPath path) throws JsonShapeException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw new JsonShapeException(path.field(field), "expected true or false but found " + typeName(n));
        }
        return n.booleanValue();
    }

    /** The member as a boolean; absent or null reads as {@code false}. */
    static boolean flag(ObjectNode o, String field, JsonPath path) throws JsonShapeException {
        Boolean b = optBoolean(o, field, path);
        return b != null && b;
    }

    /** The member as an integer in {@code [0, max]}, {@code null} when absent or JSON null. */
    static Long optUnsigned(ObjectNode o, String field, JsonPath path, long max) throws JsonShapeException {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0 || n.longValue() > max) {
            throw new JsonShapeException(path.field(field),
                    "expected a whole number from 0 to " + max + " but found " + describe(n));
        }
        return n.longValue();
    }

    private static String describe(JsonNode n) {
        if (n.isNumber()) {
            return n.asText();
        }
        return typeName(n);
    }
}
