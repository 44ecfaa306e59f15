package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A new coach ({@code id} null) or what the user changed of one. {@code expectedVersion} is the
 * version the form was read at.
 *
 * @param focusDistrictKeys 5-digit keys of the chosen focus districts
 */
public record CoachChange(
        Long id,
        int expectedVersion,
        String firstName,
        String lastName,
        String email,
        String phone,
        Integer capacity,
        LocalDate activeFrom,
        LocalDate activeUntil,
        Set<String> focusDistrictKeys) {

    public static final int NAME_MAX = 80;

    public CoachChange {
        focusDistrictKeys = focusDistrictKeys == null ? Set.of() : Set.copyOf(focusDistrictKeys);
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Checks the input. Used live by the form (to disable saving and say why) and again by the
     * service before anything is written.
     */
    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "people.field.firstName", firstName);
        Checks.maxLength(v, "people.field.firstName", firstName, NAME_MAX);
        Checks.required(v, "people.field.lastName", lastName);
        Checks.maxLength(v, "people.field.lastName", lastName, NAME_MAX);
        Checks.email(v, "people.field.email", email);
        Checks.maxLength(v, "people.field.email", email, 254);
        Checks.phone(v, "people.field.phone", phone);
        Checks.required(v, "people.field.capacity", capacity);
        if (capacity != null && capacity < 0) {
            v.add(new Violation("people.field.capacity", "common.validation.notNegative"));
        }
        Checks.required(v, "people.field.activeFrom", activeFrom);
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            v.add(new Violation("people.field.activeUntil", "common.validation.notBefore", Formats.date(activeFrom)));
        }
        return v;
    }
}
