package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** The columns of the municipality table, shared by the screen and every export. */
public final class MunicipalityColumns {

    private MunicipalityColumns() {
    }

    public static List<ColumnDef<MunicipalityRow>> all() {
        return List.of(
                ColumnDef.<MunicipalityRow>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 9, MunicipalityRow::ags),
                ColumnDef.<MunicipalityRow>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 28, MunicipalityRow::name),
                ColumnDef.<MunicipalityRow>of("type", I18n.text("municipality.field.type"), ColumnType.TEXT, 14,
                        r -> I18n.of("municipality.type", r.type())),
                ColumnDef.<MunicipalityRow>of("district", I18n.text("municipality.field.district"), ColumnType.TEXT, 22,
                        MunicipalityRow::districtName),
                ColumnDef.<MunicipalityRow>of("association", I18n.text("municipality.field.association"), ColumnType.TEXT, 28,
                        MunicipalityRow::associationName),
                ColumnDef.<MunicipalityRow>of("population", I18n.text("municipality.field.population"), ColumnType.INTEGER, 10,
                        MunicipalityRow::population),
                ColumnDef.<MunicipalityRow>of("sizeClass", I18n.text("municipality.field.sizeClass"), ColumnType.TEXT, 14,
                        r -> I18n.of("municipality.sizeClass", r.sizeClass())).sortedBy(MunicipalityRow::sizeClass),
                ColumnDef.<MunicipalityRow>of("status", I18n.text("municipality.field.status"), ColumnType.TEXT, 16,
                        r -> I18n.of("municipality.status", r.status())).sortedBy(MunicipalityRow::status),
                ColumnDef.<MunicipalityRow>of("statusSince", I18n.text("municipality.field.statusSince"), ColumnType.DATE, 11,
                        MunicipalityRow::statusSince));
    }
}
