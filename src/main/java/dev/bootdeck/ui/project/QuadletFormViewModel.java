package dev.bootdeck.ui.project;

import dev.bootdeck.quadlet.QuadletForm;
import dev.bootdeck.quadlet.QuadletType;
import dev.bootdeck.quadlet.UnitDocument;
import dev.bootdeck.quadlet.UnitEditException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form over a Quadlet unit's text: Image, GlobalArgs, ContainerName, Pull and AutoUpdate, limited to the keys
 * the file's type accepts. Both sides edit one {@link UnitDocument}: typing in the text updates the fields, and a
 * field edit is written with {@link QuadletForm} (only that key's lines change) and becomes the new text. A value
 * podman could not read back is not written; the field shows why instead.
 */
public final class QuadletFormViewModel {
    /** Values offered for the fields with a fixed vocabulary (podman's docs); other text is still accepted. */
    public static final List<String> PULL_CHOICES = List.of("", "always", "missing", "never", "newer");
    public static final List<String> AUTO_UPDATE_CHOICES = List.of("", "registry", "local");

    /** One field: its value as podman reads it (list fields: one value per line) and why it was not written. */
    public static final class FieldModel {
        private final QuadletForm.Field field;
        private final StringProperty value = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        FieldModel(QuadletForm.Field field) {
            this.field = field;
        }

        public QuadletForm.Field field() {
            return field;
        }

        /** The label: the key itself, as admins know it from the files. */
        public String label() {
            return field.key();
        }

        public StringProperty valueProperty() {
            return value;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    private final QuadletType type;
    private final StringProperty text;
    private final Map<QuadletForm.Field, FieldModel> fields = new EnumMap<>(QuadletForm.Field.class);
    private final ReadOnlyStringWrapper syntaxNote = new ReadOnlyStringWrapper("");
    private boolean syncing;

    QuadletFormViewModel(QuadletType type, StringProperty text) {
        this.type = type;
        this.text = text;
        for (QuadletForm.Field f : QuadletForm.Field.values()) {
            if (QuadletForm.supports(type, f)) {
                FieldModel m = new FieldModel(f);
                fields.put(f, m);
                m.value.addListener((obs, was, now) -> fieldEdited(m, now));
            }
        }
        readFromText();
        text.addListener((obs, was, now) -> {
            if (!syncing) {
                readFromText();
            }
        });
    }

    public QuadletType type() {
        return type;
    }

    /** The fields this type accepts, in the form's order. */
    public List<FieldModel> fields() {
        return List.copyOf(fields.values());
    }

    /** The field for a key, if the type accepts it. */
    public java.util.Optional<FieldModel> field(QuadletForm.Field f) {
        return java.util.Optional.ofNullable(fields.get(f));
    }

    /** A note when the text has lines podman rejects (the form still edits the lines it can). */
    public ReadOnlyStringProperty syntaxNoteProperty() {
        return syntaxNote.getReadOnlyProperty();
    }

    private void readFromText() {
        UnitDocument doc = UnitDocument.parse(text.get());
        syncing = true;
        try {
            for (FieldModel m : fields.values()) {
                m.value.set(read(doc, m.field));
                m.error.set("");
            }
        } finally {
            syncing = false;
        }
        syntaxNote.set(doc.problems().isEmpty() ? "" : "Line " + doc.problems().get(0).line() + ": "
                + doc.problems().get(0).message());
    }

    private String read(UnitDocument doc, QuadletForm.Field f) {
        if (f.isList()) {
            return String.join("\n", QuadletForm.readAll(doc, type, f));
        }
        return QuadletForm.read(doc, type, f).orElse("");
    }

    private void fieldEdited(FieldModel m, String value) {
        if (syncing) {
            return;
        }
        UnitDocument doc = UnitDocument.parse(text.get());
        // Podman trims blanks around a value anyway; writing them would only be refused.
        String v = value == null ? "" : value.strip();
        // Unchanged as podman reads it (e.g. quotes the lookup strips): leave the line alone.
        if (v.equals(read(doc, m.field)) || (m.field.isList() && lines(v).equals(QuadletForm.readAll(doc, type,
                m.field)))) {
            m.error.set("");
            return;
        }
        UnitDocument next;
        try {
            next = m.field.isList()
                    ? QuadletForm.writeAll(doc, type, m.field, lines(v))
                    : QuadletForm.write(doc, type, m.field, v);
        } catch (UnitEditException | IllegalArgumentException e) {
            m.error.set("Not written: " + e.getMessage());
            return;
        }
        m.error.set("");
        syncing = true;
        try {
            text.set(next.render());
        } finally {
            syncing = false;
        }
    }

    /** A list field's text: one value per line; blank lines are not values. */
    private static List<String> lines(String v) {
        if (v.isBlank()) {
            return Collections.emptyList();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(v.split("\n", -1)).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
