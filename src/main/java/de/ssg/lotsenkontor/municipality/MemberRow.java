package de.ssg.lotsenkontor.municipality;

/** A member municipality of an administrative association, as a line in the detail view. */
public record MemberRow(long id, String name, ParticipationStatus status) {
}
