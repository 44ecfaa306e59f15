package de.ssg.lotsenkontor.people;

import java.time.LocalDate;
import java.util.List;

/** One line of the navigator table: plain values, safe to hand to any thread or screen. */
public record NavigatorRow(
        long id,
        String firstName,
        String lastName,
        long municipalityId,
        String municipalityName,
        String ags,
        String districtKey,
        String districtName,
        String associationName,
        List<Long> furtherMunicipalityIds,
        String furtherMunicipalityNames,
        String department,
        String email,
        String phone,
        NavigatorStatus status,
        LocalDate since,
        LocalDate until,
        Long coachId,
        String coachName) {

    public NavigatorRow {
        furtherMunicipalityIds = furtherMunicipalityIds == null ? List.of() : List.copyOf(furtherMunicipalityIds);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Whether the navigator works in or serves the municipality. */
    public boolean serves(long municipality) {
        return municipalityId == municipality || furtherMunicipalityIds.contains(municipality);
    }
}
