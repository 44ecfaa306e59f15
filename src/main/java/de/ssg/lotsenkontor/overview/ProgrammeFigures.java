package de.ssg.lotsenkontor.overview;

import java.math.BigDecimal;

/** The programme's key counts at one moment, as {@code stats} prints them and the dashboard shows them. */
public record ProgrammeFigures(
        long districts,
        long municipalities,
        long participatingMunicipalities,
        long coaches,
        long navigators,
        long activeAssignments,
        long coachingSessions,
        long events,
        long localProjects,
        long expenses,
        BigDecimal expenseTotal) {
}
