package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.ContactChange;
import de.ssg.lotsenkontor.municipality.ContactData;
import de.ssg.lotsenkontor.municipality.ContactRow;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The small form of one contact person (new or existing), with the service's own rules checked live. */
public class ContactFormViewModel {

    private final long municipalityId;
    private final ContactRow existing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final BooleanProperty primary = new SimpleBooleanProperty(false);
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanBinding valid;

    /** @param existing the contact to edit, or null for a new one */
    public ContactFormViewModel(long municipalityId, ContactRow existing, boolean firstContact) {
        this.municipalityId = municipalityId;
        this.existing = existing;
        if (existing != null) {
            ContactData d = existing.data();
            name.set(orEmpty(d.name()));
            role.set(orEmpty(d.role()));
            email.set(orEmpty(d.email()));
            phone.set(orEmpty(d.phone()));
            primary.set(existing.primary());
        } else {
            primary.set(firstContact);
        }
        Observable[] inputs = {name, role, email, phone, primary};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        validate();
        valid = Bindings.createBooleanBinding(violations::isEmpty, violations);
    }

    public ContactChange change() {
        return new ContactChange(municipalityId, existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(),
                new ContactData(name.get(), role.get(), email.get(), phone.get()), primary.get());
    }

    private void validate() {
        List<Violation> found = change().validate();
        violations.setAll(found);
    }

    public String violationText() {
        return String.join("\n", violations.stream().map(Violation::message).toList());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return existing == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty primaryProperty() {
        return primary;
    }

    public ObservableList<Violation> violations() {
        return violations;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
