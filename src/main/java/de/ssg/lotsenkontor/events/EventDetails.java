package de.ssg.lotsenkontor.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Everything the event form shows of one event, with the version the next save must expect. */
public record EventDetails(
        long id,
        int version,
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

    public EventDetails {
        trainerIds = List.copyOf(trainerIds);
    }
}
