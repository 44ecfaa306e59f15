package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/**
 * The columns of the navigator table, shared by the screen, the Excel export of the table and
 * the command line's {@code export navigators}.
 */
public final class NavigatorColumns {

    private NavigatorColumns() {
    }

    public static List<ColumnDef<NavigatorRow>> all() {
        return List.of(
                ColumnDef.<NavigatorRow>of("lastName", I18n.text("people.field.lastName"), ColumnType.TEXT, 12,
                        NavigatorRow::lastName),
                ColumnDef.<NavigatorRow>of("firstName", I18n.text("people.field.firstName"), ColumnType.TEXT, 11,
                        NavigatorRow::firstName),
                ColumnDef.<NavigatorRow>of("municipality", I18n.text("people.field.municipality"), ColumnType.TEXT, 18,
                        NavigatorRow::municipalityName),
                ColumnDef.<NavigatorRow>of("district", I18n.text("people.field.district"), ColumnType.TEXT, 16,
                        NavigatorRow::districtName),
                ColumnDef.<NavigatorRow>of("status", I18n.text("people.field.status"), ColumnType.TEXT, 14,
                        r -> I18n.of("people.status", r.status())).sortedBy(NavigatorRow::status),
                ColumnDef.<NavigatorRow>of("coach", I18n.text("people.field.currentCoach"), ColumnType.TEXT, 15,
                        NavigatorRow::coachName),
                ColumnDef.<NavigatorRow>of("email", I18n.text("people.field.email"), ColumnType.TEXT, 30, NavigatorRow::email),
                ColumnDef.<NavigatorRow>of("phone", I18n.text("people.field.phone"), ColumnType.TEXT, 14, NavigatorRow::phone),
                ColumnDef.<NavigatorRow>of("since", I18n.text("people.field.since"), ColumnType.DATE, 10, NavigatorRow::since),
                ColumnDef.<NavigatorRow>of("until", I18n.text("people.field.until"), ColumnType.DATE, 10, NavigatorRow::until),
                ColumnDef.<NavigatorRow>of("department", I18n.text("people.field.department"), ColumnType.TEXT, 16,
                        NavigatorRow::department),
                ColumnDef.<NavigatorRow>of("association", I18n.text("people.field.association"), ColumnType.TEXT, 22,
                        NavigatorRow::associationName),
                ColumnDef.<NavigatorRow>of("furtherMunicipalities", I18n.text("people.field.furtherMunicipalities"),
                        ColumnType.TEXT, 22, NavigatorRow::furtherMunicipalityNames));
    }
}
