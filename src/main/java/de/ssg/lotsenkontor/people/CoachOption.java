package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.I18n;
import java.util.Set;

/**
 * A coach as a choice (filters, "Lotse zuweisen"), with how many navigators they coach today
 * against their capacity.
 */
public record CoachOption(long id, String name, int capacity, int currentNavigators, CoachState state,
        Set<String> focusDistrictKeys) {

    public CoachOption {
        focusDistrictKeys = focusDistrictKeys == null ? Set.of() : Set.copyOf(focusDistrictKeys);
    }

    /** Whether one more navigator would exceed the capacity. */
    public boolean full() {
        return currentNavigators >= capacity;
    }

    /** Whether the district (5-digit key) is one of the coach's focus districts. */
    public boolean focusesOn(String districtKey) {
        return focusDistrictKeys.contains(districtKey);
    }

    /** e.g. "Anna Lotsenfeld (28 von 30)". */
    public String labelWithLoad() {
        return I18n.text("people.coach.withLoad", name, currentNavigators, capacity);
    }

    @Override
    public String toString() {
        return name;
    }
}
