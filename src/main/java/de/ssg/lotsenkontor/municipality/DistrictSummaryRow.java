package de.ssg.lotsenkontor.municipality;

/** How far the programme reaches in one district. */
public record DistrictSummaryRow(String key, String name, DistrictType type, int municipalities, int participating,
        int interested, long population, long participatingPopulation) {

    /** Share of the district's municipalities that take part (0..1). */
    public double participatingShare() {
        return municipalities == 0 ? 0 : (double) participating / municipalities;
    }

    /** Share of the district's inhabitants living in a participating municipality (0..1). */
    public double populationShare() {
        return population == 0 ? 0 : (double) participatingPopulation / population;
    }
}
