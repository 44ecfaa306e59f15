package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** Columns of the event table, the participant table and the qualification list, defined once. */
public final class EventColumns {

    private EventColumns() {
    }

    public static List<ColumnDef<EventRow>> events() {
        return List.of(
                ColumnDef.of("startsOn", t("startsOn"), ColumnType.DATE, 11, EventRow::startsOn),
                ColumnDef.<EventRow>of("type", t("type"), ColumnType.TEXT, 16, r -> I18n.of("events.type", r.type()))
                        .sortedBy(r -> r.type().ordinal()),
                ColumnDef.of("title", t("title"), ColumnType.TEXT, 36, EventRow::title),
                ColumnDef.of("module", t("module"), ColumnType.TEXT, 18, EventRow::moduleName),
                ColumnDef.of("place", t("place"), ColumnType.TEXT, 22, EventRow::place),
                ColumnDef.of("trainers", t("trainers"), ColumnType.TEXT, 18, EventRow::trainers),
                ColumnDef.of("registered", t("registered"), ColumnType.INTEGER, 8, EventRow::registered),
                ColumnDef.of("present", t("present"), ColumnType.INTEGER, 8, EventRow::present),
                ColumnDef.of("capacity", t("capacity"), ColumnType.INTEGER, 6, EventRow::capacity));
    }

    public static List<ColumnDef<ParticipantRow>> participants() {
        return List.of(
                ColumnDef.<ParticipantRow>of("name", t("name"), ColumnType.TEXT, 22,
                        r -> r.guest() ? I18n.text("events.attendanceList.guest", r.name()) : r.name())
                        .sortedBy(ParticipantRow::sortName),
                ColumnDef.of("municipality", t("municipality"), ColumnType.TEXT, 20, ParticipantRow::municipality),
                ColumnDef.<ParticipantRow>of("status", t("status"), ColumnType.TEXT, 14,
                        r -> I18n.of("events.status", r.status())).sortedBy(r -> r.status().ordinal()));
    }

    public static List<ColumnDef<QualificationRow>> qualification() {
        return List.of(
                ColumnDef.<QualificationRow>of("name", t("name"), ColumnType.TEXT, 22, QualificationRow::fullName)
                        .sortedBy(r -> r.lastName() + " " + r.firstName()),
                ColumnDef.of("municipality", t("municipality"), ColumnType.TEXT, 20, QualificationRow::municipality),
                ColumnDef.<QualificationRow>of("navigatorStatus", t("navigatorStatus"), ColumnType.TEXT, 14,
                        r -> I18n.of("people.status", r.status())),
                ColumnDef.<QualificationRow>of("completed", t("completed"), ColumnType.TEXT, 36,
                        r -> String.join(", ", r.completed())),
                ColumnDef.<QualificationRow>of("missing", t("missing"), ColumnType.TEXT, 36,
                        r -> String.join(", ", r.missing())),
                ColumnDef.of("completedOn", t("completedOn"), ColumnType.DATE, 12, QualificationRow::completedOn));
    }

    private static String t(String field) {
        return I18n.text("events.field." + field);
    }
}
