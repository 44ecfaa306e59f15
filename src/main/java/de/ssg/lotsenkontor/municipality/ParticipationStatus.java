package de.ssg.lotsenkontor.municipality;

/** Whether a municipality takes part in the programme. */
public enum ParticipationStatus {
    NICHT_BETEILIGT,
    INTERESSIERT,
    AKTIV,
    PAUSIERT,
    AUSGESCHIEDEN;

    /** Counts as "reached by the programme" in figures and on the map. */
    public boolean isParticipating() {
        return this == AKTIV || this == PAUSIERT;
    }
}
