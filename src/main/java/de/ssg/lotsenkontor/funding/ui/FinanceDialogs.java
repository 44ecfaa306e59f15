package de.ssg.lotsenkontor.funding.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The questions and messages of the finance area; the app shows dialogs, tests answer. */
public interface FinanceDialogs {

    /** Asks for a reason (e.g. for a cancellation); empty when the user declined. */
    Optional<String> askReason(String title, String message, String confirmText);

    /**
     * Asks before something that cannot be undone; true only when the user confirmed with
     * {@code confirmText}. A port that cannot ask answers no.
     */
    default boolean confirm(String title, String message, String confirmText) {
        return false;
    }

    void showFailure(String title, Throwable error);

    void showInfo(String title, String message);

    Optional<Path> chooseSaveFile(String title, String initialName);
}
