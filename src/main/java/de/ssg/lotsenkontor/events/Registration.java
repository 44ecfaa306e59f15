package de.ssg.lotsenkontor.events;

/**
 * The outcome of registering someone: the new participant, and how many are registered now
 * against the capacity. Above capacity is allowed; the caller shows a warning.
 */
public record Registration(ParticipantRow participant, int registered, Integer capacity) {

    public boolean overCapacity() {
        return capacity != null && registered > capacity;
    }
}
