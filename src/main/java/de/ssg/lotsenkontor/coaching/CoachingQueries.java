package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.coaching.CoachingRows.Board;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardColumn;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoachMonth;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageMunicipality;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.HistoryRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.MunicipalityReach;
import de.ssg.lotsenkontor.coaching.CoachingRows.Reach;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionNavigator;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.TopicRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.Total;
import de.ssg.lotsenkontor.coaching.CoachingRows.TotalBy;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the coaching feature reads for tables and figures: plain SQL into records, in standard
 * SQL. Writes live in {@link CoachingService}.
 */
public class CoachingQueries {

    private final Database database;

    public CoachingQueries(Database database) {
        this.database = database;
    }

    /** The figures the programme overview shows of this feature. */
    public record Figures(long activeAssignments, long sessions) {
    }

    /** How many assignments are active on {@code day}. */
    public long activeAssignments(LocalDate day) {
        return figures(day).activeAssignments();
    }

    /** Assignments active on {@code day} and all coaching sessions recorded. */
    public Figures figures(LocalDate day) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM coaching_assignment
                             WHERE valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?)),
                           (SELECT COUNT(*) FROM coaching_session)""")) {
                q.setObject(1, day);
                q.setObject(2, day);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return new Figures(rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }

    /** At most this many sessions are read into the table; the totals always count all. */
    public static final int SESSION_LIMIT = 20_000;

    private static final String SESSION_FROM = """
             FROM coaching_session s
             JOIN coach c ON c.id = s.coach_id
             JOIN municipality m ON m.id = s.municipality_id
             JOIN district d ON d.id = m.district_id
            """;

    /** Sessions matching {@code filter}, newest first, at most {@link #SESSION_LIMIT}. */
    public List<SessionRow> sessions(SessionFilter filter) {
        return sessions(filter, SESSION_LIMIT);
    }

    /** Sessions matching {@code filter}, newest first, at most {@code limit} (the workbook reads all). */
    public List<SessionRow> sessions(SessionFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String sql = "SELECT s.id, s.version, s.session_date, c.id, c.first_name, c.last_name, m.id, m.name, d.name,"
                + " s.hours, s.session_format, s.topic, s.note" + SESSION_FROM + where
                + " ORDER BY s.session_date DESC, s.id DESC FETCH FIRST " + limit + " ROWS ONLY";
        return database.withConnection(c -> {
            record Head(long id, int version, LocalDate date, long coachId, String coach, long municipalityId,
                    String municipality, String district, BigDecimal hours, SessionFormat format, String topic,
                    String note) {
            }
            List<Head> heads = new ArrayList<>();
            try (PreparedStatement q = prepare(c, sql, params); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    heads.add(new Head(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
                            rs.getString(5) + " " + rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                            rs.getBigDecimal(10), SessionFormat.valueOf(rs.getString(11)), rs.getString(12),
                            rs.getString(13)));
                }
            }
            Map<Long, List<SessionNavigator>> navigators = navigatorsOf(c, heads.stream().map(Head::id).toList());
            List<SessionRow> rows = new ArrayList<>(heads.size());
            for (Head h : heads) {
                rows.add(new SessionRow(h.id(), h.version(), h.date(), h.coachId(), h.coach(), h.municipalityId(),
                        h.municipality(), h.district(), navigators.getOrDefault(h.id(), List.of()), h.hours(),
                        h.format(), h.topic(), h.note()));
            }
            return rows;
        });
    }

    /** The navigators of the given sessions, by session, sorted by name; read in chunks of ids. */
    private static Map<Long, List<SessionNavigator>> navigatorsOf(Connection c, List<Long> sessionIds)
            throws SQLException {
        Map<Long, List<SessionNavigator>> by = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT sn.session_id, n.id, n.first_name, n.last_name
                  FROM coaching_session_navigator sn JOIN navigator n ON n.id = sn.navigator_id
                 WHERE sn.session_id = ANY(?)
                 ORDER BY sn.session_id, n.last_name, n.first_name, n.id""")) {
            for (int from = 0; from < sessionIds.size(); from += 5_000) {
                Long[] chunk = sessionIds.subList(from, Math.min(sessionIds.size(), from + 5_000))
                        .toArray(Long[]::new);
                q.setArray(1, c.createArrayOf("BIGINT", chunk));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        by.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new SessionNavigator(rs.getLong(2), rs.getString(3) + " " + rs.getString(4)));
                    }
                }
            }
        }
        return by;
    }

    /** Sessions and hours of the sessions matching {@code filter}, grouped {@code by}, computed by the database. */
    public List<Total> totals(TotalBy by, SessionFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String group = switch (by) {
            case COACH -> "c.last_name || ', ' || c.first_name";
            case MUNICIPALITY -> "m.name || ' (' || d.name || ')'";
            case DISTRICT -> "d.name";
            case MONTH -> "CAST(EXTRACT(YEAR FROM s.session_date) AS VARCHAR(4)) || '-'"
                    + " || LPAD(CAST(EXTRACT(MONTH FROM s.session_date) AS VARCHAR(2)), 2, '0')";
            case YEAR -> "CAST(EXTRACT(YEAR FROM s.session_date) AS VARCHAR(4))";
        };
        String sql = "SELECT " + group + " AS g, COUNT(*), COALESCE(SUM(s.hours), 0)" + SESSION_FROM + where
                + " GROUP BY " + group + " ORDER BY g";
        return database.withConnection(c -> {
            try (PreparedStatement q = prepare(c, sql, params); ResultSet rs = q.executeQuery()) {
                List<Total> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3).setScale(2)));
                }
                return rows;
            }
        });
    }

    /**
     * Sessions and hours per coach and month of {@code year} (one coach when {@code coachId} is set),
     * read from the month totals kept by {@link CoachingMonthTotals}.
     */
    public List<CoachMonth> coachMonths(int year, Long coachId) {
        // the month totals the service keeps beside the sessions: at most 12 rows per coach, not a year of sessions
        String sql = """
                SELECT c.id, c.first_name, c.last_name, t.total_month, t.sessions, t.hours
                  FROM coaching_month_total t JOIN coach c ON c.id = t.coach_id
                 WHERE t.total_year = ?""" + (coachId == null ? "" : " AND t.coach_id = ?") + """

                 ORDER BY c.last_name, c.first_name, c.id, t.total_month""";
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setInt(1, year);
                if (coachId != null) {
                    q.setLong(2, coachId);
                }
                try (ResultSet rs = q.executeQuery()) {
                    List<CoachMonth> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new CoachMonth(rs.getLong(1), rs.getString(2) + " " + rs.getString(3), rs.getInt(4),
                                rs.getLong(5), rs.getBigDecimal(6).setScale(2)));
                    }
                    return rows;
                }
            }
        });
    }

    /** All hours ever recorded, and per year, for the statistics. */
    public BigDecimal totalHours() {
        return hoursByYear().values().stream().reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    public SortedMap<Integer, BigDecimal> hoursByYear() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT EXTRACT(YEAR FROM session_date) AS y, SUM(hours) FROM coaching_session
                     GROUP BY EXTRACT(YEAR FROM session_date) ORDER BY y""");
                    ResultSet rs = q.executeQuery()) {
                SortedMap<Integer, BigDecimal> years = new TreeMap<>();
                while (rs.next()) {
                    years.put(rs.getInt(1), rs.getBigDecimal(2).setScale(2));
                }
                return years;
            }
        });
    }

    /** The topic list, in its order. */
    public List<TopicRow> topics() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, version, name FROM coaching_topic ORDER BY position, name");
                    ResultSet rs = q.executeQuery()) {
                List<TopicRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new TopicRow(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                }
                return rows;
            }
        });
    }

    /** The last format recorded, for the fast entry (vor Ort when none yet). */
    public SessionFormat lastFormat() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT session_format FROM coaching_session ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? SessionFormat.valueOf(rs.getString(1)) : SessionFormat.VOR_ORT;
            }
        });
    }

    /** The coach who coaches navigator {@code navigatorId} on {@code day}, if any. */
    public Long coachOf(long navigatorId, LocalDate day) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT coach_id FROM coaching_assignment WHERE navigator_id = ? AND valid_from <= ?
                       AND (valid_until IS NULL OR valid_until >= ?)""")) {
                q.setLong(1, navigatorId);
                q.setObject(2, day);
                q.setObject(3, day);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
    }

    /** The assignment board on {@code day}: active coaches with their navigators, and the navigators without. */
    public Board board(LocalDate day) {
        return database.withConnection(c -> {
            Map<Long, BoardColumn> columns = new LinkedHashMap<>();
            Map<Long, List<String>> focus = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT f.coach_id, d.district_key FROM coach_focus_district f JOIN district d ON d.id = f.district_id""");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    focus.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT id, first_name, last_name, capacity FROM coach
                     WHERE active_from <= ? AND (active_until IS NULL OR active_until >= ?)
                     ORDER BY last_name, first_name, id""")) {
                q.setObject(1, day);
                q.setObject(2, day);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        columns.put(id, new BoardColumn(id, rs.getString(2) + " " + rs.getString(3), rs.getInt(4),
                                focus.getOrDefault(id, List.of()), new ArrayList<>()));
                    }
                }
            }
            List<BoardCard> without = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT n.id, n.first_name, n.last_name, m.id, m.name, d.name, d.district_key, a.coach_id,
                           a.valid_from
                      FROM navigator n
                      JOIN municipality m ON m.id = n.municipality_id
                      JOIN district d ON d.id = m.district_id
                      LEFT JOIN coaching_assignment a ON a.navigator_id = n.id AND a.valid_from <= ?
                           AND (a.valid_until IS NULL OR a.valid_until >= ?)
                     WHERE n.status <> 'INAKTIV' AND n.since <= ? AND (n.until IS NULL OR n.until >= ?)
                     ORDER BY n.last_name, n.first_name, n.id""")) {
                for (int i = 1; i <= 4; i++) {
                    q.setObject(i, day);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long coachId = rs.getLong(8);
                        boolean hasCoach = !rs.wasNull();
                        BoardCard card = new BoardCard(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                hasCoach ? coachId : null, rs.getObject(9, LocalDate.class));
                        BoardColumn column = hasCoach ? columns.get(coachId) : null;
                        if (column != null) {
                            column.cards().add(card);
                        } else if (!hasCoach) {
                            without.add(card);
                        }
                    }
                }
            }
            return new Board(List.copyOf(columns.values()), without);
        });
    }

    /**
     * The navigators {@code coachId} coaches on {@code day} (assignment running that day), by name,
     * as board cards (with municipality, district and the assignment's first day).
     */
    public List<BoardCard> navigatorsOf(long coachId, LocalDate day) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT n.id, n.first_name, n.last_name, m.id, m.name, d.name, d.district_key, a.valid_from
                      FROM coaching_assignment a
                      JOIN navigator n ON n.id = a.navigator_id
                      JOIN municipality m ON m.id = n.municipality_id
                      JOIN district d ON d.id = m.district_id
                     WHERE a.coach_id = ? AND a.valid_from <= ? AND (a.valid_until IS NULL OR a.valid_until >= ?)
                     ORDER BY n.last_name, n.first_name, n.id""")) {
                q.setLong(1, coachId);
                q.setObject(2, day);
                q.setObject(3, day);
                try (ResultSet rs = q.executeQuery()) {
                    List<BoardCard> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new BoardCard(rs.getLong(1), rs.getString(2) + " " + rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), coachId,
                                rs.getObject(8, LocalDate.class)));
                    }
                    return out;
                }
            }
        });
    }

    /** Every assignment of a navigator, newest first. */
    public List<HistoryRow> history(long navigatorId) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.id, c.first_name, c.last_name, a.valid_from, a.valid_until, a.end_reason
                      FROM coaching_assignment a JOIN coach c ON c.id = a.coach_id
                     WHERE a.navigator_id = ? ORDER BY a.valid_from DESC, a.id DESC""")) {
                q.setLong(1, navigatorId);
                try (ResultSet rs = q.executeQuery()) {
                    List<HistoryRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new HistoryRow(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)));
                    }
                    return rows;
                }
            }
        });
    }

    /** A navigator counts on {@code ?} when trained, begun and not yet left (two parameters: the day). */
    private static final String NAVIGATOR_ON_DAY = "n.status <> 'IN_QUALIFIZIERUNG' AND n.since <= ?"
            + " AND (n.until IS NULL OR n.until >= ?)";

    private static final String REACH = """
            WITH own AS (SELECT DISTINCT n.municipality_id AS mid FROM navigator n WHERE %1$s),
                 served AS (SELECT DISTINCT nm.municipality_id AS mid FROM navigator_municipality nm
                             JOIN navigator n ON n.id = nm.navigator_id WHERE %1$s)
            """.formatted(NAVIGATOR_ON_DAY);

    /** Coverage per district on {@code day}, with how many were reached on {@code since}. */
    public List<CoverageRow> coverage(LocalDate day, LocalDate since) {
        return database.withConnection(c -> {
            Map<String, Integer> before = new HashMap<>();
            for (CoverageRow r : coverageOn(c, since, Map.of())) {
                before.put(r.districtKey(), r.reached());
            }
            return coverageOn(c, day, before);
        });
    }

    private static List<CoverageRow> coverageOn(Connection c, LocalDate day, Map<String, Integer> before)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(REACH + """
                SELECT d.district_key, d.name, COUNT(*),
                       SUM(CASE WHEN m.participation_status = 'AKTIV' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN o.mid IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN o.mid IS NULL AND v.mid IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(COALESCE(m.population, 0)),
                       SUM(CASE WHEN o.mid IS NOT NULL OR v.mid IS NOT NULL THEN COALESCE(m.population, 0) ELSE 0 END)
                  FROM municipality m
                  JOIN district d ON d.id = m.district_id
                  LEFT JOIN own o ON o.mid = m.id
                  LEFT JOIN served v ON v.mid = m.id
                 WHERE m.dissolved_on IS NULL
                 GROUP BY d.district_key, d.name
                 ORDER BY d.name""")) {
            for (int i = 1; i <= 4; i++) {
                q.setObject(i, day);
            }
            try (ResultSet rs = q.executeQuery()) {
                List<CoverageRow> rows = new ArrayList<>();
                while (rs.next()) {
                    String key = rs.getString(1);
                    rows.add(new CoverageRow(key, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getLong(7), rs.getLong(8), before.getOrDefault(key, 0)));
                }
                return rows;
            }
        }
    }

    /** Participating municipalities that no active navigator reaches on {@code day}, largest first. */
    public List<CoverageMunicipality> participatingWithoutNavigator(LocalDate day) {
        return municipalities(day, "m.participation_status = 'AKTIV' AND o.mid IS NULL AND v.mid IS NULL");
    }

    /**
     * Municipalities not yet participating that share their administrative association with a
     * reached one: the cheapest next step, largest first.
     */
    public List<CoverageMunicipality> nextSteps(LocalDate day) {
        return municipalities(day, "m.participation_status IN ('NICHT_BETEILIGT', 'INTERESSIERT')"
                + " AND o.mid IS NULL AND v.mid IS NULL AND m.association_id IN (SELECT m2.association_id"
                + " FROM municipality m2 WHERE m2.association_id IS NOT NULL AND (m2.id IN (SELECT mid FROM own)"
                + " OR m2.id IN (SELECT mid FROM served)))");
    }

    /** Every municipality with its participation and how it is reached on {@code day}, by district and name. */
    public List<MunicipalityReach> municipalityReach(LocalDate day) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(REACH + """
                    SELECT m.id, m.name, d.district_key, d.name, COALESCE(m.population, 0), aa.name,
                           m.participation_status,
                           CASE WHEN o.mid IS NOT NULL THEN 'OWN' WHEN v.mid IS NOT NULL THEN 'ASSOCIATION'
                                ELSE 'NONE' END
                      FROM municipality m
                      JOIN district d ON d.id = m.district_id
                      LEFT JOIN admin_association aa ON aa.id = m.association_id
                      LEFT JOIN own o ON o.mid = m.id
                      LEFT JOIN served v ON v.mid = m.id
                     WHERE m.dissolved_on IS NULL
                     ORDER BY d.name, m.name""")) {
                for (int i = 1; i <= 4; i++) {
                    q.setObject(i, day);
                }
                try (ResultSet rs = q.executeQuery()) {
                    List<MunicipalityReach> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new MunicipalityReach(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getString(6),
                                ParticipationStatus.valueOf(rs.getString(7)), Reach.valueOf(rs.getString(8))));
                    }
                    return rows;
                }
            }
        });
    }

    private List<CoverageMunicipality> municipalities(LocalDate day, String condition) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(REACH + """
                    SELECT m.id, m.name, d.name, COALESCE(m.population, 0), aa.name
                      FROM municipality m
                      JOIN district d ON d.id = m.district_id
                      LEFT JOIN admin_association aa ON aa.id = m.association_id
                      LEFT JOIN own o ON o.mid = m.id
                      LEFT JOIN served v ON v.mid = m.id
                     WHERE m.dissolved_on IS NULL""" + " AND " + condition + """

                     ORDER BY COALESCE(m.population, 0) DESC, m.name""")) {
                for (int i = 1; i <= 4; i++) {
                    q.setObject(i, day);
                }
                try (ResultSet rs = q.executeQuery()) {
                    List<CoverageMunicipality> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new CoverageMunicipality(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4), rs.getString(5)));
                    }
                    return rows;
                }
            }
        });
    }

    private static String where(SessionFilter f, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (f.coachId() != null) {
            parts.add("c.id = ?");
            params.add(f.coachId());
        }
        if (f.districtKey() != null) {
            parts.add("d.district_key = ?");
            params.add(f.districtKey());
        }
        if (f.municipalityId() != null) {
            parts.add("m.id = ?");
            params.add(f.municipalityId());
        }
        if (f.format() != null) {
            parts.add("s.session_format = ?");
            params.add(f.format().name());
        }
        if (f.topic() != null) {
            parts.add("s.topic = ?");
            params.add(f.topic());
        }
        if (f.from() != null) {
            parts.add("s.session_date >= ?");
            params.add(Date.valueOf(f.from()));
        }
        if (f.until() != null) {
            parts.add("s.session_date <= ?");
            params.add(Date.valueOf(f.until()));
        }
        if (f.search() != null && !f.search().isBlank()) {
            for (String word : f.search().strip().toLowerCase(Locale.GERMAN).split("\\s+")) {
                parts.add("(LOWER(c.first_name || ' ' || c.last_name || ' ' || m.name || ' ' || s.topic || ' '"
                        + " || COALESCE(s.note, '')) LIKE ? OR EXISTS (SELECT 1 FROM coaching_session_navigator sn"
                        + " JOIN navigator n ON n.id = sn.navigator_id WHERE sn.session_id = s.id"
                        + " AND LOWER(n.first_name || ' ' || n.last_name) LIKE ?))");
                String like = "%" + word.replace("%", "").replace("_", "") + "%";
                params.add(like);
                params.add(like);
            }
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setObject(i + 1, params.get(i));
        }
        return q;
    }
}
