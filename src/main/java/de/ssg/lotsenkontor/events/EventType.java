package de.ssg.lotsenkontor.events;

/** Kind of programme event. */
public enum EventType {
    KURS,
    NETZWERKTREFFEN,
    WORKSHOP
}
