package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import java.util.List;

/**
 * What the navigator table and form need, read together: all navigators, and the choices of
 * the filters and the form (districts, coaches, municipalities).
 */
public record NavigatorTable(
        List<NavigatorRow> rows,
        List<DistrictOption> districts,
        List<CoachOption> coaches,
        List<MunicipalityOption> municipalities) {
}
