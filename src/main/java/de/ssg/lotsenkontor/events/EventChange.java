package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A new event ({@code id} null) or what the user changed of one; {@code expectedVersion} is the
 * version the form was read at.
 *
 * @param moduleId   the course module (courses only; optional)
 * @param trainerIds the coaches who lead it; the first is the lead
 */
public record EventChange(
        Long id,
        int expectedVersion,
        EventType type,
        String title,
        Long moduleId,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String location,
        boolean online,
        String onlineLink,
        List<Long> trainerIds,
        Integer capacity,
        String notes) {

    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int NOTES_MAX = 4000;

    public EventChange {
        trainerIds = trainerIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(trainerIds));
    }

    public boolean isNew() {
        return id == null;
    }

    /** Checks the input; used live by the form and again by the service before anything is written. */
    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "events.field.type", type);
        Checks.required(v, "events.field.title", title);
        Checks.maxLength(v, "events.field.title", title, TITLE_MAX);
        if (moduleId != null && type != null && type != EventType.KURS) {
            v.add(new Violation("events.field.module", "events.validation.moduleOnlyForCourses"));
        }
        Checks.required(v, "events.field.startsOn", startsOn);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            v.add(new Violation("events.field.endsOn", "common.validation.notBefore", Formats.date(startsOn)));
        }
        boolean oneDay = endsOn == null || endsOn.equals(startsOn);
        if (startsAt != null && endsAt != null && oneDay && !endsAt.isAfter(startsAt)) {
            v.add(new Violation("events.field.endsAt", "events.validation.timeNotAfter", startsAt.toString()));
        }
        if (online) {
            Checks.required(v, "events.field.onlineLink", onlineLink);
            Checks.maxLength(v, "events.field.onlineLink", onlineLink, LINK_MAX);
            if (!Checks.isBlank(onlineLink) && !onlineLink.trim().matches("(?i)https?://\\S+")) {
                v.add(new Violation("events.field.onlineLink", "events.validation.link"));
            }
        } else {
            Checks.required(v, "events.field.location", location);
        }
        Checks.maxLength(v, "events.field.location", location, LOCATION_MAX);
        if (capacity != null && capacity <= 0) {
            v.add(new Violation("events.field.capacity", "common.validation.positive"));
        }
        Checks.maxLength(v, "events.field.notes", notes, NOTES_MAX);
        return v;
    }
}
