package de.ssg.lotsenkontor.coaching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Keeps {@code coaching_month_total}: sessions and hours per coach and month. Whoever writes
 * coaching sessions calls {@link #refresh} for every (coach, month) it touched, in the same
 * transaction; the cell is recomputed from the sessions by an aggregate query (through the
 * coach-and-date index), so it never drifts from them. {@link #rebuild} recomputes all (bulk writes).
 */
public final class CoachingMonthTotals {

    /** One cell: a coach in a month. */
    public record Cell(long coachId, int year, int month) {

        public static Cell of(long coachId, LocalDate day) {
            return new Cell(coachId, day.getYear(), day.getMonthValue());
        }
    }

    private CoachingMonthTotals() {
    }

    /** Recomputes the given cells from the sessions. */
    public static void refresh(Connection c, Collection<Cell> cells) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM coaching_month_total WHERE coach_id = ? AND total_year = ? AND total_month = ?");
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO coaching_month_total (coach_id, total_year, total_month, sessions, hours)
                        SELECT coach_id, ?, ?, COUNT(*), SUM(hours) FROM coaching_session
                         WHERE coach_id = ? AND session_date >= ? AND session_date < ?
                         GROUP BY coach_id""")) {
            for (Cell cell : cells.stream().distinct().toList()) {
                delete.setLong(1, cell.coachId());
                delete.setInt(2, cell.year());
                delete.setInt(3, cell.month());
                delete.executeUpdate();
                LocalDate first = LocalDate.of(cell.year(), cell.month(), 1);
                insert.setInt(1, cell.year());
                insert.setInt(2, cell.month());
                insert.setLong(3, cell.coachId());
                insert.setObject(4, first);
                insert.setObject(5, first.plusMonths(1));
                insert.executeUpdate();
            }
        }
    }

    /** Recomputes every cell (after writing many sessions at once). */
    public static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM coaching_month_total");
            s.executeUpdate("""
                    INSERT INTO coaching_month_total (coach_id, total_year, total_month, sessions, hours)
                    SELECT coach_id, EXTRACT(YEAR FROM session_date), EXTRACT(MONTH FROM session_date), COUNT(*),
                           SUM(hours)
                      FROM coaching_session
                     GROUP BY coach_id, EXTRACT(YEAR FROM session_date), EXTRACT(MONTH FROM session_date)""");
        }
    }
}
