package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.coaching.CoachingRows.CoachMonth;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionRow;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.Aggregate;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.ReportTable.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hours workbook of a year: hours and sessions per coach and month, with row totals, column
 * totals and a grand total as live sums, and every session of the year. A neutral report; the
 * shared renderer makes the workbook.
 */
public final class CoachingHoursReport {

    private CoachingHoursReport() {
    }

    /** @param coachId one coach, or null for all */
    public static Report build(CoachingQueries queries, int year, Long coachId, LocalDate created) {
        List<CoachMonth> months = queries.coachMonths(year, coachId);
        List<SessionRow> sessions = queries.sessions(SessionFilter.year(year, coachId), Integer.MAX_VALUE);
        String title = I18n.text("coaching.hours.title", year);
        return Report.builder(title, created)
                .subtitle(I18n.text("coaching.hours.subtitle", sessions.size()))
                .table(crossTable(I18n.text("coaching.hours.sheetHours"), months, true))
                .table(sessionTable(I18n.text("coaching.hours.sheetSessions"), sessions))
                .table(crossTable(I18n.text("coaching.hours.sheetCounts"), months, false))
                .build();
    }

    private static ReportTable crossTable(String title, List<CoachMonth> months, boolean hours) {
        ColumnType type = hours ? ColumnType.DECIMAL : ColumnType.INTEGER;
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(I18n.text("coaching.field.coach"), ColumnType.TEXT, 22));
        for (Month m : Month.values()) {
            columns.add(new Column(m.getDisplayName(TextStyle.SHORT_STANDALONE, Locale.GERMAN), type, 7));
        }
        columns.add(new Column(I18n.text("coaching.hours.total"), type, 9));
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        for (CoachMonth cm : months) {
            Object[] cells = rows.computeIfAbsent(cm.coachId(), id -> {
                Object[] c = new Object[14];
                Arrays.fill(c, hours ? (Object) new BigDecimal("0.00") : (Object) 0L);
                c[0] = cm.coach();
                c[13] = Aggregate.ROW_SUM;
                return c;
            });
            cells[cm.month()] = hours ? cm.hours() : (Object) cm.sessions();
        }
        ReportTable.Builder<Object> table = ReportTable.builder(title, columns);
        rows.values().forEach(table::values);
        int[] sums = new int[13];
        for (int i = 0; i < 13; i++) {
            sums[i] = i + 1;
        }
        table.total(I18n.text("coaching.hours.total"), sums);
        return table.build();
    }

    private static ReportTable sessionTable(String title, List<SessionRow> sessions) {
        List<Column> columns = List.of(
                new Column(I18n.text("coaching.field.date"), ColumnType.DATE, 10),
                new Column(I18n.text("coaching.field.coach"), ColumnType.TEXT, 20),
                new Column(I18n.text("coaching.field.municipality"), ColumnType.TEXT, 20),
                new Column(I18n.text("coaching.hours.district"), ColumnType.TEXT, 18),
                new Column(I18n.text("coaching.field.navigator"), ColumnType.TEXT, 20),
                new Column(I18n.text("coaching.hours.hours"), ColumnType.DECIMAL, 8),
                new Column(I18n.text("coaching.field.format"), ColumnType.TEXT, 9),
                new Column(I18n.text("coaching.field.topic"), ColumnType.TEXT, 20),
                new Column(I18n.text("coaching.field.note"), ColumnType.TEXT, 30));
        ReportTable.Builder<Object> table = ReportTable.builder(title, columns);
        // oldest first, as a log is read
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SessionRow s = sessions.get(i);
            table.values(s.date(), s.coach(), s.municipality(), s.district(), s.navigator(), s.hours(),
                    I18n.of("coaching.format", s.format()), s.topic(), s.note());
        }
        table.add(ReportRow.total(I18n.text("coaching.hours.total"), columns.size(), 5));
        return table.build();
    }
}
