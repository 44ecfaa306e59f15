package de.ssg.lotsenkontor.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the people queries read of the records that point at coaches and navigators: assignments,
 * sessions, events and projects. Plain SQL on the shared schema and reads only, because the
 * {@code coaching}, {@code events} and {@code projects} features build on {@code people}, not the
 * other way round; ending assignments is coaching's business ({@link PersonDeactivationListener}).
 */
final class PersonRecords {

    /** Which side of an assignment a person is on; the column names are constants, never input. */
    enum Side {
        COACH("coach_id"),
        NAVIGATOR("navigator_id");

        final String column;

        Side(String column) {
            this.column = column;
        }
    }

    private static final String PERIODS = """
            SELECT ca.id, c.id, c.first_name, c.last_name, n.id, n.first_name, n.last_name, m.name,
                   ca.valid_from, ca.valid_until
            FROM coaching_assignment ca
            JOIN coach c ON c.id = ca.coach_id
            JOIN navigator n ON n.id = ca.navigator_id
            JOIN municipality m ON m.id = n.municipality_id
            """;

    private PersonRecords() {
    }

    static PersonHistory coachHistory(Connection c, long coachId) throws SQLException {
        return history(c, coachId, """
                SELECT (SELECT COUNT(*) FROM coaching_assignment WHERE coach_id = ?),
                       (SELECT COUNT(*) FROM coaching_session WHERE coach_id = ?),
                       (SELECT COUNT(*) FROM event WHERE coach_id = ?
                               OR id IN (SELECT et.event_id FROM event_trainer et WHERE et.coach_id = ?)),
                       (SELECT COUNT(*) FROM local_project WHERE coach_id = ?)""", 5);
    }

    /**
     * The events a coach leads or trains (the lead in {@code event.coach_id} or one of the trainers in
     * {@code event_trainer}) that start after {@code after} (null: all), in date order, as
     * "Titel (dd.MM.yyyy)"; at most {@code limit}.
     */
    static List<String> trainedEvents(Connection c, long coachId, LocalDate after, int limit) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT e.title, e.starts_on FROM event e
                WHERE (e.coach_id = ? OR e.id IN (SELECT et.event_id FROM event_trainer et WHERE et.coach_id = ?))
                  AND (CAST(? AS DATE) IS NULL OR e.starts_on > ?)
                ORDER BY e.starts_on, e.title, e.id""")) {
            q.setLong(1, coachId);
            q.setLong(2, coachId);
            q.setObject(3, after);
            q.setObject(4, after);
            q.setMaxRows(limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " (" + de.ssg.lotsenkontor.common.Formats.date(
                            rs.getObject(2, LocalDate.class)) + ")");
                }
            }
            return out;
        }
    }

    static PersonHistory navigatorHistory(Connection c, long navigatorId) throws SQLException {
        return history(c, navigatorId, """
                SELECT (SELECT COUNT(*) FROM coaching_assignment WHERE navigator_id = ?),
                       (SELECT COUNT(*) FROM coaching_session_navigator WHERE navigator_id = ?),
                       (SELECT COUNT(*) FROM attendance WHERE navigator_id = ?),
                       (SELECT COUNT(*) FROM local_project_navigator WHERE navigator_id = ?)""");
    }

    private static PersonHistory history(Connection c, long id, String sql) throws SQLException {
        return history(c, id, sql, 4);
    }

    private static PersonHistory history(Connection c, long id, String sql, int parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                q.setLong(i, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new PersonHistory(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    /** Every assignment of one person, newest first. */
    static List<CoachingPeriod> periods(Connection c, Side side, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(PERIODS + " WHERE ca." + side.column
                + " = ? ORDER BY ca.valid_from DESC, ca.id DESC")) {
            q.setLong(1, id);
            return read(q);
        }
    }

    /** The assignments of a coach active on {@code day}, by navigator name. */
    static List<CoachingPeriod> activePeriodsOfCoach(Connection c, long coachId, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(PERIODS + """
                 WHERE ca.coach_id = ? AND ca.valid_from <= ? AND (ca.valid_until IS NULL OR ca.valid_until >= ?)
                ORDER BY n.last_name, n.first_name""")) {
            q.setLong(1, coachId);
            q.setObject(2, day);
            q.setObject(3, day);
            return read(q);
        }
    }

    private static List<CoachingPeriod> read(PreparedStatement q) throws SQLException {
        List<CoachingPeriod> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new CoachingPeriod(rs.getLong(1), rs.getLong(2), rs.getString(3) + " " + rs.getString(4),
                        rs.getLong(5), rs.getString(6) + " " + rs.getString(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)));
            }
        }
        return out;
    }
}
