package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coach or navigator has left in the records: coaching assignments, coaching sessions,
 * events (led by a coach, attended by a navigator) and local projects. A person with any of it is
 * never deleted, only deactivated, so that reports stay complete.
 */
public record PersonHistory(long assignments, long sessions, long events, long projects) {

    public static final PersonHistory NONE = new PersonHistory(0, 0, 0, 0);

    public boolean isEmpty() {
        return assignments == 0 && sessions == 0 && events == 0 && projects == 0;
    }

    /** e.g. "3 Betreuungen, 12 Coaching-Termine"; empty when there is nothing. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (assignments > 0) {
            parts.add(I18n.text("people.history.assignments", assignments));
        }
        if (sessions > 0) {
            parts.add(I18n.text("people.history.sessions", sessions));
        }
        if (events > 0) {
            parts.add(I18n.text("people.history.events", events));
        }
        if (projects > 0) {
            parts.add(I18n.text("people.history.projects", projects));
        }
        return String.join(", ", parts);
    }
}
