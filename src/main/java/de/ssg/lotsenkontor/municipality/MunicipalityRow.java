package de.ssg.lotsenkontor.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the municipality table: plain values, safe to hand to any thread or screen. */
public record MunicipalityRow(
        long id,
        String ags,
        String name,
        MunicipalityType type,
        String districtKey,
        String districtName,
        String associationName,
        Integer population,
        BigDecimal areaKm2,
        ParticipationStatus status,
        LocalDate statusSince,
        LocalDate dissolvedOn) {

    public SizeClass sizeClass() {
        return SizeClass.of(population == null ? 0 : population);
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
