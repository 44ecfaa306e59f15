package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.Checks;

/** Name, role and how to reach a contact person; any part may be missing. */
public record ContactData(String name, String role, String email, String phone) {

    public static final ContactData EMPTY = new ContactData(null, null, null, null);

    public boolean isEmpty() {
        return Checks.isBlank(name) && Checks.isBlank(role) && Checks.isBlank(email) && Checks.isBlank(phone);
    }

    /** The same contact with blanks as null and spaces trimmed. */
    public ContactData cleaned() {
        return new ContactData(Checks.clean(name), Checks.clean(role), Checks.clean(email), Checks.clean(phone));
    }
}
