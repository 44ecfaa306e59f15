package de.ssg.lotsenkontor.municipality;

import java.util.List;

/**
 * What the municipality table shows: all rows, the districts for its filter, and the edition of
 * the official directory the data comes from (null when none was ever recorded).
 */
public record MunicipalityTable(List<MunicipalityRow> rows, List<DistrictOption> districts, DirectoryStand directory) {

    public MunicipalityTable(List<MunicipalityRow> rows, List<DistrictOption> districts) {
        this(rows, districts, null);
    }
}
