package de.ssg.lotsenkontor.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What view models ask of the user and tell them, without knowing a window: confirmations,
 * information and failures. {@link DialogService} shows real dialogs; tests answer themselves.
 */
public interface DialogPort {

    /** Asks a yes/no question; true when the user confirms with {@code confirmText}. */
    boolean confirm(String title, String message, String confirmText);

    /** Asks whether the unsaved input of {@code entry} may be thrown away. */
    boolean confirmDiscard(String entry);

    void showInfo(String title, String message);

    /** Shows why {@code error} happened, in German, without a stack trace. */
    void showFailure(String title, Throwable error);

    /**
     * Reports a failed save: a concurrent change or a refusal as a dialog; a validation refusal
     * comes back as text to show beside the form.
     */
    Optional<String> showSaveFailure(Throwable error, String failedTitle, String conflictTitle, String conflictHint);

    /**
     * Asks where to save a file ({@code extension} without the dot); empty when the user cancels.
     * {@link DialogService} shows the system's save dialog; a port that cannot ask saves nothing.
     */
    default Optional<Path> chooseSaveFile(String title, String initialName, String filterText, String extension) {
        return Optional.empty();
    }
}
