package de.ssg.lotsenkontor.events;

import java.time.LocalDate;

/**
 * One registered person of an event: a navigator ({@code navigatorId} set) or a guest.
 *
 * @param version the registration's version, for changing its state
 */
public record ParticipantRow(
        long id,
        int version,
        Long navigatorId,
        String name,
        String sortName,
        String municipality,
        String districtName,
        String email,
        AttendanceStatus status,
        LocalDate registeredOn) {

    public boolean guest() {
        return navigatorId == null;
    }
}
