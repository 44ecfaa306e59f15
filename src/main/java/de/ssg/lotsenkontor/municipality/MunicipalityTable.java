package de.ssg.lotsenkontor.municipality;

import java.util.List;

/** What the municipality table shows: all rows, and the districts for its filter. */
public record MunicipalityTable(List<MunicipalityRow> rows, List<DistrictOption> districts) {
}
