package dev.bootdeck.ui.project;

import dev.bootdeck.project.edit.EditPlan;
import dev.bootdeck.project.edit.NewBoundImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the Project tab asks that are more than a yes/no ({@link dev.bootdeck.ui.dialogs.DialogService}
 * covers those): file choosers and the dialogs of the edit actions. The view model asks through this interface so its
 * tests can answer from a script; {@link FxProjectPrompts} shows the real dialogs.
 */
public interface ProjectPrompts {
    /** Asks for a project folder, starting in {@code initial} when given. */
    Optional<Path> chooseProjectFolder(Optional<Path> initial);

    /** Asks where to save the list of bound images. */
    Optional<Path> chooseExportFile(Optional<Path> initialDirectory, String initialName);

    /** Asks what bound image to create: .image or .container, file name, image reference, project folder. */
    Optional<NewBoundImage> askNewBoundImage();

    /** Shows what an edit will write (every file's diff and the notes) and asks whether to apply it. */
    boolean confirmPlan(EditPlan plan);
}
