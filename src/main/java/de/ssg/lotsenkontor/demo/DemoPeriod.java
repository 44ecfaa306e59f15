package de.ssg.lotsenkontor.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A span of days, both ends included. */
record DemoPeriod(LocalDate from, LocalDate until) {

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }

    /** The days both periods share, or null when they share none. */
    DemoPeriod intersect(LocalDate otherFrom, LocalDate otherUntil) {
        LocalDate f = DemoCalendar.max(from, otherFrom);
        LocalDate u = DemoCalendar.min(until, otherUntil);
        return f.isAfter(u) ? null : new DemoPeriod(f, u);
    }
}
