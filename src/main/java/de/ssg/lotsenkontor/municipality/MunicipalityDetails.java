package de.ssg.lotsenkontor.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the detail view shows of one municipality, read in one transaction. {@code version}
 * is handed back on save so a concurrent change by someone else is noticed.
 *
 * @param associationMembers the other municipalities of its administrative association
 */
public record MunicipalityDetails(
        long id,
        int version,
        String ags,
        String name,
        MunicipalityType type,
        String districtName,
        String associationName,
        AssociationType associationType,
        List<MemberRow> associationMembers,
        Integer population,
        BigDecimal areaKm2,
        String postcode,
        ParticipationStatus status,
        LocalDate statusSince,
        LocalDate dissolvedOn,
        List<ContactRow> contacts,
        List<ParticipationEntry> history) {

    /** Date of the latest history entry; a new status may not be dated before it. */
    public LocalDate lastStatusDate() {
        return history.isEmpty() ? null : history.get(history.size() - 1).validFrom();
    }
}
