package de.ssg.lotsenkontor.events;

/** What became of a registration for an event. */
public enum AttendanceStatus {
    ANGEMELDET,
    TEILGENOMMEN,
    ENTSCHULDIGT,
    NICHT_ERSCHIENEN;

    /** Whether this state says something about the event day itself (and so needs the day to have come). */
    public boolean recordsTheDay() {
        return this == TEILGENOMMEN || this == NICHT_ERSCHIENEN;
    }
}
