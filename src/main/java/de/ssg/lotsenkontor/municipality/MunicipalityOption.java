package de.ssg.lotsenkontor.municipality;

import java.time.LocalDate;

/**
 * A municipality as a choice in forms and filters of other features: enough to show it, to find
 * it by typing and to check that two municipalities share an administrative association.
 */
public record MunicipalityOption(
        long id,
        String ags,
        String name,
        String districtKey,
        String districtName,
        Long associationId,
        String associationName,
        LocalDate dissolvedOn) {

    /** What a picker shows: the name and, since names repeat across Germany, the district. */
    public String label() {
        return name + " (" + districtName + ")";
    }

    /** Whether both belong to the same administrative association (false when either has none). */
    public boolean sameAssociationAs(MunicipalityOption other) {
        return associationId != null && other != null && associationId.equals(other.associationId);
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    @Override
    public String toString() {
        return label();
    }
}
