package dev.bootdeck.bootc;

import com.fasterxml.jackson.core.JsonPointer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A position inside a JSON document while a parser walks it, so that an error can say where it happened both as a
 * readable JSON path ({@code $.status.otherDeployments[1].ostree}) and as a JSON pointer for finding line and column.
 */
final class JsonPath {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    private List<JsonPath> chain() {
        List<JsonPath> out = new ArrayList<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            out.add(0, p);
        }
        return out;
    }

    /** {@code $}, {@code $.a.b}, {@code $.a[2]}, {@code $['odd key']}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("$");
        for (JsonPath p : chain()) {
            if (p.key == null) {
                sb.append('[').append(p.index).append(']');
            } else if (IDENT.matcher(p.key).matches()) {
                sb.append('.').append(p.key);
            } else {
                sb.append("['").append(p.key.replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
        return sb.toString();
    }

    JsonPointer toPointer() {
        JsonPointer ptr = JsonPointer.empty();
        for (JsonPath p : chain()) {
            ptr = p.key == null ? ptr.appendIndex(p.index) : ptr.appendProperty(p.key);
        }
        return ptr;
    }
}
