package dev.bootdeck.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.quadlet.QuadletForm.Field;
import dev.bootdeck.quadlet.QuadletType;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The form and the text edit one document: each side shows the other's changes, other bytes stay as they were. */
class QuadletFormViewModelTest {
    private static final String CONTAINER = "# web\r\n[Container]\r\nImage = quay.io/a/web:1\r\n"
            + "GlobalArgs=--log-level=info\r\nExec=/bin/web\r\n\r\n[Install]\r\nWantedBy=multi-user.target\r\n";

    private static String value(QuadletFormViewModel form, Field f) {
        return form.field(f).orElseThrow().valueProperty().get();
    }

    @Test
    void offersOnlyTheKeysTheTypeAccepts() {
        QuadletFormViewModel image = new QuadletFormViewModel(QuadletType.IMAGE, new SimpleStringProperty(""));
        assertThat(image.fields()).extracting(QuadletFormViewModel.FieldModel::field)
                .containsExactly(Field.IMAGE, Field.GLOBAL_ARGS);
        QuadletFormViewModel container = new QuadletFormViewModel(QuadletType.CONTAINER, new SimpleStringProperty(""));
        assertThat(container.fields()).extracting(QuadletFormViewModel.FieldModel::field)
                .containsExactly(Field.IMAGE, Field.GLOBAL_ARGS, Field.CONTAINER_NAME, Field.PULL, Field.AUTO_UPDATE);
    }

    @Test
    void fieldsShowWhatTheTextSaysAndFollowTextEdits() {
        StringProperty text = new SimpleStringProperty(CONTAINER);
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.CONTAINER, text);
        assertThat(value(form, Field.IMAGE)).isEqualTo("quay.io/a/web:1");
        assertThat(value(form, Field.GLOBAL_ARGS)).isEqualTo("--log-level=info");
        assertThat(value(form, Field.PULL)).isEmpty();

        text.set(CONTAINER.replace("Exec=/bin/web", "Pull=never\r\nExec=/bin/web"));
        assertThat(value(form, Field.PULL)).isEqualTo("never");
    }

    @Test
    void fieldEditChangesOnlyItsLineInTheText() {
        StringProperty text = new SimpleStringProperty(CONTAINER);
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.CONTAINER, text);
        form.field(Field.IMAGE).orElseThrow().valueProperty().set("quay.io/a/web:2");
        assertThat(text.get()).isEqualTo(CONTAINER.replace("Image = quay.io/a/web:1", "Image = quay.io/a/web:2"));

        form.field(Field.CONTAINER_NAME).orElseThrow().valueProperty().set("web");
        assertThat(text.get()).isEqualTo(CONTAINER.replace("Image = quay.io/a/web:1", "Image = quay.io/a/web:2")
                .replace("Exec=/bin/web\r\n", "Exec=/bin/web\r\nContainerName=web\r\n"));

        form.field(Field.CONTAINER_NAME).orElseThrow().valueProperty().set("");
        assertThat(text.get()).isEqualTo(CONTAINER.replace("Image = quay.io/a/web:1", "Image = quay.io/a/web:2"));
    }

    @Test
    void listFieldWritesOneLinePerValue() {
        StringProperty text = new SimpleStringProperty(CONTAINER);
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.CONTAINER, text);
        form.field(Field.GLOBAL_ARGS).orElseThrow().valueProperty()
                .set("--log-level=info\n--storage-opt=additionalimagestore=/usr/lib/bootc/storage\n");
        assertThat(text.get()).contains("GlobalArgs=--log-level=info\r\n"
                + "GlobalArgs=--storage-opt=additionalimagestore=/usr/lib/bootc/storage\r\nExec=/bin/web");
    }

    @Test
    void valuePodmanCouldNotReadBackIsNotWrittenAndSaysWhy() {
        StringProperty text = new SimpleStringProperty(CONTAINER);
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.CONTAINER, text);
        QuadletFormViewModel.FieldModel image = form.field(Field.IMAGE).orElseThrow();
        image.valueProperty().set("quay.io/a/web:1\\");
        assertThat(text.get()).isEqualTo(CONTAINER);
        assertThat(image.errorProperty().get()).startsWith("Not written:").contains("backslash");
        image.valueProperty().set("quay.io/a/web:3");
        assertThat(image.errorProperty().get()).isEmpty();
        assertThat(text.get()).contains("Image = quay.io/a/web:3\r\n");
    }

    @Test
    void quotedValueIsLeftAloneUntilReallyChanged() {
        String quoted = "[Image]\nImage=\"quay.io/a/b:1\"\n";
        StringProperty text = new SimpleStringProperty(quoted);
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.IMAGE, text);
        assertThat(value(form, Field.IMAGE)).isEqualTo("quay.io/a/b:1");
        form.field(Field.IMAGE).orElseThrow().valueProperty().set("quay.io/a/b:1 ");
        assertThat(text.get()).isEqualTo(quoted);
        assertThat(List.of(form.syntaxNoteProperty().get())).containsExactly("");
    }

    @Test
    void syntaxProblemIsNamedWithItsLine() {
        QuadletFormViewModel form = new QuadletFormViewModel(QuadletType.IMAGE,
                new SimpleStringProperty("[Image]\nnot a key line\nImage=x\n"));
        assertThat(form.syntaxNoteProperty().get()).startsWith("Line 2: ");
        assertThat(value(form, Field.IMAGE)).isEqualTo("x");
    }
}
