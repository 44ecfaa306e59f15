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

    private static final String QUERY = """
            SELECT %s, COUNT(*), COALESCE(SUM(s.hours), 0)
            FROM coaching_session s
            JOIN municipality m ON m.id = s.municipality_id
            JOIN district d ON d.id = m.district_id
            WHERE s.session_date BETWEEN ? AND ?
            %s""";

    private final Database database;

    public CoachingFigures(Database database) {
        this.database = database;
    }

    /** Key null: the total; else the district key (a session counts for its municipality's district). */
    public Map<String, Figures> figures(LocalDate from, LocalDate to) {
        return database.withConnection(c -> {
            Map<String, Figures> by = new LinkedHashMap<>();
            for (boolean perDistrict : new boolean[] {false, true}) {
                try (PreparedStatement q = c.prepareStatement(QUERY.formatted(
                        perDistrict ? "d.district_key" : "CAST(NULL AS VARCHAR(5))",
                        perDistrict ? "GROUP BY d.district_key" : ""))) {
                    q.setObject(1, from);
                    q.setObject(2, to);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            by.put(rs.getString(1), new Figures(rs.getLong(2), rs.getBigDecimal(3).setScale(2)));
                        }
                    }
                }
            }
            return by;
        });
    }
}
