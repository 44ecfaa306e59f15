package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * What the local-projects feature reads for tables and figures, in standard SQL. Writes will
 * live in the feature's service.
 */
public class ProjectQueries {

    private final Database database;

    public ProjectQueries(Database database) {
        this.database = database;
    }

    /** How many local projects there are. */
    public long count() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM local_project");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
