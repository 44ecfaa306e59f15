package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

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
}
