package de.ssg.lotsenkontor.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the coach form shows of one coach, read in one transaction. {@code version} is
 * handed back on save so that a concurrent change by someone else is noticed.
 *
 * @param focusDistrictKeys 5-digit keys of the focus districts, ordered
 * @param currentNavigators the assignments active today
 */
public record CoachDetails(
        long id,
        int version,
        String firstName,
        String lastName,
        String email,
        String phone,
        int capacity,
        LocalDate activeFrom,
        LocalDate activeUntil,
        List<String> focusDistrictKeys,
        List<CoachingPeriod> currentNavigators,
        PersonHistory history) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean overCapacity() {
        return currentNavigators.size() > capacity;
    }
}
