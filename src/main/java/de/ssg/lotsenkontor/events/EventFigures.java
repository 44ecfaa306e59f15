package de.ssg.lotsenkontor.events;

import java.util.EnumMap;
import java.util.Map;

/**
 * The events' figures of a period for the Sachbericht, for one district or in total.
 *
 * @param eventsByType        events that took place (total), or at which someone of the district took part
 * @param participantsByType  attendances with state "teilgenommen" (navigators and guests)
 * @param navigatorsByType    distinct navigators who took part
 * @param navigatorsAttending distinct navigators who took part in any event
 * @param municipalitiesReached distinct municipalities with a coaching session or a participant
 * @param navigatorsReached   distinct navigators with a coaching session or an event attended
 * @param navigatorsQualified navigators who completed the basic qualification in the period
 */
public record EventFigures(
        Map<EventType, Long> eventsByType,
        Map<EventType, Long> participantsByType,
        Map<EventType, Long> navigatorsByType,
        long navigatorsAttending,
        long municipalitiesReached,
        long navigatorsReached,
        long navigatorsQualified) {

    public static EventFigures empty() {
        return new EventFigures(zero(), zero(), zero(), 0, 0, 0, 0);
    }

    static Map<EventType, Long> zero() {
        Map<EventType, Long> m = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            m.put(t, 0L);
        }
        return m;
    }

    public long events() {
        return eventsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long participants() {
        return participantsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
