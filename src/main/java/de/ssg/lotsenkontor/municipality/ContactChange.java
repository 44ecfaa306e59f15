package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A new or changed contact person of a municipality. {@code contactId} is null for a new one;
 * {@code expectedVersion} is the version the form was read at.
 */
public record ContactChange(long municipalityId, Long contactId, int expectedVersion, ContactData data,
        boolean primary) {

    /** The rules of a contact person; shared by the form and the service. */
    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        ContactData c = data == null ? ContactData.EMPTY : data;
        Checks.required(v, "municipality.field.contactName", c.name());
        Checks.maxLength(v, "municipality.field.contactName", c.name(), 120);
        Checks.maxLength(v, "municipality.field.contactRole", c.role(), 120);
        Checks.email(v, "municipality.field.contactEmail", c.email());
        Checks.maxLength(v, "municipality.field.contactEmail", c.email(), 254);
        Checks.phone(v, "municipality.field.contactPhone", c.phone());
        return v;
    }
}
