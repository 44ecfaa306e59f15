package de.ssg.lotsenkontor.events;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.I18n;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * An event as an iCalendar file (RFC 5545) for invitations, written with biweekly: times are
 * converted from German local time to UTC; an event without times is an all-day entry.
 */
public final class EventCalendar {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private EventCalendar() {
    }

    /** The calendar text of one event. */
    public static String text(EventDetails e, String trainers) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//SSG//Lotsenkontor//DE");
        VEvent event = new VEvent();
        event.setUid("lotsenkontor-event-" + e.id() + "@lotsenkontor.invalid");
        event.setSummary(e.title());
        LocalDate last = e.endsOn() == null ? e.startsOn() : e.endsOn();
        if (e.startsAt() != null) {
            LocalTime end = e.endsAt() != null ? e.endsAt() : e.startsAt().plusHours(1);
            event.setDateStart(new DateStart(instant(e.startsOn(), e.startsAt()), true));
            event.setDateEnd(new DateEnd(instant(last, end), true));
        } else {
            event.setDateStart(new DateStart(instant(e.startsOn(), LocalTime.NOON), false));
            event.setDateEnd(new DateEnd(instant(last.plusDays(1), LocalTime.NOON), false));
        }
        event.setLocation(e.online() ? e.onlineLink() : e.location());
        if (e.online() && !Checks.isBlank(e.onlineLink())) {
            event.setUrl(e.onlineLink());
        }
        StringBuilder description = new StringBuilder();
        if (!Checks.isBlank(e.notes())) {
            description.append(e.notes()).append("\n");
        }
        if (!Checks.isBlank(trainers)) {
            description.append(I18n.text("events.calendar.trainers", trainers)).append("\n");
        }
        if (e.online() && !Checks.isBlank(e.onlineLink())) {
            description.append(I18n.text("events.calendar.link", e.onlineLink()));
        }
        if (description.length() > 0) {
            event.setDescription(description.toString().strip());
        }
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    /** Writes the calendar file; an existing file is replaced only when the new one is complete. */
    public static void write(EventDetails e, String trainers, Path file) {
        String text = text(e, trainers);
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    private static Date instant(LocalDate day, LocalTime time) {
        return Date.from(LocalDateTime.of(day, time).atZone(ZONE).toInstant());
    }
}
