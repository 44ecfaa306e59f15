package de.ssg.lotsenkontor.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The fixed time frame of the fictional programme. Content never depends on the day the
 * generator runs: the same seed gives the same data in any year.
 */
final class DemoCalendar {

    /** The programme starts. */
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    /** The last day with recorded activity (sessions, events, payments). */
    static final LocalDate END = LocalDate.of(2026, 10, 31);
    static final int FIRST_YEAR = START.getYear();
    static final int LAST_YEAR = END.getYear();

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(10, 3), MonthDay.of(10, 31), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DemoCalendar() {
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Saturdays, Sundays and Saxony's public holidays on fixed dates (Easter-based ones are ignored). */
    static boolean isDayOff(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return true;
        }
        return FIXED_HOLIDAYS.contains(MonthDay.from(day));
    }

    /**
     * Moves a day off to the nearest earlier working day inside {@code first..last}, else to the
     * nearest later one; keeps it if there is none.
     */
    static LocalDate workday(LocalDate day, LocalDate first, LocalDate last) {
        for (LocalDate d = day; !d.isBefore(first); d = d.minusDays(1)) {
            if (!isDayOff(d)) {
                return d;
            }
        }
        for (LocalDate d = day.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (!isDayOff(d)) {
                return d;
            }
        }
        return day;
    }

    /** The last working day of the month that contains {@code day}. */
    static LocalDate lastWorkdayOfMonth(LocalDate day) {
        LocalDate last = day.with(TemporalAdjusters.lastDayOfMonth());
        while (isDayOff(last)) {
            last = last.minusDays(1);
        }
        return last;
    }

    /** The first day of {@code year} on which the programme is running. */
    static LocalDate firstDay(int year) {
        return max(LocalDate.of(year, 1, 1), START);
    }

    /** The last day of {@code year} with recorded activity. */
    static LocalDate lastDay(int year) {
        return min(LocalDate.of(year, 12, 31), END);
    }

    /** When something dated {@code day} was typed in: that morning, in Saxony. */
    static Instant recordedAt(LocalDate day, int minuteOfMorning) {
        return day.atTime(8, 0).plusMinutes(minuteOfMorning).atZone(ZONE).toInstant();
    }
}
