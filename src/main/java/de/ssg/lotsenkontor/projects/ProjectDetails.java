package de.ssg.lotsenkontor.projects;

import java.time.LocalDate;
import java.util.List;

/** Everything the project form shows of one project, with its history and the version to expect. */
public record ProjectDetails(
        long id,
        int version,
        String title,
        Long municipalityId,
        List<Long> navigatorIds,
        Long contactNavigatorId,
        Long coachId,
        ProjectStatus status,
        String topic,
        String description,
        String outcome,
        LocalDate startedOn,
        LocalDate finishedOn,
        boolean bestPractice,
        List<StatusStep> history) {

    public ProjectDetails {
        navigatorIds = List.copyOf(navigatorIds);
        history = List.copyOf(history);
    }

    /** One dated entry of the status history. */
    public record StatusStep(ProjectStatus status, LocalDate changedOn, String note) {
    }

    /** The day of the latest status change. */
    public LocalDate lastChange() {
        return history.isEmpty() ? null : history.get(history.size() - 1).changedOn();
    }
}
