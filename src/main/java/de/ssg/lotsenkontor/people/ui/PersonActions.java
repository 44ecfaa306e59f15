package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Deaktivieren …" and "Löschen …" under the form of a coach or navigator, bound to the view
 * model's commands: deactivating is offered for every stored person and enabled while the command
 * can run; deleting only shows where it is allowed (a person entered by mistake, without any history).
 */
final class PersonActions {

    private PersonActions() {
    }

    /** @param idPrefix the start of the buttons' ids: {@code coach} gives {@code coachDeactivate}, {@code coachDelete} */
    static FlowPane create(String idPrefix, DetailFormModel<?> form, Command deactivate, Command delete) {
        Button deactivateButton = new Button(I18n.text("peopleui.button.deactivate"), new FontIcon(Material2AL.BLOCK));
        deactivateButton.setId(idPrefix + "Deactivate");
        deactivateButton.setMinWidth(Region.USE_PREF_SIZE);
        deactivateButton.visibleProperty().bind(form.detailsProperty().isNotNull());
        deactivateButton.managedProperty().bind(deactivateButton.visibleProperty());
        deactivateButton.disableProperty().bind(deactivate.canRunBinding().not());
        deactivateButton.setOnAction(e -> deactivate.run());
        Button deleteButton = new Button(I18n.text("peopleui.button.delete"),
                new FontIcon(Material2AL.DELETE_OUTLINE));
        deleteButton.setId(idPrefix + "Delete");
        deleteButton.setMinWidth(Region.USE_PREF_SIZE);
        deleteButton.getStyleClass().addAll("danger", "button-outlined");
        deleteButton.visibleProperty().bind(delete.canRunBinding());
        deleteButton.managedProperty().bind(deleteButton.visibleProperty());
        deleteButton.setOnAction(e -> delete.run());
        return new FlowPane(8, 8, deactivateButton, deleteButton);
    }
}
