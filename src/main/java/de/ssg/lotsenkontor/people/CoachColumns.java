package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** The columns of the coach table, shared by the screen and every export. */
public final class CoachColumns {

    private CoachColumns() {
    }

    public static List<ColumnDef<CoachRow>> all() {
        return List.of(
                ColumnDef.<CoachRow>of("lastName", I18n.text("people.field.lastName"), ColumnType.TEXT, 13, CoachRow::lastName),
                ColumnDef.<CoachRow>of("firstName", I18n.text("people.field.firstName"), ColumnType.TEXT, 11, CoachRow::firstName),
                ColumnDef.<CoachRow>of("state", I18n.text("people.field.state"), ColumnType.TEXT, 13,
                        r -> I18n.of("people.coachState", r.state())).sortedBy(CoachRow::state),
                ColumnDef.<CoachRow>of("currentNavigators", I18n.text("people.field.currentNavigators"), ColumnType.INTEGER, 8,
                        CoachRow::currentNavigators),
                ColumnDef.<CoachRow>of("capacity", I18n.text("people.field.capacity"), ColumnType.INTEGER, 10, CoachRow::capacity),
                ColumnDef.<CoachRow>of("load", I18n.text("people.field.load"), ColumnType.PERCENT, 11, CoachRow::load),
                ColumnDef.<CoachRow>of("focusDistricts", I18n.text("people.field.focusDistricts"), ColumnType.TEXT, 30,
                        CoachRow::focusDistricts),
                ColumnDef.<CoachRow>of("email", I18n.text("people.field.email"), ColumnType.TEXT, 24, CoachRow::email),
                ColumnDef.<CoachRow>of("phone", I18n.text("people.field.phone"), ColumnType.TEXT, 15, CoachRow::phone),
                ColumnDef.<CoachRow>of("activeFrom", I18n.text("people.field.activeFrom"), ColumnType.DATE, 11, CoachRow::activeFrom),
                ColumnDef.<CoachRow>of("activeUntil", I18n.text("people.field.activeUntil"), ColumnType.DATE, 11,
                        CoachRow::activeUntil));
    }
}
