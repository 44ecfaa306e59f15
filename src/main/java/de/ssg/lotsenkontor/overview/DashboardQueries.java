package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.overview.Dashboard.Coverage;
import de.ssg.lotsenkontor.overview.Dashboard.DistrictLine;
import de.ssg.lotsenkontor.overview.Dashboard.Figures;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import de.ssg.lotsenkontor.overview.Dashboard.SizeLine;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's reads: plain SQL over municipalities, people and coaching, aggregated in the
 * database, all on one connection. Reads only; the figures owned by events, projects and funding
 * come from {@link DashboardSources}.
 *
 * <p>Definitions: a navigator is <em>active</em> on a day when not INAKTIV and not left before it;
 * a coach when the day lies in his active period. A municipality is <em>reached</em> when an active
 * navigator works there, <em>reached through the association</em> when none works there but one
 * serves it (navigator_municipality).
 */
public class DashboardQueries {

    private static final String ACTIVE_NAVIGATOR = "n.status <> 'INAKTIV' AND n.since <= ? AND (n.until IS NULL OR n.until >= ?)";
    private static final String REACH = """
            WITH reach AS (
              SELECT m.id, m.district_id, COALESCE(m.population, 0) AS population, m.participation_status AS status,
                     CASE WHEN EXISTS (SELECT 1 FROM navigator n WHERE n.municipality_id = m.id AND %1$s) THEN 2
                          WHEN EXISTS (SELECT 1 FROM navigator_municipality nm JOIN navigator n ON n.id = nm.navigator_id
                                       WHERE nm.municipality_id = m.id AND %1$s) THEN 1
                          ELSE 0 END AS reach
              FROM municipality m WHERE m.dissolved_on IS NULL)
            """.formatted(ACTIVE_NAVIGATOR);

    private final Database database;
    private final DashboardSources sources;
    private final Clock clock;

    public DashboardQueries(Database database, DashboardSources sources, Clock clock) {
        this.database = database;
        this.sources = sources;
        this.clock = clock;
    }

    /** Everything the Übersicht shows, for today. */
    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        return database.withConnection(c -> new Dashboard(today, figures(c, today), districts(c, today),
                sizes(c, today), sessionsPerMonth(c, year), sources.events(year), sources.projects(),
                sources.budget(year), sources.nextProofDeadline(today), sources.planVsSpent(year),
                municipalities(c, today)));
    }

    private static Figures figures(Connection c, LocalDate today) throws SQLException {
        long coaches = single(c, "SELECT COUNT(*) FROM coach WHERE active_from <= ? AND (active_until IS NULL OR active_until >= ?)", today);
        long navigators = single(c, "SELECT COUNT(*) FROM navigator n WHERE " + ACTIVE_NAVIGATOR, today);
        long municipalities;
        long reached;
        long direct;
        long districtsReached;
        try (PreparedStatement q = prepare(c, REACH + """
                SELECT COUNT(*), SUM(CASE WHEN reach > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN reach = 2 THEN 1 ELSE 0 END),
                       COUNT(DISTINCT CASE WHEN reach = 2 THEN district_id END)
                FROM reach""", today); ResultSet rs = q.executeQuery()) {
            rs.next();
            municipalities = rs.getLong(1);
            reached = rs.getLong(2);
            direct = rs.getLong(3);
            districtsReached = rs.getLong(4);
        }
        long districts = single(c, "SELECT COUNT(*) FROM district");
        LocalDate first = today.withDayOfYear(1);
        LocalDate last = today.withDayOfYear(today.lengthOfYear());
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(hours), 0) FROM coaching_session WHERE session_date >= ? AND session_date <= ?")) {
            q.setDate(1, Date.valueOf(first));
            q.setDate(2, Date.valueOf(last));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Figures(coaches, navigators, municipalities, reached, direct, districts, districtsReached,
                        rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
            }
        }
    }

    private static List<DistrictLine> districts(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement q = prepare(c, REACH + """
                SELECT d.district_key, d.name, COUNT(r.id),
                       COALESCE(SUM(CASE WHEN r.status IN ('AKTIV', 'PAUSIERT') THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN r.reach > 0 THEN 1 ELSE 0 END), 0),
                       (SELECT COUNT(*) FROM navigator n JOIN municipality nm ON nm.id = n.municipality_id
                        WHERE nm.district_id = d.id AND %s)
                FROM district d LEFT JOIN reach r ON r.district_id = d.id
                GROUP BY d.id, d.district_key, d.name ORDER BY d.district_key""".formatted(ACTIVE_NAVIGATOR), today);
                ResultSet rs = q.executeQuery()) {
            List<DistrictLine> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new DistrictLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
            }
            return out;
        }
    }

    private static List<SizeLine> sizes(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement q = prepare(c, REACH + """
                SELECT size_class, COUNT(*), SUM(CASE WHEN reach > 0 THEN 1 ELSE 0 END)
                FROM (SELECT CASE WHEN population < 2000 THEN 'UNTER_2000' WHEN population < 5000 THEN 'BIS_5000'
                                  WHEN population < 10000 THEN 'BIS_10000' WHEN population < 20000 THEN 'BIS_20000'
                                  ELSE 'UEBER_20000' END AS size_class, reach FROM reach) s
                GROUP BY size_class""", today); ResultSet rs = q.executeQuery()) {
            Map<String, SizeLine> found = new LinkedHashMap<>();
            while (rs.next()) {
                found.put(rs.getString(1), new SizeLine(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
            List<SizeLine> out = new ArrayList<>();
            for (String size : List.of("UNTER_2000", "BIS_5000", "BIS_10000", "BIS_20000", "UEBER_20000")) {
                out.add(found.getOrDefault(size, new SizeLine(size, 0, 0)));
            }
            return out;
        }
    }

    private static long[] sessionsPerMonth(Connection c, int year) throws SQLException {
        long[] months = new long[12];
        try (PreparedStatement q = c.prepareStatement("""
                SELECT EXTRACT(MONTH FROM session_date), COUNT(*) FROM coaching_session
                WHERE session_date >= ? AND session_date <= ? GROUP BY EXTRACT(MONTH FROM session_date)""")) {
            q.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
            q.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    months[rs.getInt(1) - 1] = rs.getLong(2);
                }
            }
        }
        return months;
    }

    private static List<MunicipalityLine> municipalities(Connection c, LocalDate today) throws SQLException {
        Map<Long, Set<String>> navigators = new LinkedHashMap<>();
        Map<Long, Set<String>> coaches = new LinkedHashMap<>();
        try (PreparedStatement q = prepare(c, """
                SELECT x.municipality_id, n.first_name, n.last_name, co.first_name, co.last_name
                FROM (SELECT n0.id AS navigator_id, n0.municipality_id FROM navigator n0
                      UNION SELECT nm.navigator_id, nm.municipality_id FROM navigator_municipality nm) x
                JOIN navigator n ON n.id = x.navigator_id
                LEFT JOIN coaching_assignment a ON a.navigator_id = n.id AND a.valid_from <= ?
                     AND (a.valid_until IS NULL OR a.valid_until >= ?)
                LEFT JOIN coach co ON co.id = a.coach_id
                WHERE %s ORDER BY n.last_name, n.first_name""".formatted(ACTIVE_NAVIGATOR), today);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                navigators.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rs.getString(2) + " " + rs.getString(3));
                if (rs.getString(4) != null) {
                    coaches.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rs.getString(4) + " " + rs.getString(5));
                }
            }
        }
        try (PreparedStatement q = prepare(c, REACH + """
                SELECT m.id, m.ags, m.name, d.district_key, d.name, r.status, r.population, r.reach
                FROM reach r JOIN municipality m ON m.id = r.id JOIN district d ON d.id = r.district_id
                ORDER BY m.ags""", today); ResultSet rs = q.executeQuery()) {
            List<MunicipalityLine> out = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                Coverage coverage = switch (rs.getInt(8)) {
                    case 2 -> Coverage.REACHED;
                    case 1 -> Coverage.THROUGH_ASSOCIATION;
                    default -> Coverage.NOT_REACHED;
                };
                out.add(new MunicipalityLine(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), coverage, List.copyOf(navigators.getOrDefault(id, Set.of())),
                        List.copyOf(coaches.getOrDefault(id, Set.of()))));
            }
            return out;
        }
    }

    /** Prepares {@code sql} with {@code day} bound to every parameter. */
    private static PreparedStatement prepare(Connection c, String sql, LocalDate day) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        int count = q.getParameterMetaData().getParameterCount();
        for (int i = 1; i <= count; i++) {
            q.setDate(i, Date.valueOf(day));
        }
        return q;
    }

    private static long single(Connection c, String sql, LocalDate day) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, day); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
