package de.ssg.lotsenkontor.projects;

import java.time.LocalDate;
import java.util.List;

/** One line of the project list and board: plain values. */
public record ProjectRow(
        long id,
        String title,
        long municipalityId,
        String municipality,
        String districtKey,
        String districtName,
        Long coachId,
        String coach,
        List<Long> navigatorIds,
        String navigators,
        String contact,
        ProjectStatus status,
        LocalDate statusSince,
        String topic,
        String outcome,
        LocalDate startedOn,
        LocalDate finishedOn,
        boolean bestPractice) {

    public ProjectRow {
        navigatorIds = List.copyOf(navigatorIds);
    }
}
