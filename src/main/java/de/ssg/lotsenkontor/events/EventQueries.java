package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * What the events feature reads for tables and figures, in standard SQL. Writes will live in the
 * feature's service.
 */
public class EventQueries {

    private final Database database;

    public EventQueries(Database database) {
        this.database = database;
    }

    /** How many events there are. */
    public long count() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM event");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
