package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.municipality.AssociationType;
import de.ssg.lotsenkontor.municipality.DistrictType;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one edition of the official municipality directory says about the chosen state(s), read
 * and checked, nothing applied yet.
 *
 * @param columns        the optional columns the file has (see {@link GvColumn}); fields of absent ones stay untouched
 * @param districts      Satzart 40 rows by 5-digit key
 * @param associations   Verwaltungsgemeinschaften/-verbände (Satzart 50 rows with an association type) by 9-digit key
 * @param unincorporated Satzart 60 rows that are unincorporated areas (gemeindefreie Gebiete), not taken
 * @param withoutAssociationRow municipalities whose Satzart 50 row is missing (treated as not in an association)
 */
public record DirectoryFile(
        String fileName,
        String sheetName,
        LocalDate referenceDate,
        StateFilter state,
        String stateName,
        Set<GvColumn> columns,
        Map<String, DistrictEntry> districts,
        Map<String, AssociationEntry> associations,
        List<MunicipalityEntry> municipalities,
        int unincorporated,
        int withoutAssociationRow) {

    public boolean has(GvColumn column) {
        return columns.contains(column);
    }

    /** A Landkreis or Kreisfreie Stadt (Satzart 40). */
    public record DistrictEntry(int row, String key, String name, DistrictType type, String regionName) {
    }

    /** A Verwaltungsgemeinschaft or -verband (Satzart 50). */
    public record AssociationEntry(int row, String key, String name, AssociationType type, String districtKey) {
    }

    /**
     * A municipality (Satzart 60).
     *
     * @param associationKey 9-digit key of its association, null when it belongs to none
     */
    public record MunicipalityEntry(int row, String ags, String ars, String name, MunicipalityType type,
            String districtKey, String associationKey, Integer population, BigDecimal areaKm2, String postcode,
            BigDecimal longitude, BigDecimal latitude) {
    }
}
