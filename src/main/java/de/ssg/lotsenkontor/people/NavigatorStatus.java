package de.ssg.lotsenkontor.people;

/** Where a navigator stands in the programme. */
public enum NavigatorStatus {
    IN_QUALIFIZIERUNG,
    AKTIV,
    INAKTIV
}
