package de.ssg.lotsenkontor.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One INSERT statement for many rows through plain JDBC: {@link #add} collects rows in batches,
 * {@link #insert} writes one row at once and returns its generated id. Runs on the connection of
 * the surrounding Hibernate transaction, so everything still commits or rolls back together.
 */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH_SIZE = 1000;

    private final PreparedStatement statement;
    private int pending;
    private int written;

    private BatchInsert(PreparedStatement statement) {
        this.statement = statement;
    }

    /** For rows written in batches with {@link #add}. */
    static BatchInsert rows(Connection connection, String sql) throws SQLException {
        return new BatchInsert(connection.prepareStatement(sql));
    }

    /** For rows written one by one with {@link #insert}, whose ids are needed. */
    static BatchInsert returningIds(Connection connection, String sql) throws SQLException {
        return new BatchInsert(connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS));
    }

    /** Adds a row to the batch; values in the order of the statement's parameters (null for SQL NULL). */
    void add(Object... values) throws SQLException {
        bind(values);
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Writes one row now and returns its generated id. */
    long insert(Object... values) throws SQLException {
        bind(values);
        statement.executeUpdate();
        written++;
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void bind(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    /** Rows written so far, including the pending batch once closed. */
    int written() {
        return written + pending;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
