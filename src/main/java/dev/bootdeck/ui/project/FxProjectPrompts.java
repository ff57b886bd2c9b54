package dev.bootdeck.ui.project;

import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.NewBoundImage;
import dev.bootdeck.ui.theme.ThemeManager;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Project tab's questions as JavaFX choosers and dialogs, owned by the main window. FX thread only. */
public final class FxProjectPrompts implements ProjectPrompts {
    private final Supplier<Window> owner;

    public FxProjectPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectFolder(Optional<Path> initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a project folder (with a Containerfile or Dockerfile)");
        initial.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner.get());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(Optional<Path> initialDirectory, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the list of bound images");
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        initialDirectory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<NewBoundImage> askNewBoundImage() {
        NewBoundImageDialog d = new NewBoundImageDialog(owner.get());
        style(d.getDialogPane());
        return d.showAndWait();
    }

    @Override
    public boolean confirmPlan(EditPlan plan) {
        PlanPreviewDialog d = new PlanPreviewDialog(owner.get(), plan);
        style(d.getDialogPane());
        return d.showAndWait().orElse(false);
    }

    /** Dialogs are scenes of their own: they need bootdeck's stylesheet for the code areas' colours. */
    private static void style(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(ThemeManager.resource(ThemeManager.APP_CSS).toExternalForm());
    }
}
