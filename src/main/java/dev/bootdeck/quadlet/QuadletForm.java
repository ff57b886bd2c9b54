package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few keys bootdeck's form editor shows for a {@code .container} or {@code .image} file, read and written
 * through a {@link UnitDocument} so that every other byte of the file stays as it was. Knows which keys a type's
 * owned group accepts, so the form never writes a key podman would reject.
 */
public final class QuadletForm {
    /** A form field and the key it edits in the type's owned group. */
    public enum Field {
        IMAGE("Image", false),
        GLOBAL_ARGS("GlobalArgs", true),
        CONTAINER_NAME("ContainerName", false),
        PULL("Pull", false),
        AUTO_UPDATE("AutoUpdate", false);

        private final String key;
        private final boolean list;

        Field(String key, boolean list) {
            this.key = key;
            this.list = list;
        }

        public String key() {
            return key;
        }

        /** True for a list key (each line adds values, {@code Key=} resets). */
        public boolean isList() {
            return list;
        }
    }

    private QuadletForm() {
    }

    /** Whether podman accepts the field's key in this type's owned group. */
    public static boolean supports(QuadletType type, Field field) {
        return type.supportedKeys().contains(field.key());
    }

    /** A single-valued field as podman reads it (last assignment, one pair of quotes stripped). */
    public static Optional<String> read(UnitDocument doc, QuadletType type, Field field) {
        return doc.lookup(type.group(), field.key());
    }

    /** A list field's assignments as podman collects them (an empty assignment drops those before it). */
    public static List<String> readAll(UnitDocument doc, QuadletType type, Field field) {
        List<String> values = new ArrayList<>();
        for (UnitElement.Entry e : doc.entries(type.group(), field.key())) {
            if (e.value().isEmpty()) {
                values.clear();
            } else {
                values.add(e.value());
            }
        }
        return values;
    }

    /** Sets a single-valued field in place; an empty value removes the key. */
    public static UnitDocument write(UnitDocument doc, QuadletType type, Field field, String value) {
        check(type, field);
        if (value == null || value.isEmpty()) {
            return doc.removeKey(type.group(), field.key());
        }
        return doc.setValue(type.group(), field.key(), value);
    }

    /** Makes a list field's assignments exactly {@code values} (one line each), rewriting lines in place. */
    public static UnitDocument writeAll(UnitDocument doc, QuadletType type, Field field, List<String> values) {
        check(type, field);
        return doc.setValues(type.group(), field.key(), values);
    }

    private static void check(QuadletType type, Field field) {
        if (!supports(type, field)) {
            throw new IllegalArgumentException("podman does not accept " + field.key() + " in [" + type.group()
                    + "] of a " + type.extension() + " file");
        }
    }
}
