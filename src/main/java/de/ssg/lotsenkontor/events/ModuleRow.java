package de.ssg.lotsenkontor.events;

/**
 * A course module of the office's list; {@code basicQualification} if it is part of the basic
 * qualification, {@code active} while it is offered for new courses.
 */
public record ModuleRow(long id, int version, String name, boolean basicQualification, int sortOrder,
        boolean active) {

    /** An active module. */
    public ModuleRow(long id, int version, String name, boolean basicQualification, int sortOrder) {
        this(id, version, name, basicQualification, sortOrder, true);
    }
}
