package de.ssg.lotsenkontor.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One line of the event table: plain values.
 *
 * @param place         the location, or "online" for an online event
 * @param districtKeys  the districts its registered people come from (read for a single event; the list
 *                      reads them for all events only when its district filter is used)
 * @param registered    everybody registered, whatever their state
 * @param present       those who took part
 */
public record EventRow(
        long id,
        EventType type,
        String title,
        Long moduleId,
        String moduleName,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        boolean online,
        List<Long> trainerIds,
        String trainers,
        Integer capacity,
        int registered,
        int present,
        Set<String> districtKeys) {

    public EventRow {
        trainerIds = List.copyOf(trainerIds);
        districtKeys = Set.copyOf(districtKeys);
    }

    public LocalDate lastDay() {
        return endsOn == null ? startsOn : endsOn;
    }

    public boolean overCapacity() {
        return capacity != null && registered > capacity;
    }
}
