package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the funding feature reads for tables and figures, in standard SQL; sums in SQL. Writes
 * will live in the feature's service.
 */
public class FundingQueries {

    private final Database database;

    public FundingQueries(Database database) {
        this.database = database;
    }

    /** The figures the programme overview shows of this feature. */
    public record Figures(long expenses, BigDecimal expenseTotal) {
    }

    /** How many expenses there are and what they add up to (gross, scale 2). */
    public Figures figures() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(gross_amount), 0) FROM expense");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY));
            }
        });
    }
}
