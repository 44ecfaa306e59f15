package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.storage.Database;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The navigators who work in or for a municipality, with the coach who looks after them today. */
public class MunicipalityNavigators {

    /** One navigator of a municipality; {@code coach} is null when nobody coaches them now. */
    public record Entry(long id, String name, NavigatorStatus status, String coach, boolean worksThere) {
    }

    private final Database database;
    private final Clock clock;

    public MunicipalityNavigators(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<Entry> of(long municipalityId) {
        Date today = Date.valueOf(LocalDate.now(clock));
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT n.id, n.first_name, n.last_name, n.status, co.first_name, co.last_name,
                           n.municipality_id = ? AS works_there
                    FROM navigator n
                    LEFT JOIN coaching_assignment a ON a.navigator_id = n.id AND a.valid_from <= ?
                         AND (a.valid_until IS NULL OR a.valid_until >= ?)
                    LEFT JOIN coach co ON co.id = a.coach_id
                    WHERE n.municipality_id = ?
                       OR n.id IN (SELECT nm.navigator_id FROM navigator_municipality nm WHERE nm.municipality_id = ?)
                    ORDER BY works_there DESC, n.last_name, n.first_name""")) {
                q.setLong(1, municipalityId);
                q.setDate(2, today);
                q.setDate(3, today);
                q.setLong(4, municipalityId);
                q.setLong(5, municipalityId);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String coach = rs.getString(5) == null ? null : rs.getString(5) + " " + rs.getString(6);
                        out.add(new Entry(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                                NavigatorStatus.valueOf(rs.getString(4)), coach, rs.getBoolean(7)));
                    }
                }
                return out;
            }
        });
    }
}
