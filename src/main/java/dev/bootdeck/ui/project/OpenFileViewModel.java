package dev.bootdeck.ui.project;

import dev.bootdeck.model.Finding;
import dev.bootdeck.quadlet.LosslessUtf8;
import dev.bootdeck.quadlet.QuadletType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One file open in the editor: its exact text (decoded losslessly, so saving an untouched file writes the same
 * bytes), the text as last loaded or saved (dirty = they differ), how it compares with the disk, its lint findings,
 * and for Quadlet units the form over the same text. Changed on the FX thread only; the project view model does
 * the disk work.
 */
public final class OpenFileViewModel {
    /** A request to show a line (1-based); the serial makes a repeated request to the same line fire again. */
    public record LineRequest(int line, long serial) {
    }

    private final String path;
    private final Path file;
    private final FileKind kind;
    private final Optional<QuadletType> quadletType;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keptAfterDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DiskState> diskState = new ReadOnlyObjectWrapper<>(DiskState.SAME);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LineRequest> lineRequest = new ReadOnlyObjectWrapper<>();
    private final QuadletFormViewModel form;
    private byte[] diskBytes;
    private long serial;

    OpenFileViewModel(String path, Path file, FileKind kind, byte[] bytes) {
        this.path = path;
        this.file = file;
        this.kind = kind;
        this.quadletType = kind == FileKind.QUADLET ? FileKind.quadletType(path) : Optional.empty();
        this.diskBytes = bytes.clone();
        String decoded = LosslessUtf8.decode(bytes);
        savedText.set(decoded);
        text.set(decoded);
        dirty.bind(Bindings.createBooleanBinding(() -> keptAfterDelete.get() || !text.get().equals(savedText.get()),
                text, savedText, keptAfterDelete));
        String name = path.substring(path.lastIndexOf('/') + 1);
        title.bind(Bindings.when(dirty).then("\u25CF " + name).otherwise(name));
        this.form = quadletType.map(t -> new QuadletFormViewModel(t, text)).orElse(null);
    }

    /** Project-relative path, e.g. {@code quadlet/web.container}. */
    public String path() {
        return path;
    }

    /** Where it is on disk. */
    public Path file() {
        return file;
    }

    public FileKind kind() {
        return kind;
    }

    public Optional<QuadletType> quadletType() {
        return quadletType;
    }

    /** The form for a Quadlet unit (absent for the Containerfile, drop-ins and other files). */
    public Optional<QuadletFormViewModel> form() {
        return Optional.ofNullable(form);
    }

    /** The exact text of the file as edited (what saving writes). */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** The text the code area shows (RichTextFX keeps only {@code \n} line endings). */
    public String editorText() {
        return EditorText.forEditor(text.get());
    }

    /** The code area's text changed: take it over, keeping the line endings of untouched lines. */
    public void editorTextChanged(String edited) {
        text.set(EditorText.toFile(text.get(), edited));
    }

    /** True when the text differs from what the disk holds as far as this editor knows (or the file is gone). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The tab title: the file name, with a dot in front while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiskState> diskStateProperty() {
        return diskState.getReadOnlyProperty();
    }

    public DiskState diskState() {
        return diskState.get();
    }

    /** The lint findings of this file (lines refer to the text as last linted). */
    public ObservableList<Finding> findings() {
        return findings;
    }

    void setFindings(Collection<Finding> fs) {
        findings.setAll(fs);
    }

    public ReadOnlyObjectProperty<LineRequest> lineRequestProperty() {
        return lineRequest.getReadOnlyProperty();
    }

    /** Asks the view to move the caret to a 1-based line and show it. */
    public void showLine(int line) {
        lineRequest.set(new LineRequest(Math.max(1, line), ++serial));
    }

    /** The bytes saving writes. */
    byte[] bytesToSave() {
        return LosslessUtf8.encode(text.get());
    }

    /** The bytes the disk held when this file was last loaded, saved or reloaded. */
    byte[] diskBytes() {
        return diskBytes.clone();
    }

    /** What this editor expects on disk (empty: a kept deleted file); for checks off the FX thread. */
    Optional<byte[]> expectedOnDisk() {
        return keptAfterDelete.get() ? Optional.empty() : Optional.of(diskBytes.clone());
    }

    /** Whether the disk content {@code now} is the {@code expected} one ({@link #expectedOnDisk()}). */
    static boolean same(Optional<byte[]> expected, Optional<byte[]> now) {
        return expected.isPresent() == now.isPresent()
                && (expected.isEmpty() || Arrays.equals(expected.get(), now.get()));
    }

    /** Whether {@code now} (empty: the file is gone) is what this editor last saw on disk. */
    boolean matchesDisk(Optional<byte[]> now) {
        return same(expectedOnDisk(), now);
    }

    /** Records what the disk holds now, as read off the FX thread. */
    void diskRead(Optional<byte[]> now) {
        diskState.set(matchesDisk(now) ? DiskState.SAME : now.isEmpty() ? DiskState.DELETED : DiskState.CHANGED);
    }

    /** The text was written: {@code bytes} are on disk and the editor is clean. */
    void saved(byte[] bytes) {
        diskBytes = bytes.clone();
        keptAfterDelete.set(false);
        savedText.set(LosslessUtf8.decode(bytes));
        diskState.set(DiskState.SAME);
    }

    /** Replaces the text with what the disk holds now, dropping unsaved changes (the caller asked first). */
    void reload(byte[] bytes) {
        diskBytes = bytes.clone();
        keptAfterDelete.set(false);
        String decoded = LosslessUtf8.decode(bytes);
        savedText.set(decoded);
        text.set(decoded);
        diskState.set(DiskState.SAME);
    }

    /**
     * The user chose to keep the editor's text over what another program wrote (or deleted): the disk's version
     * becomes the reference, so the editor counts as unsaved until saved, and the next save overwrites it.
     */
    void keepMine(Optional<byte[]> now) {
        if (now.isPresent()) {
            diskBytes = now.get().clone();
            savedText.set(LosslessUtf8.decode(now.get()));
        } else {
            keptAfterDelete.set(true);
        }
        diskState.set(DiskState.SAME);
    }
}
