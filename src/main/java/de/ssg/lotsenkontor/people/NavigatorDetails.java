package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the navigator form shows of one navigator, read in one transaction. {@code version}
 * is handed back on save so that a concurrent change by someone else is noticed.
 *
 * @param currentAssignment the assignment active today, or null
 * @param assignments       every assignment, newest first
 */
public record NavigatorDetails(
        long id,
        int version,
        String firstName,
        String lastName,
        MunicipalityOption municipality,
        List<MunicipalityOption> furtherMunicipalities,
        String department,
        String email,
        String phone,
        NavigatorStatus status,
        LocalDate since,
        LocalDate until,
        CoachingPeriod currentAssignment,
        List<CoachingPeriod> assignments,
        PersonHistory history) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
