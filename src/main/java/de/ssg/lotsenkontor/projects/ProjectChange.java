package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A new project ({@code id} null, starting as an idea) or what the user changed of one; the status
 * is changed only through {@link ProjectService#changeStatus}.
 */
public record ProjectChange(
        Long id,
        int expectedVersion,
        String title,
        Long municipalityId,
        List<Long> navigatorIds,
        Long contactNavigatorId,
        Long coachId,
        String topic,
        String description,
        String outcome,
        LocalDate startedOn,
        LocalDate finishedOn,
        boolean bestPractice) {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 120;
    public static final int TEXT_MAX = 4000;

    public ProjectChange {
        navigatorIds = navigatorIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(navigatorIds));
    }

    public boolean isNew() {
        return id == null;
    }

    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "projects.field.title", title);
        Checks.maxLength(v, "projects.field.title", title, TITLE_MAX);
        Checks.required(v, "projects.field.municipality", municipalityId);
        Checks.maxLength(v, "projects.field.topic", topic, TOPIC_MAX);
        Checks.maxLength(v, "projects.field.description", description, TEXT_MAX);
        Checks.maxLength(v, "projects.field.outcome", outcome, TEXT_MAX);
        if (startedOn != null && finishedOn != null && finishedOn.isBefore(startedOn)) {
            v.add(new Violation("projects.field.finishedOn", "common.validation.notBefore", Formats.date(startedOn)));
        }
        if (finishedOn != null && startedOn == null) {
            Checks.required(v, "projects.field.startedOn", startedOn);
        }
        if (contactNavigatorId != null && !navigatorIds.contains(contactNavigatorId)) {
            v.add(new Violation("projects.field.contact", "projects.validation.contactNotInTeam"));
        }
        return v;
    }
}
