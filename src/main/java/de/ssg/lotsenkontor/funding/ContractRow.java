package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding contract as the screens and the command line show it. */
public record ContractRow(long id, String reference, String title, String funder, int firstYear, int lastYear,
        BigDecimal annualAmount, LocalDate signedOn, String note, int version) {

    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(lastYear, 12, 31);
    }

    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    /** "ZB-DLS-2023/24 (2023–2024)". */
    public String label() {
        return reference + " (" + firstYear + "–" + lastYear + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
