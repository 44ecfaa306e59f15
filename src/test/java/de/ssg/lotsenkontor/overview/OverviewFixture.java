package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A small fixed programme on a real database (the 418 real municipalities), on 26.11.2026:
 * <ul>
 * <li>coaches: Anna Albrecht (active), Bernd Berger (left 31.12.2025), Clara Conrad (starts 2027) → 1 active;</li>
 * <li>navigators: N1 Dresden AKTIV (coached by Albrecht), N2 Chemnitz IN_QUALIFIZIERUNG, N3 Leipzig INAKTIV,
 *     N4 Leipzig AKTIV but left 30.06.2026, N5 in the first Bautzen municipality serving the second → 3 active;</li>
 * <li>reached: Dresden, Chemnitz, Bautzen#1 directly, Bautzen#2 through the association → 4 (3 directly), 3 districts;</li>
 * <li>status: Dresden AKTIV, Chemnitz PAUSIERT, Leipzig INTERESSIERT;</li>
 * <li>sessions 2026: 15.01. 1,50 h, 10.03. 2,25 h, 20.03. 1,00 h; one in 2025 (4,00 h) → 3 sessions, 4,75 h.</li>
 * </ul>
 */
final class OverviewFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);

    final Database db;
    final String bautzen1;
    final String bautzen2;

    OverviewFixture(Path folder, boolean withProgramme) {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        List<String> bautzen = db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT ags FROM municipality WHERE ags LIKE '14625%' ORDER BY ags LIMIT 2")) {
                rs.next();
                String a = rs.getString(1);
                rs.next();
                return List.of(a, rs.getString(1));
            }
        });
        bautzen1 = bautzen.get(0);
        bautzen2 = bautzen.get(1);
        if (withProgramme) {
            db.withConnection(c -> {
                fill(c);
                c.commit();
                return null;
            });
        }
    }

    private void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO coach (id, first_name, last_name, capacity, active_from, active_until) VALUES "
                    + "(901, 'Anna', 'Albrecht', 30, DATE '2024-01-01', NULL), "
                    + "(902, 'Bernd', 'Berger', 30, DATE '2023-01-01', DATE '2025-12-31'), "
                    + "(903, 'Clara', 'Conrad', 30, DATE '2027-01-01', NULL)");
            navigator(c, 1, "Nora", "Eins", "14612000", "AKTIV", "2025-01-01", null);
            navigator(c, 2, "Niko", "Zwei", "14511000", "IN_QUALIFIZIERUNG", "2026-03-01", null);
            navigator(c, 3, "Nele", "Drei", "14713000", "INAKTIV", "2024-01-01", null);
            navigator(c, 4, "Noah", "Vier", "14713000", "AKTIV", "2024-01-01", "2026-06-30");
            navigator(c, 5, "Nina", "Fünf", bautzen1, "AKTIV", "2025-05-01", null);
            s.executeUpdate("INSERT INTO navigator_municipality (navigator_id, municipality_id) "
                    + "SELECT 905, id FROM municipality WHERE ags = '" + bautzen2 + "'");
            s.executeUpdate("INSERT INTO coaching_assignment (coach_id, navigator_id, valid_from) VALUES (901, 901, DATE '2025-01-01')");
            s.executeUpdate("INSERT INTO coaching_assignment (coach_id, navigator_id, valid_from, valid_until) "
                    + "VALUES (902, 905, DATE '2025-05-01', DATE '2025-12-31')");
            session(c, "2026-01-15", "1.50");
            session(c, "2026-03-10", "2.25");
            session(c, "2026-03-20", "1.00");
            session(c, "2025-12-31", "4.00");
            // the sessions are written here by SQL, so the month totals the service keeps are rebuilt
            de.ssg.lotsenkontor.coaching.CoachingMonthTotals.rebuild(c);
            s.executeUpdate("UPDATE municipality SET participation_status = 'AKTIV' WHERE ags = '14612000'");
            s.executeUpdate("UPDATE municipality SET participation_status = 'PAUSIERT' WHERE ags = '14511000'");
            s.executeUpdate("UPDATE municipality SET participation_status = 'INTERESSIERT' WHERE ags = '14713000'");
        }
    }

    private static void navigator(Connection c, int n, String first, String last, String ags, String status, String since,
            String until) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO navigator (id, first_name, last_name, municipality_id, "
                + "status, since, until) SELECT ?, ?, ?, id, ?, ?, ? FROM municipality WHERE ags = ?")) {
            q.setLong(1, 900 + n);
            q.setString(2, first);
            q.setString(3, last);
            q.setString(4, status);
            q.setDate(5, java.sql.Date.valueOf(since));
            q.setDate(6, until == null ? null : java.sql.Date.valueOf(until));
            q.setString(7, ags);
            q.executeUpdate();
        }
    }

    private static void session(Connection c, String day, String hours) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO coaching_session (coach_id, "
                + "municipality_id, session_date, hours, session_format, topic) "
                + "SELECT 901, id, ?, ?, 'VOR_ORT', 'Einführung' FROM municipality WHERE ags = '14612000'")) {
            q.setDate(1, java.sql.Date.valueOf(day));
            q.setBigDecimal(2, new java.math.BigDecimal(hours));
            q.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("INSERT INTO coaching_session_navigator (session_id, navigator_id)"
                + " SELECT MAX(id), 901 FROM coaching_session")) {
            q.executeUpdate();
        }
    }

    DashboardQueries queries() {
        return new DashboardQueries(db, DashboardSources.NONE, CLOCK);
    }

    long count(String sql) {
        return db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
