package de.ssg.lotsenkontor.municipality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which edition of the official municipality directory the data in use comes from: the edition
 * applied last (the bundled extract on a new database, later an imported one).
 *
 * @param referenceDate the edition's Gebietsstand, e.g. 31.12.2023
 * @param stateFilter   {@code 14} or {@code all}
 */
public record DirectoryStand(LocalDate referenceDate, String source, String stateFilter, Instant appliedAt) {

    /** The edition applied last, read with plain JDBC; empty on a database that never had one. */
    public static Optional<DirectoryStand> current(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT reference_date, source, state_filter, applied_at FROM directory_edition
                ORDER BY id DESC LIMIT 1""");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new DirectoryStand(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getTimestamp(4).toInstant()));
        }
    }
}
