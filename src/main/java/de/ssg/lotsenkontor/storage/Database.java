package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.I18n;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p><b>Durability.</b> What a commit reported as saved survives a crash of the process: the
 * database runs with {@code WRITE_DELAY=0} (H2 writes the changes of every commit to the file
 * before the commit returns, instead of up to half a second later in the background), and after
 * every write transaction {@code CHECKPOINT SYNC} asks the operating system to put the file on
 * the disk. Both were chosen by measurement (see README, "Durability"); the crash test proves
 * them. The system property {@value #DURABILITY_PROPERTY} ({@code commit}: the write delay only;
 * {@code h2-default}: neither) exists for the benchmark that measures what they cost.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** {@code sync} (default), {@code commit} or {@code h2-default}; for benchmarks only. */
    public static final String DURABILITY_PROPERTY = "lotsenkontor.durability";

    /** An empty H2 file is 16 KiB; anything larger without our schema history is a damaged file. */
    private static final long EMPTY_FILE_LIMIT = 32 * 1024;

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
                String message = String.valueOf(e.getMessage());
                // Flyway says the schema is current, yet tables or columns are missing: a damaged file
                boolean damaged = message.startsWith("Schema validation") || isDamaged(e);
                sessionFactory.completeExceptionally(e instanceof DatabaseOpenException ? e
                        : damaged ? new DatabaseDamagedException(paths, e)
                        : new DatabaseOpenException(paths.root(), message, e));
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
        } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw new DatabaseReadOnlyException(paths.root(), e);
        } catch (IOException e) {
            if (isReadOnlyFileSystem(e)) {
                throw new DatabaseReadOnlyException(paths.root(), e);
            }
            throw new DatabaseOpenException(paths.root(), I18n.text("storage.error.folderNotWritable"), e);
        }
        Path file = paths.databaseFileOnDisk();
        undoTornBulkTransaction(paths);
        boolean existed = Files.exists(file);
        if (!existed && !canCreateIn(paths.root())) {
            throw new DatabaseReadOnlyException(paths.root(), null);
        }
        long sizeBefore = existed ? sizeOf(file) : 0;
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(paths), "sa", "");
        pool.setMaxConnections(8);
        try {
            boolean current = schemaIsCurrent(paths, pool, sizeBefore);
            if (current && existed) {
                requireTables(paths, pool, entityClasses);
            }
            if (!current) {
                if (isReadOnly(pool)) {
                    throw new DatabaseReadOnlyException(paths.root(), null);
                }
                try {
                    migrate(paths, pool);
                } catch (DatabaseOpenException e) {
                    // an older schema that cannot be brought up to date in a file that held data
                    throw sizeBefore > EMPTY_FILE_LIMIT ? new DatabaseDamagedException(paths, e) : e;
                }
            }
            LockHolder.write(paths);
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
        String url = "jdbc:h2:retry:" + paths.databaseFile();
        return durability().equals("h2-default") ? url : url + ";WRITE_DELAY=0";
    }

    private static String durability() {
        return System.getProperty(DURABILITY_PROPERTY, "sync");
    }

    private static boolean syncAfterCommit() {
        return durability().equals("sync");
    }

    /** Puts what was committed on the disk ({@code CHECKPOINT SYNC}); a no-op in the benchmark's other modes. */
    private static void sync(Connection c) throws SQLException {
        if (syncAfterCommit()) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether a new file can be made in {@code folder} (also true for root on a writable file system). */
    private static boolean canCreateIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isReadOnlyFileSystem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof java.nio.file.ReadOnlyFileSystemException) {
                return true;
            }
            if (t instanceof FileSystemException f && f.getReason() != null
                    && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                return true;
            }
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Read-only file system") || m.contains("Permission denied")
                    || m.contains("read only"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReadOnly(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT READONLY()")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the database was opened read-only because its file or folder cannot be written. */
    public boolean readOnly() {
        return isReadOnly(pool);
    }

    /** Opens the file (taking H2's lock) and tells whether the schema is already at the latest version. */
    private static boolean schemaIsCurrent(DataPaths paths, JdbcConnectionPool pool, long sizeBefore) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) {
                    // H2 opens a cut-off file as an empty database; never take it for a new one
                    if (sizeBefore > EMPTY_FILE_LIMIT) {
                        throw new DatabaseDamagedException(paths, null);
                    }
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() && rs.getBoolean(2) && Migrations.LATEST.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(paths.root(), LockHolder.read(paths), e);
            }
            throw translate(paths, e);
        }
    }

    /**
     * A file cut off or damaged can open as an older state of itself: the migration history says
     * "current" while tables are missing. Every mapped entity's table must be there.
     */
    private static void requireTables(DataPaths paths, JdbcConnectionPool pool, List<Class<?>> entityClasses) {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw translate(paths, e);
        }
        for (Class<?> entity : entityClasses) {
            jakarta.persistence.Table table = entity.getAnnotation(jakarta.persistence.Table.class);
            if (table != null && !table.name().isEmpty()
                    && !present.contains(table.name().toLowerCase(java.util.Locale.ROOT))) {
                LOG.error("Table {} missing although the schema is current: damaged file", table.name());
                throw new DatabaseDamagedException(paths, null);
            }
        }
    }

    /** A failure of H2 as the user should hear it: damaged, read-only, or the engine's reason. */
    static RuntimeException translate(DataPaths paths, SQLException e) {
        if (isDamaged(e)) {
            return new DatabaseDamagedException(paths, e);
        }
        if (isReadOnlyFileSystem(e)) {
            return new DatabaseReadOnlyException(paths.root(), e);
        }
        return new DatabaseOpenException(paths.root(), e.getMessage(), e);
    }

    private static boolean isDamaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || s.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1)) {
                return true;
            }
            if (t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
        }
        return false;
    }

    /** A read-only database or folder, found in the causes of any failure; else null. */
    private RuntimeException readOnlyOrNull(Throwable e) {
        if (isDamaged(e)) {
            return new DatabaseDamagedException(paths, e);
        }
        return isReadOnlyFileSystem(e) ? new DatabaseReadOnlyException(paths.root(), e) : null;
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
            if (isReadOnlyFileSystem(e)) {
                throw new DatabaseReadOnlyException(paths.root(), e);
            }
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
        T result;
        try {
            result = sessionFactory().fromTransaction(work);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(I18n.text("storage.record"));
        } catch (HibernateException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentChangeException(I18n.text("storage.record"));
            }
            RuntimeException readOnly = readOnlyOrNull(e);
            throw readOnly != null ? readOnly : e;
        } catch (jakarta.persistence.PersistenceException e) {
            RuntimeException readOnly = readOnlyOrNull(e);
            throw readOnly != null ? readOnly : e;
        }
        syncAfterWrite();
        return result;
    }

    /** After a committed write: the file on the disk before success is reported. */
    private void syncAfterWrite() {
        if (!syncAfterCommit()) {
            return;
        }
        try (Connection c = pool.getConnection()) {
            sync(c);
        } catch (SQLException e) {
            throw translate(paths, e);
        }
    }

    /**
     * Runs a large write (an import, the demo data) in one transaction that stays whole even when
     * the process dies while H2 is committing it. H2 itself can leave a large transaction torn when
     * killed in the middle of its commit (the crash test found the first few thousand of 50,000
     * rows kept); so a consistent copy of the database is taken first ({@code BACKUP TO}, beside
     * the database), removed when the transaction has ended, and put back by the next
     * {@link #open} if the process died in between. Success is reported only after the copy is
     * gone, so nothing reported as saved is undone. Other writes of this program while the large
     * one runs would be undone with it after a crash; the window runs one such task at a time.
     */
    public <T> T inBulkTransaction(Function<Session, T> work) {
        takeBulkCopy();
        try {
            return inTransaction(work);
        } finally {
            dropBulkCopy();
        }
    }

    /**
     * A large write on one JDBC connection (the directory import), kept whole after a crash the
     * same way as {@link #inBulkTransaction}; the work commits itself.
     */
    public <T> T withBulkConnection(SqlWork<T> work) {
        takeBulkCopy();
        try {
            return withConnection(work);
        } finally {
            dropBulkCopy();
        }
    }

    /** The consistent copy of the database that the next {@link #open} puts back if the large write is torn. */
    private void takeBulkCopy() {
        Path journal = paths.bulkJournal();
        Path part = paths.root().resolve(journal.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
                }
                return null;
            });
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(part,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(part, journal, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DatabaseReadOnlyException(paths.root(), e);
        }
    }

    private void dropBulkCopy() {
        Path journal = paths.bulkJournal();
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            LOG.error("Could not remove {}", journal, e);
        }
    }

    /**
     * Puts back the copy taken before a large transaction when the process died during it (see
     * {@link #inBulkTransaction}); only when no other process holds the database.
     */
    private static void undoTornBulkTransaction(DataPaths paths) {
        Path journal = paths.bulkJournal();
        Path file = paths.databaseFileOnDisk();
        if (!Files.isRegularFile(journal) || !Files.isRegularFile(file)) {
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                return; // the holder is still at work; H2 will say the database is in use
            }
            try {
                Path restored = paths.root().resolve("lotsenkontor.mv.db.restoring");
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(journal.toFile())) {
                    java.util.zip.ZipEntry entry = zip.getEntry("lotsenkontor.mv.db");
                    if (entry == null) {
                        LOG.error("Copy {} holds no database; left as it is", journal);
                        return;
                    }
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, restored, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                lock.release();
                Files.move(restored, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.delete(journal);
                LOG.warn("The program ended during a large write in {}; the database was put back to"
                        + " before it", paths.root());
            } finally {
                if (lock.isValid()) {
                    lock.release();
                }
            }
        } catch (IOException e) {
            LOG.error("Could not undo an unfinished large write in {}", paths.root(), e);
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
        SessionFactory factory = sessionFactory();
        try {
            return factory.fromTransaction(session -> {
                session.setDefaultReadOnly(true);
                return work.apply(session);
            });
        } catch (jakarta.persistence.PersistenceException e) {
            RuntimeException known = isDamaged(e) ? new DatabaseDamagedException(paths, e) : null;
            throw known != null ? known : e;
        }
    }

    /**
     * Work on one JDBC connection, for reads that must be fast before Hibernate is up and for bulk
     * writes; available as soon as {@link #open} returned. Auto-commit is off: a writer commits.
     */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(syncingCommits(connection));
                connection.rollback(); // no-op after the writer's commit; drops anything left open
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                RuntimeException readOnly = e instanceof de.ssg.lotsenkontor.common.DomainException ? null
                        : readOnlyOrNull(e);
                if (readOnly != null) {
                    throw readOnly;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate(paths, e);
        }
    }

    /** The connection, except that {@code commit()} also puts the committed data on the disk. */
    private static Connection syncingCommits(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(connection, args);
                        if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                            sync(connection);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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
            LockHolder.clear(paths);
            LOG.info("Database {} closed", paths.root());
        }
    }
}
