package de.ssg.lotsenkontor.projects;

/**
 * The projects' Sachbericht figures of a period, for one district or in total.
 *
 * @param started       projects started (start date in the period)
 * @param finished      projects finished (status ABGESCHLOSSEN, end date in the period)
 * @param aborted       projects given up (status ABGEBROCHEN, end date in the period)
 * @param bestPractices finished ones flagged as best practice
 */
public record ProjectFigures(long started, long finished, long aborted, long bestPractices) {

    public static final ProjectFigures NONE = new ProjectFigures(0, 0, 0, 0);
}
