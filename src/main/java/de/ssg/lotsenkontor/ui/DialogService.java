package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.geometry.Rectangle2D;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every dialog of the app goes through here: owned by the main window, German texts, and one
 * place for tests to find them. Failures are shown as their message; an unexpected exception is
 * logged and shown without a stack trace.
 */
public class DialogService implements DialogPort {

    private static final Logger LOG = LoggerFactory.getLogger(DialogService.class);

    private final Supplier<Window> owner;
    private final Path logFolder;

    public DialogService(Supplier<Window> owner, Path logFolder) {
        this.owner = owner;
        this.logFolder = logFolder;
    }

    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    public void showWarning(String title, String message) {
        show(Alert.AlertType.WARNING, title, message);
    }

    /** Shows what went wrong: a domain message as it is, anything else as "unexpected" with the log's place. */
    @Override
    public void showFailure(String title, Throwable error) {
        showError(title, describe(error));
    }

    /**
     * Tells why a save failed: a concurrent change by someone else as a warning with
     * {@code conflictHint} (the typed input stays in the form), anything else as an error titled
     * {@code failedTitle}. Returns the error's text for the form, empty for a concurrent change.
     */
    @Override
    public Optional<String> showSaveFailure(Throwable error, String failedTitle, String conflictTitle,
            String conflictHint) {
        if (error instanceof ConcurrentChangeException) {
            showWarning(conflictTitle, error.getMessage() + "\n\n" + conflictHint);
            return Optional.empty();
        }
        String message = describe(error);
        showError(failedTitle, message);
        return Optional.of(message);
    }

    /** The text a user sees for {@code error}; logs unexpected errors with their stack trace. */
    public String describe(Throwable error) {
        Throwable e = error;
        while (e != null && !(e instanceof DomainException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof DomainException) {
            return e.getMessage();
        }
        LOG.error("Unexpected error", error);
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return I18n.text("common.error.unexpected", what, logFolder);
    }

    /** Asks before something that cannot be undone; true only when the user confirmed. */
    @Override
    public boolean confirm(String title, String message, String confirmText) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.text("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        // Enter must not confirm something that cannot be undone: the safe choice is the default
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * Shows a small form (a date, a choice) with a confirm and a cancel button; true only when
     * the user confirmed. The confirm button stays disabled while {@code invalid} is true.
     */
    public boolean showForm(String title, String header, Node content, String confirmText,
            ObservableBooleanValue invalid) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.text("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(yes, no);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(480);
        dialog.getDialogPane().setPrefWidth(540);
        if (invalid != null) {
            dialog.getDialogPane().lookupButton(yes).disableProperty().bind(BooleanExpression.booleanExpression(invalid));
        }
        // a message that appears while the dialog is open (a warning, say) gets room instead of pushing the buttons out
        content.layoutBoundsProperty().addListener((obs, old, now) -> {
            Window shown = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (shown != null && now.getHeight() > old.getHeight()) {
                shown.sizeToScene();
            }
        });
        return dialog.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Before unsaved input would be lost: may it be thrown away? {@code entry} names what is being edited. */
    @Override
    public boolean confirmDiscard(String entry) {
        return confirm(I18n.text("ui.discard.title"), I18n.text("ui.discard.text", entry),
                I18n.text("ui.discard.button"));
    }

    public Optional<Path> chooseSaveFile(String title, String initialName, String filterText, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    public Optional<Path> chooseOpenFile(String title, String filterText, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String[] patterns = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            patterns[i] = "*." + extensions[i];
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, patterns));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Makes a dialog a working window rather than a message: as large as its content wants, up
     * to most of the screen (the theme caps dialogs at 600 pixels, meant for messages).
     */
    public static void sizeAsWorkingWindow(Dialog<?> dialog, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        DialogPane pane = dialog.getDialogPane();
        // an inline style, because the theme's style sheet wins over values set in code
        pane.setStyle("-fx-max-width: " + (int) screen.getWidth() + "px; -fx-max-height: " + (int) screen.getHeight()
                + "px;");
        pane.setPrefSize(Math.min(width, screen.getWidth() * 0.92), Math.min(height, screen.getHeight() * 0.9));
        dialog.setResizable(true);
    }

    public Window owner() {
        return owner.get();
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A label that wraps: long messages (paths, lists of fields) stay readable.
        Label text = new Label(message);
        text.setWrapText(true);
        // a preferred width, too: else a long message counts as one long line when the dialog is
        // centred on its owner, and the dialog opens far to the left (off screen)
        text.setPrefWidth(520);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }
}
