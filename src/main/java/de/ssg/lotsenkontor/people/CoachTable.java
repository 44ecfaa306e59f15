package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.municipality.DistrictOption;
import java.util.List;

/** What the coach table and form need: all coaches, and the districts to choose focus districts from. */
public record CoachTable(List<CoachRow> rows, List<DistrictOption> districts) {
}
