package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** The columns of the district summary, shared by the screen and the export. */
public final class DistrictSummaryColumns {

    private DistrictSummaryColumns() {
    }

    public static List<ColumnDef<DistrictSummaryRow>> all() {
        return List.of(
                ColumnDef.<DistrictSummaryRow>of("key", I18n.text("municipality.summary.key"), ColumnType.TEXT, 7,
                        DistrictSummaryRow::key),
                ColumnDef.<DistrictSummaryRow>of("name", I18n.text("municipality.field.district"), ColumnType.TEXT, 30,
                        DistrictSummaryRow::name),
                ColumnDef.<DistrictSummaryRow>of("type", I18n.text("municipality.field.type"), ColumnType.TEXT, 16,
                        r -> I18n.of("municipality.districtType", r.type())),
                ColumnDef.<DistrictSummaryRow>of("municipalities", I18n.text("municipality.summary.municipalities"),
                        ColumnType.INTEGER, 10, DistrictSummaryRow::municipalities),
                ColumnDef.<DistrictSummaryRow>of("participating", I18n.text("municipality.summary.participating"),
                        ColumnType.INTEGER, 10, DistrictSummaryRow::participating),
                ColumnDef.<DistrictSummaryRow>of("share", I18n.text("municipality.summary.share"),
                        ColumnType.PERCENT, 9, DistrictSummaryRow::participatingShare),
                ColumnDef.<DistrictSummaryRow>of("interested", I18n.text("municipality.summary.interested"),
                        ColumnType.INTEGER, 10, DistrictSummaryRow::interested),
                ColumnDef.<DistrictSummaryRow>of("population", I18n.text("municipality.field.population"),
                        ColumnType.INTEGER, 11, DistrictSummaryRow::population),
                ColumnDef.<DistrictSummaryRow>of("populationShare", I18n.text("municipality.summary.populationShare"),
                        ColumnType.PERCENT, 13, DistrictSummaryRow::populationShare));
    }
}
