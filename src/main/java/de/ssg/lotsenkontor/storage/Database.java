package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.I18n;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database, migrated by Flyway and mapped by Hibernate with
 * {@code hbm2ddl.auto=validate}.
 *
 * <p>Opening has two stages so that the window shows data quickly: {@link #open} returns as
 * soon as the schema is current and plain JDBC works ({@link #withConnection}); Hibernate boots
 * on a background thread ({@link #startMapping}), and {@link #inTransaction}/{@link #read} wait
 * for it. When the schema is already at {@link Migrations#LATEST}, Flyway's full validation runs
 * in that background stage too instead of delaying the start.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataPaths paths;
    private final JdbcConnectionPool pool;
    private final List<Class<?>> entityClasses;
    private final boolean validateMigrations;
    private final CompletableFuture<SessionFactory> sessionFactory = new CompletableFuture<>();
    private final AtomicBoolean mappingStarted = new AtomicBoolean();

    private Database(DataPaths paths, JdbcConnectionPool pool, List<Class<?>> entityClasses, boolean validateMigrations) {
        this.paths = paths;
        this.pool = pool;
        this.entityClasses = List.copyOf(entityClasses);
        this.validateMigrations = validateMigrations;
    }

    /**
     * Starts booting Hibernate on a background thread, once. The first {@link #read} or
     * {@link #inTransaction} does it too; the app calls it as soon as the first data is on screen.
     */
    public void startMapping() {
        if (!mappingStarted.compareAndSet(false, true)) {
            return;
        }
        Thread boot = new Thread(() -> {
            long start = System.nanoTime();
            try {
                if (validateMigrations) {
                    validateMigrations(paths, pool);
                }
                sessionFactory.complete(buildSessionFactory(pool, entityClasses));
                LOG.info("Hibernate ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (Throwable e) {
                LOG.error("Database mapping failed", e);
                sessionFactory.completeExceptionally(e instanceof DatabaseOpenException ? e
                        : new DatabaseOpenException(paths.root(), String.valueOf(e.getMessage()), e));
            }
        }, "lotsenkontor-hibernate-boot");
        boot.setDaemon(true);
        boot.start();
    }

    /**
     * Opens (and creates or migrates) the database in {@code paths}. Fails with
     * {@link DatabaseInUseException} when another process has it open.
     *
     * @param entityClasses every mapped entity; listed explicitly so start-up needs no scanning
     */
    public static Database open(DataPaths paths, List<Class<?>> entityClasses) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(paths.root());
        } catch (IOException e) {
            throw new DatabaseOpenException(paths.root(), I18n.text("storage.error.folderNotWritable"), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(paths), "sa", "");
        pool.setMaxConnections(8);
        try {
            boolean current = schemaIsCurrent(paths, pool);
            if (!current) {
                migrate(paths, pool);
            }
            LOG.info("Database {} ready for JDBC in {} ms (schema {})", paths.root(),
                    (System.nanoTime() - start) / 1_000_000, current ? "current" : "migrated");
            return new Database(paths, pool, entityClasses, current);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * The JDBC address of the database in {@code paths}. The {@code retry:} file system lets H2
     * reopen its file when a thread is interrupted in the middle of a write, instead of closing
     * the database.
     */
    public static String jdbcUrl(DataPaths paths) {
        return "jdbc:h2:retry:" + paths.databaseFile();
    }

    /** Opens the file (taking H2's lock) and tells whether the schema is already at the latest version. */
    private static boolean schemaIsCurrent(DataPaths paths, JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() && rs.getBoolean(2) && Migrations.LATEST.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(paths.root(), e);
            }
            throw new DatabaseOpenException(paths.root(), e.getMessage(), e);
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
    }

    private static void migrate(DataPaths paths, JdbcConnectionPool pool) {
        try {
            flyway(pool).migrate();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(paths.root(), e.getMessage(), e);
        }
    }

    private static void validateMigrations(DataPaths paths, JdbcConnectionPool pool) {
        try {
            flyway(pool).validate();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(paths.root(), e.getMessage(), e);
        }
    }

    private static SessionFactory buildSessionFactory(JdbcConnectionPool pool, List<Class<?>> entityClasses) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, pool)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public DataPaths paths() {
        return paths;
    }

    /**
     * Completes when Hibernate is ready after {@link #startMapping} (or failed: then exceptionally
     * with a {@link DatabaseOpenException}). Does not start it.
     */
    public CompletableFuture<Void> ready() {
        return sessionFactory.thenApply(sf -> null);
    }

    /** Runs {@code work} in one transaction and returns its result; rolls back on any exception. */
    public <T> T inTransaction(Function<Session, T> work) {
        try {
            return sessionFactory().fromTransaction(work);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(I18n.text("storage.record"));
        } catch (HibernateException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException(I18n.text("storage.record"));
            }
            throw e;
        }
    }

    /** Runs {@code work} in one transaction. */
    public void inTransactionDo(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Runs a read-only unit of work: entities are loaded read-only and nothing is flushed. */
    public <T> T read(Function<Session, T> work) {
        return sessionFactory().fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }

    /**
     * Work on one JDBC connection, for reads that must be fast before Hibernate is up and for bulk
     * writes; available as soon as {@link #open} returned. Auto-commit is off: a writer commits.
     */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.rollback(); // no-op after the writer's commit; drops anything left open
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(paths.root(), e.getMessage(), e);
        }
    }

    /** Work on one JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private SessionFactory sessionFactory() {
        startMapping();
        try {
            return sessionFactory.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (mappingStarted.get()) {
                SessionFactory sf = sessionFactory.handle((factory, error) -> factory).join();
                if (sf != null) {
                    sf.close();
                }
            }
        } finally {
            pool.dispose();
            LOG.info("Database {} closed", paths.root());
        }
    }
}
