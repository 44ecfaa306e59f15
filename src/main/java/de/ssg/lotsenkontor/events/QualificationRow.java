package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A navigator's progress in the basic qualification: the required modules completed (from
 * attendance at courses), the missing ones, and the day the last one was completed.
 *
 * @param completedOn the day the qualification was completed, or null while modules are missing
 */
public record QualificationRow(
        long navigatorId,
        int navigatorVersion,
        String firstName,
        String lastName,
        String municipality,
        String districtKey,
        NavigatorStatus status,
        List<String> completed,
        List<String> missing,
        LocalDate completedOn) {

    public QualificationRow {
        completed = List.copyOf(completed);
        missing = List.copyOf(missing);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean complete() {
        return completedOn != null;
    }

    /** Complete but still "in Qualifizierung": the office is offered the change to AKTIV. */
    public boolean canBecomeActive() {
        return complete() && status == NavigatorStatus.IN_QUALIFIZIERUNG;
    }
}
