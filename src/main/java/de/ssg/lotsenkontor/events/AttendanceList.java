package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import de.ssg.lotsenkontor.report.TableLayout;
import java.util.Arrays;
import de.ssg.lotsenkontor.report.ReportTable.Column;
import java.time.LocalDate;
import java.util.List;

/**
 * The attendance list (Teilnehmerliste) of an event, the funder's proof that it took place: the
 * event, its date and place, one row per registered person with name, municipality and an empty
 * column to sign, and the totals of registered and present. Built as a report, so the workbook
 * renderer (and the print renderer, once there) lays it out.
 */
public final class AttendanceList {

    /** A data row is two text lines high: about 9 mm in print, room for a signature. */
    static final int SIGNATURE_ROW_LINES = 2;

    private AttendanceList() {
    }

    public static Report build(EventRow event, EventDetails details, List<ParticipantRow> participants,
            LocalDate today) {
        String title = I18n.text("events.attendanceList.title");
        ReportTable.Builder<Object> table = ReportTable.builder(I18n.text("events.attendanceList.sheet"), List.of(
                new Column(I18n.text("events.attendanceList.no"), ColumnType.INTEGER, 5),
                new Column(I18n.text("events.attendanceList.name"), ColumnType.TEXT, 28),
                new Column(I18n.text("events.attendanceList.municipality"), ColumnType.TEXT, 30),
                new Column(I18n.text("events.attendanceList.signature"), ColumnType.TEXT, 34)));
        int no = 1;
        for (ParticipantRow p : participants) {
            String name = p.guest() ? I18n.text("events.attendanceList.guest", p.name()) : p.name();
            table.values(no++, name, p.municipality(), null);
        }
        // rows high enough to sign in by hand, on paper and in the workbook
        table.layout(TableLayout.signedRows(SIGNATURE_ROW_LINES));
        long present = participants.stream().filter(p -> p.status() == AttendanceStatus.TEILGENOMMEN).count();
        // the totals also below the list itself, so that the signed sheet carries them
        table.add(new ReportRow(RowKind.TOTAL, Arrays.asList(null,
                I18n.text("events.attendanceList.totals", participants.size(), present), null, null)));
        String kind = I18n.of("events.type", event.type())
                + (event.moduleName() == null ? "" : " – " + event.moduleName());
        // event, date and place in the subtitle: it heads every printed page of the list
        return Report.builder(title, today)
                .subtitle(I18n.text("events.attendanceList.subtitle", event.title(), dates(event), place(details)))
                .paragraph(I18n.text("events.attendanceList.event") + ": " + event.title())
                .paragraph(I18n.text("events.attendanceList.type") + ": " + kind)
                .paragraph(I18n.text("events.attendanceList.date") + ": " + dates(event))
                .paragraph(I18n.text("events.attendanceList.place") + ": " + place(details))
                .paragraph(I18n.text("events.attendanceList.trainers") + ": "
                        + (event.trainers().isEmpty() ? "–" : event.trainers()))
                // the totals above the list: below it, they could fill a last page of their own
                .keyFigure(I18n.text("events.attendanceList.registered"), ColumnType.INTEGER, participants.size())
                .keyFigure(I18n.text("events.attendanceList.present"), ColumnType.INTEGER, present)
                .table(table.build())
                .build();
    }

    /** "12.03.2025, 09:00–15:30 Uhr" or "12.03.2025 – 13.03.2025". */
    public static String dates(EventRow e) {
        String day = e.endsOn() == null || e.endsOn().equals(e.startsOn()) ? Formats.date(e.startsOn())
                : Formats.date(e.startsOn()) + " – " + Formats.date(e.endsOn());
        if (e.startsAt() == null) {
            return day;
        }
        return I18n.text("events.time.range", day, e.startsAt().toString(),
                e.endsAt() == null ? "" : "–" + e.endsAt());
    }

    static String place(EventDetails d) {
        if (d.online()) {
            return I18n.text("events.place.onlineWithLink", d.onlineLink() == null ? "" : d.onlineLink());
        }
        return d.location() == null ? "–" : d.location();
    }
}
