package de.ssg.lotsenkontor.people;

import java.time.LocalDate;

/**
 * One coaching assignment as the people screens show it (read-only; assignments are changed in
 * the coaching area): who coaches whom, from when until when ({@code until} null = open).
 */
public record CoachingPeriod(
        long assignmentId,
        long coachId,
        String coachName,
        long navigatorId,
        String navigatorName,
        String municipalityName,
        LocalDate from,
        LocalDate until) {

    public boolean isActiveOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
