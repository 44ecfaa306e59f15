package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The coaching figures of a period for the Sachbericht: sessions and hours, in total and per district (SQL aggregates). */
public class CoachingFigures {

    /** Sessions and hours of one district (or in total). */
    public record Figures(long sessions, BigDecimal hours) {
        public static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2));
    }

    /**
     * One pass over the period's sessions (date index), summed per municipality; the at most 418
     * partial sums are added up per district, since every municipality lies in one district.
     */
    private static final String QUERY = """
            SELECT s.municipality_id, COUNT(*), SUM(s.hours)
            FROM coaching_session s
            WHERE s.session_date BETWEEN ? AND ?
            GROUP BY s.municipality_id""";
    private static final String DISTRICTS = """
            SELECT m.id, d.district_key FROM municipality m JOIN district d ON d.id = m.district_id""";

    private final Database database;

    public CoachingFigures(Database database) {
        this.database = database;
    }

    /** Key null: the total; else the district key (a session counts for its municipality's district). */
    public Map<String, Figures> figures(LocalDate from, LocalDate to) {
        return database.withConnection(c -> {
            Map<Long, String> districtOf = new java.util.HashMap<>();
            try (PreparedStatement q = c.prepareStatement(DISTRICTS); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    districtOf.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<String, long[]> sessions = new LinkedHashMap<>();
            Map<String, BigDecimal> hours = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement(QUERY)) {
                q.setObject(1, from);
                q.setObject(2, to);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        for (String key : new String[] {null, districtOf.get(rs.getLong(1))}) {
                            sessions.computeIfAbsent(key, k -> new long[1])[0] += rs.getLong(2);
                            hours.merge(key, rs.getBigDecimal(3), BigDecimal::add);
                        }
                    }
                }
            }
            Map<String, Figures> by = new LinkedHashMap<>();
            by.put(null, Figures.NONE);
            sessions.forEach((k, n) -> by.put(k, new Figures(n[0], hours.get(k).setScale(2))));
            return by;
        });
    }
}
