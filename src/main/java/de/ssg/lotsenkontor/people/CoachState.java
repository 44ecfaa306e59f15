package de.ssg.lotsenkontor.people;

import java.time.LocalDate;

/** Where a coach stands on a given day, derived from "active from" and "active until". */
public enum CoachState {
    /** Starts later. */
    KUENFTIG,
    AKTIV,
    /** Active until a day that has passed: deactivated. */
    AUSGESCHIEDEN;

    public static CoachState of(LocalDate activeFrom, LocalDate activeUntil, LocalDate day) {
        if (activeFrom != null && activeFrom.isAfter(day)) {
            return KUENFTIG;
        }
        if (activeUntil != null && activeUntil.isBefore(day)) {
            return AUSGESCHIEDEN;
        }
        return AKTIV;
    }
}
