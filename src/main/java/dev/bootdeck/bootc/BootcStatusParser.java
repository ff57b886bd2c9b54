package dev.bootdeck.bootc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootdeck.model.BootEntry;
import dev.bootdeck.model.BootEntryComposefs;
import dev.bootdeck.model.BootEntryOstree;
import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.BootcImageReference;
import dev.bootdeck.model.HostMetadata;
import dev.bootdeck.model.HostSpec;
import dev.bootdeck.model.HostStatus;
import dev.bootdeck.model.ImageSignature;
import dev.bootdeck.model.ImageStatus;
import dev.bootdeck.model.UsrOverlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code bootc status --format=json} of every bootc release into {@link BootcHost}.
 *
 * <p>Why by hand over a Jackson tree rather than by data binding: every field is optional in some release, unknown
 * fields and unknown enum strings must survive (bootc's schema is additive and its enums are non-exhaustive), the
 * signature is an externally tagged enum ({@code {"ostreeRemote":"x"}} or a bare string), and a wrong value must be
 * reported with its JSON path and its line and column. Both the pretty struct-ordered JSON of old bootc and the
 * canonical compact JSON (sorted keys) of bootc 1.5+ are accepted, as is anything else Jackson reads as JSON.
 *
 * <p>Strictness: malformed or truncated JSON, duplicate keys, trailing text, a document that is not a bootc status
 * document (missing {@code apiVersion}/{@code kind}, or another kind), and known fields of the wrong JSON type are
 * errors. Unknown fields are ignored; JSON {@code null} and absent fields read as "not set".
 */
public final class BootcStatusParser {
    private static final Logger LOG = LoggerFactory.getLogger(BootcStatusParser.class);

    /** The apiVersion prefix every bootc release has used. */
    public static final String API_GROUP = "org.containers.bootc/";
    /** The kind every bootc release has used. */
    public static final String KIND = "BootcHost";

    private static final long U32_MAX = 0xFFFF_FFFFL;

    /**
     * Parses one status document.
     *
     * @param json   the command's standard output
     * @param source what it came from, for messages, e.g. {@code web1: bootc status}
     * @return the parsed document
     * @throws StatusParseException if the text is not a readable bootc status document
     */
    public BootcHost parse(String json, String source) throws StatusParseException {
        JsonInput.SyntaxProblem[] problem = new JsonInput.SyntaxProblem[1];
        String text = json == null ? "" : json;
        JsonNode root = JsonInput.readTree(text, problem);
        if (root == null) {
            JsonInput.SyntaxProblem p = problem[0];
            String what = p.problem();
            String trimmed = text.strip();
            if (trimmed.startsWith("apiVersion:") || trimmed.startsWith("---")) {
                what = "this is YAML, not JSON (run bootc status --format=json): " + what;
            }
            throw new StatusParseException(source, what, p.line(), p.column(), null, p.cause());
        }
        try {
            return host(root);
        } catch (JsonShapeException e) {
            Optional<int[]> at = JsonInput.locate(text, e.path());
            LOG.debug("{}: {} at {}", source, e.problem(), e.path());
            throw new StatusParseException(source, e.problem(), at.map(a -> a[0]).orElse(0),
                    at.map(a -> a[1]).orElse(0), e.path().toString(), e);
        }
    }

    private static BootcHost host(JsonNode rootNode) throws JsonShapeException {
        JsonPath root = JsonPath.ROOT;
        if (!rootNode.isObject()) {
            throw new JsonShapeException(root, "not a bootc status document: expected a JSON object but found "
                    + JsonInput.typeName(rootNode));
        }
        ObjectNode o = (ObjectNode) rootNode;
        String apiVersion = JsonInput.optString(o, "apiVersion", root);
        String kind = JsonInput.optString(o, "kind", root);
        if (apiVersion == null && kind == null) {
            throw new JsonShapeException(root,
                    "not a bootc status document: it has neither \"apiVersion\" nor \"kind\"");
        }
        if (apiVersion == null) {
            throw new JsonShapeException(root, "not a bootc status document: \"apiVersion\" is missing");
        }
        if (!apiVersion.startsWith(API_GROUP)) {
            throw new JsonShapeException(root.field("apiVersion"),
                    "not a bootc status document: apiVersion is \"" + apiVersion + "\", expected " + API_GROUP + "...");
        }
        if (kind == null) {
            throw new JsonShapeException(root, "not a bootc status document: \"kind\" is missing");
        }
        if (!KIND.equals(kind)) {
            throw new JsonShapeException(root.field("kind"),
                    "not a bootc status document: kind is \"" + kind + "\", expected " + KIND);
        }
        HostMetadata metadata = metadata(JsonInput.optObject(o, "metadata", root, "metadata"), root.field("metadata"));
        HostSpec spec = spec(JsonInput.optObject(o, "spec", root, "the spec"), root.field("spec"));
        HostStatus status = status(JsonInput.optObject(o, "status", root, "the status"), root.field("status"));
        return new BootcHost(apiVersion, kind, metadata, spec, status);
    }

    private static HostMetadata metadata(ObjectNode o, JsonPath p) throws JsonShapeException {
        if (o == null) {
            return HostMetadata.empty();
        }
        return new HostMetadata(JsonInput.optString(o, "name", p), JsonInput.optString(o, "namespace", p),
                stringMap(o, "labels", p), stringMap(o, "annotations", p));
    }

    private static Map<String, String> stringMap(ObjectNode parent, String field, JsonPath p)
            throws JsonShapeException {
        ObjectNode o = JsonInput.optObject(parent, field, p, field);
        Map<String, String> out = new LinkedHashMap<>();
        if (o == null) {
            return out;
        }
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String value = JsonInput.optString(o, name, p.field(field));
            if (value != null) {
                out.put(name, value);
            }
        }
        return out;
    }

    private static HostSpec spec(ObjectNode o, JsonPath p) throws JsonShapeException {
        if (o == null) {
            return HostSpec.empty();
        }
        ObjectNode image = JsonInput.optObject(o, "image", p, "an image reference");
        return new HostSpec(image == null ? null : imageReference(image, p.field("image")),
                JsonInput.optString(o, "bootOrder", p));
    }

    private static HostStatus status(ObjectNode o, JsonPath p) throws JsonShapeException {
        if (o == null) {
            return HostStatus.empty();
        }
        List<BootEntry> others = new ArrayList<>();
        ArrayNode arr = JsonInput.optArray(o, "otherDeployments", p);
        if (arr != null) {
            JsonPath ap = p.field("otherDeployments");
            for (int i = 0; i < arr.size(); i++) {
                others.add(bootEntry(JsonInput.requireObject(arr.get(i), ap.index(i), "a boot entry"), ap.index(i)));
            }
        }
        ObjectNode overlay = JsonInput.optObject(o, "usrOverlay", p, "the /usr overlay state");
        UsrOverlay usrOverlay = overlay == null ? null : new UsrOverlay(
                JsonInput.optString(overlay, "accessMode", p.field("usrOverlay")),
                JsonInput.optString(overlay, "persistence", p.field("usrOverlay")));
        return new HostStatus(
                optEntry(o, "staged", p),
                optEntry(o, "booted", p),
                optEntry(o, "rollback", p),
                others,
                JsonInput.flag(o, "rollbackQueued", p),
                JsonInput.optString(o, "type", p),
                JsonInput.optBoolean(o, "isContainer", p),
                usrOverlay,
                JsonInput.flag(o, "readOnly", p));
    }

    private static BootEntry optEntry(ObjectNode parent, String field, JsonPath p) throws JsonShapeException {
        ObjectNode o = JsonInput.optObject(parent, field, p, "a boot entry");
        return o == null ? null : bootEntry(o, p.field(field));
    }

    private static BootEntry bootEntry(ObjectNode o, JsonPath p) throws JsonShapeException {
        ObjectNode image = JsonInput.optObject(o, "image", p, "an image status");
        ObjectNode cached = JsonInput.optObject(o, "cachedUpdate", p, "an image status");
        ObjectNode ostree = JsonInput.optObject(o, "ostree", p, "the ostree state");
        ObjectNode composefs = JsonInput.optObject(o, "composefs", p, "the composefs state");
        return new BootEntry(
                image == null ? null : imageStatus(image, p.field("image")),
                cached == null ? null : imageStatus(cached, p.field("cachedUpdate")),
                JsonInput.flag(o, "incompatible", p),
                JsonInput.flag(o, "pinned", p),
                JsonInput.flag(o, "softRebootCapable", p),
                JsonInput.flag(o, "downloadOnly", p),
                JsonInput.optString(o, "store", p),
                ostree == null ? null : ostree(ostree, p.field("ostree")),
                composefs == null ? null : composefs(composefs, p.field("composefs")));
    }

    private static ImageStatus imageStatus(ObjectNode o, JsonPath p) throws JsonShapeException {
        ObjectNode ref = JsonInput.optObject(o, "image", p, "an image reference");
        if (ref == null) {
            throw new JsonShapeException(p.field("image"), "required image reference \"image\" is missing");
        }
        return new ImageStatus(imageReference(ref, p.field("image")),
                JsonInput.optString(o, "version", p),
                JsonInput.optString(o, "timestamp", p),
                JsonInput.optString(o, "imageDigest", p),
                JsonInput.optString(o, "architecture", p));
    }

    private static BootcImageReference imageReference(ObjectNode o, JsonPath p) throws JsonShapeException {
        return new BootcImageReference(JsonInput.reqString(o, "image", p), JsonInput.optString(o, "transport", p),
                signature(o.get("signature"), p.field("signature")));
    }

    /** {@code {"ostreeRemote":"x"}}, {@code "containerPolicy"}, {@code "insecure"}; anything else is kept raw. */
    private static ImageSignature signature(JsonNode n, JsonPath p) throws JsonShapeException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            switch (n.textValue()) {
                case "containerPolicy":
                    return ImageSignature.containerPolicy();
                case "insecure":
                    return ImageSignature.insecure();
                default:
                    return new ImageSignature(ImageSignature.Kind.UNKNOWN, null, n.textValue());
            }
        }
        if (n.isObject()) {
            JsonNode remote = n.get("ostreeRemote");
            if (n.size() == 1 && remote != null) {
                if (!remote.isTextual()) {
                    throw new JsonShapeException(p.field("ostreeRemote"),
                            "expected the ostree remote name (a string) but found " + JsonInput.typeName(remote));
                }
                return new ImageSignature(ImageSignature.Kind.OSTREE_REMOTE, remote.textValue(), n.toString());
            }
            return new ImageSignature(ImageSignature.Kind.UNKNOWN, null, n.toString());
        }
        throw new JsonShapeException(p, "expected a signature (a string or an object) but found "
                + JsonInput.typeName(n));
    }

    private static BootEntryOstree ostree(ObjectNode o, JsonPath p) throws JsonShapeException {
        Long serial = JsonInput.optUnsigned(o, "deploySerial", p, U32_MAX);
        if (serial == null) {
            throw new JsonShapeException(p.field("deploySerial"), "required number \"deploySerial\" is missing");
        }
        return new BootEntryOstree(JsonInput.optString(o, "stateroot", p), JsonInput.reqString(o, "checksum", p),
                serial);
    }

    private static BootEntryComposefs composefs(ObjectNode o, JsonPath p) throws JsonShapeException {
        return new BootEntryComposefs(JsonInput.reqString(o, "verity", p),
                JsonInput.optString(o, "bootType", p),
                JsonInput.optString(o, "bootloader", p),
                JsonInput.optString(o, "bootDigest", p),
                JsonInput.flag(o, "missingVerityAllowed", p));
    }
}
