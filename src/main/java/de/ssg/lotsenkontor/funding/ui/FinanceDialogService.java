package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The finance area's questions and messages as real dialogs. */
public final class FinanceDialogService implements FinanceDialogs {

    private final DialogService dialogs;

    public FinanceDialogService(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<String> askReason(String title, String message, String confirmText) {
        TextField reason = new TextField();
        reason.setId("reasonField");
        Label text = new Label(message);
        text.setWrapText(true);
        VBox content = new VBox(8, text, reason);
        Forms.focusWhenShown(reason);
        boolean ok = dialogs.showForm(title, null, content, confirmText,
                Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        return ok ? Optional.of(reason.getText().trim()) : Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        return dialogs.confirm(title, message, confirmText);
    }

    @Override
    public void showFailure(String title, Throwable error) {
        dialogs.showFailure(title, error);
    }

    @Override
    public void showInfo(String title, String message) {
        dialogs.showInfo(title, message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName) {
        return dialogs.chooseSaveFile(title, initialName, I18n.text("fundingui.export.filter"), "xlsx");
    }
}
