package de.ssg.lotsenkontor.municipality;

/** A stored contact person of a municipality; {@code version} guards against concurrent edits. */
public record ContactRow(long id, int version, ContactData data, boolean primary) {
}
