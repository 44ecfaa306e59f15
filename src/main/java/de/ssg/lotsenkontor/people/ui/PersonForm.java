package de.ssg.lotsenkontor.people.ui;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;

/** What the form of a coach or a navigator tells its view model beyond the shared form model. */
public interface PersonForm {

    /** Whether the shown person may be deactivated now (stored, still active, nothing unsaved). */
    boolean canDeactivate();

    /** Whether the shown person may be deleted (stored and without any history). */
    boolean canDelete();

    /** The person's name as the form's title shows it. */
    StringBinding title();

    StringProperty firstNameProperty();

    StringProperty lastNameProperty();

    StringProperty emailProperty();

    StringProperty phoneProperty();
}
