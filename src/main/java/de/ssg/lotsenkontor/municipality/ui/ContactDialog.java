package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.ContactChange;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Adds or edits one contact person. The dialog stays open until the contact is saved: when the
 * service refuses it, the reason is shown and what was typed stays in the fields.
 */
final class ContactDialog {

    private ContactDialog() {
    }

    static void show(ContactFormViewModel vm, String municipalityName, DialogService dialogs, BackgroundTasks tasks,
            Function<ContactChange, MunicipalityDetails> save, Consumer<MunicipalityDetails> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(dialogs.owner());
        dialog.setTitle(I18n.text(vm.isNew() ? "municipalityui.contact.newTitle" : "municipalityui.contact.editTitle"));
        dialog.setHeaderText(municipalityName);
        ButtonType saveType = new ButtonType(I18n.text("ui.button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(I18n.text("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);

        GridPane form = Forms.grid();
        TextField name = Forms.field("contactName", vm.nameProperty());
        name.setPrefColumnCount(28);
        int row = 0;
        row = Forms.addRow(form, row, "municipalityui.label.contactName", name);
        row = Forms.addRow(form, row, "municipality.field.contactRole", Forms.field("contactRole", vm.roleProperty()));
        row = Forms.addRow(form, row, "municipality.field.contactEmail",
                Forms.field("contactEmail", vm.emailProperty()));
        row = Forms.addRow(form, row, "municipality.field.contactPhone",
                Forms.field("contactPhone", vm.phoneProperty()));
        CheckBox primary = new CheckBox(I18n.text("municipalityui.contact.primary"));
        primary.setId("contactPrimary");
        primary.selectedProperty().bindBidirectional(vm.primaryProperty());
        form.add(primary, 1, row++);
        Label problems = new Label(vm.violationText());
        problems.setId("contactProblems");
        problems.getStyleClass().add("validation-message");
        problems.setWrapText(true);
        problems.setMaxWidth(420);
        vm.violations().addListener((ListChangeListener<Object>) c -> problems.setText(vm.violationText()));
        form.add(problems, 0, row, 2, 1);
        dialog.getDialogPane().setContent(form);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("contactSave");
        saveButton.disableProperty().bind(vm.validBinding().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // close only after the service accepted it
            ContactChange change = vm.change();
            saveButton.disableProperty().unbind();
            saveButton.setDisable(true);
            tasks.run(I18n.text("municipalityui.contact.saving"), progress -> save.apply(change))
                    .onSuccess(details -> {
                        saved.accept(details);
                        dialog.setResult(saveType);
                        dialog.close();
                    })
                    .onFailure(error -> {
                        problems.setText(dialogs.describe(error));
                        saveButton.disableProperty().bind(vm.validBinding().not());
                    })
                    .start();
        });
        dialog.showAndWait();
    }
}
