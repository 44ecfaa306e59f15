package de.ssg.lotsenkontor.events;

/** A course module of the office's list; {@code basicQualification} if it is part of the basic qualification. */
public record ModuleRow(long id, int version, String name, boolean basicQualification, int sortOrder) {
}
