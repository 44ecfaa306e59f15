package de.ssg.lotsenkontor.people;

import java.time.LocalDate;
import java.util.Set;

/** One line of the coach table: plain values, safe to hand to any thread or screen. */
public record CoachRow(
        long id,
        String firstName,
        String lastName,
        String email,
        String phone,
        int capacity,
        int currentNavigators,
        LocalDate activeFrom,
        LocalDate activeUntil,
        CoachState state,
        String focusDistricts,
        Set<String> focusDistrictKeys) {

    public CoachRow {
        focusDistrictKeys = focusDistrictKeys == null ? Set.of() : Set.copyOf(focusDistrictKeys);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Coaches more navigators today than their capacity allows (a warning, not an error). */
    public boolean overCapacity() {
        return currentNavigators > capacity;
    }

    /** Current navigators as a share of the capacity; null when the capacity is 0. */
    public Double load() {
        return capacity == 0 ? null : (double) currentNavigators / capacity;
    }

    public CoachOption option() {
        return new CoachOption(id, fullName(), capacity, currentNavigators, state, focusDistrictKeys);
    }
}
