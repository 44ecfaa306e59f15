package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Violation;
import java.util.ArrayList;
import java.util.List;

/** A guest to register: someone from a municipality without a navigator. */
public record GuestChange(String name, Long municipalityId, String email) {

    public static final int NAME_MAX = 160;

    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "events.field.guestName", name);
        Checks.maxLength(v, "events.field.guestName", name, NAME_MAX);
        Checks.required(v, "events.field.guestMunicipality", municipalityId);
        Checks.email(v, "events.field.guestEmail", email);
        return v;
    }
}
