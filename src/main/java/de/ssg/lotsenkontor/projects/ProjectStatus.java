package de.ssg.lotsenkontor.projects;

/** Stage of a local project. */
public enum ProjectStatus {
    IDEE,
    GEPLANT,
    IN_UMSETZUNG,
    ABGESCHLOSSEN,
    ABGEBROCHEN
}
