package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.DomainException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database: one zip file that can be checked, holding the database as an SQL
 * script ({@code lotsenkontor.sql}, H2's {@code SCRIPT}) and a {@link BackupManifest} ({@code
 * manifest.json}: schema version, rows per table, money totals, time, program version and the
 * script's SHA-256). {@link #restore} verifies a file completely (checksum, then the rebuilt
 * database against the manifest's counts and totals) before anything is replaced, keeps the
 * current database as a backup first and refuses a backup of a newer schema. Automatic backups
 * ({@link #automaticIfDue}) go to {@code backups/} in the data folder, at most one a day, the
 * newest {@link BackupSettings#keep()} kept.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    static final String SCRIPT_ENTRY = "lotsenkontor.sql";
    static final String MANIFEST_ENTRY = "manifest.json";
    public static final String EXTENSION = ".zip";
    static final String AUTO_PREFIX = "lotsenkontor-auto-";
    private static final Pattern AUTO_NAME = Pattern.compile("lotsenkontor-auto-(\\d{4}-\\d{2}-\\d{2})_\\d{6}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Backups() {
    }

    /** A suggested file name for a manual backup made now, e.g. {@code lotsenkontor-2026-12-01_141500.zip}. */
    public static String suggestedName(Clock clock) {
        return "lotsenkontor-" + LocalDateTime.now(clock).format(STAMP) + EXTENSION;
    }

    /**
     * Writes a backup of {@code database} to {@code target} (replacing it only when complete) and
     * checks the written file; returns its manifest.
     */
    public static BackupManifest create(Database database, Path target, String programVersion) {
        Path folder = target.toAbsolutePath().getParent();
        Path part = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            BackupManifest manifest = database.withConnection(c -> {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (OutputStream file = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(file)) {
                    zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                    MessageDigest sha = sha256();
                    Writer sql = new BufferedWriter(new OutputStreamWriter(
                            new DigestOutputStream(new NonClosing(zip), sha), StandardCharsets.UTF_8));
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS")) {
                        while (rs.next()) {
                            sql.write(rs.getString(1));
                            sql.write('\n');
                        }
                    }
                    sql.flush();
                    zip.closeEntry();
                    BackupManifest m = describe(c, programVersion, database.paths().root().toString(),
                            HexFormat.of().formatHex(sha.digest()));
                    zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                    zip.write(m.toJson().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    zip.finish();
                    return m;
                } catch (IOException e) {
                    throw new BackupFailedException(target, e);
                }
            });
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            verify(target);
            LOG.info("Backup written to {} ({} tables)", target, manifest.rowCounts().size());
            return manifest;
        } catch (IOException e) {
            throw new BackupFailedException(target, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("Could not remove {}", part, e);
            }
        }
    }

    /** Checks {@code file} (a zip with manifest and script, the checksum right) and returns its manifest. */
    public static BackupManifest verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DomainException("storage.backup.notFound", file.toString());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST_ENTRY);
            ZipEntry script = zip.getEntry(SCRIPT_ENTRY);
            if (manifestEntry == null || script == null) {
                throw new DomainException("storage.backup.notABackup", file.toString());
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = BackupManifest.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            if (manifest == null) {
                throw new DomainException("storage.backup.notABackup", file.toString());
            }
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(script), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(manifest.scriptSha256())) {
                throw new DomainException("storage.backup.checksum", file.toString());
            }
            return manifest;
        } catch (IOException e) {
            throw new DomainException(e, "storage.backup.damaged", file.toString());
        }
    }

    /**
     * Replaces the database in {@code paths} by the backup {@code file}. No program may have the
     * database open (this one neither). Verifies first, rebuilds the database from the script into
     * a temporary file and compares it with the manifest; only then keeps the current database as a
     * backup in {@code backups/} (or, when it cannot be opened, moves the damaged file there) and
     * puts the rebuilt one in its place.
     */
    public static RestoreResult restore(DataPaths paths, Path file, String programVersion) {
        BackupManifest manifest = verify(file);
        if (compareVersions(manifest.schemaVersion(), Migrations.LATEST) > 0) {
            throw new DomainException("storage.backup.newerSchema", file.toString(), manifest.schemaVersion(),
                    Migrations.LATEST, manifest.programVersion());
        }
        Path work;
        try {
            Files.createDirectories(paths.temp());
            work = Files.createTempDirectory(paths.temp(), "restore-");
        } catch (IOException e) {
            throw new DatabaseReadOnlyException(paths.root(), e);
        }
        try {
            Path rebuilt = rebuild(file, manifest, work);
            Path kept = keepCurrent(paths, programVersion);
            Files.move(rebuilt, paths.databaseFileOnDisk(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Restored {} into {} (previous database kept as {})", file, paths.root(), kept);
            return new RestoreResult(manifest, kept);
        } catch (IOException e) {
            throw new DomainException(e, "storage.backup.restoreFailed", file.toString(), String.valueOf(e.getMessage()));
        } finally {
            deleteTree(work);
        }
    }

    /** The result of a restore: what was restored, and where the database before it was kept (or null). */
    public record RestoreResult(BackupManifest manifest, Path previousKeptAs) {
    }

    /** Runs the verified script into a new database under {@code work} and checks it against the manifest. */
    private static Path rebuild(Path file, BackupManifest manifest, Path work) throws IOException {
        Path script = work.resolve(SCRIPT_ENTRY);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(SCRIPT_ENTRY)), sha)) {
                Files.copy(in, script);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(manifest.scriptSha256())) {
                throw new DomainException("storage.backup.checksum", file.toString());
            }
        }
        Path base = work.resolve("lotsenkontor");
        String url = "jdbc:h2:" + base + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            }
            BackupManifest rebuilt = describe(c, manifest.programVersion(), "", manifest.scriptSha256());
            if (!rebuilt.sameContents(manifest)) {
                throw new DomainException("storage.backup.contentsDiffer", file.toString());
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new DomainException(e, "storage.backup.damaged", file.toString());
        }
        return work.resolve("lotsenkontor.mv.db");
    }

    /** Keeps the database before a restore in {@code backups/}; returns where (null when there was none). */
    private static Path keepCurrent(DataPaths paths, String programVersion) throws IOException {
        if (!Files.exists(paths.databaseFileOnDisk())) {
            return null;
        }
        Files.createDirectories(paths.backups());
        String stamp = LocalDateTime.now().format(STAMP);
        try (Database current = Database.open(paths, List.of())) {
            Path kept = paths.backups().resolve("lotsenkontor-vor-wiederherstellung-" + stamp + EXTENSION);
            create(current, kept, programVersion);
            return kept;
        } catch (DatabaseDamagedException e) {
            Path kept = paths.backups().resolve("lotsenkontor-beschaedigt-" + stamp + ".mv.db");
            Files.move(paths.databaseFileOnDisk(), kept, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        }
    }

    /**
     * The automatic backup: when none was made today, writes one into {@code backups/} and keeps
     * only the newest {@code keep}. Returns the file written, or empty when one was already made today.
     */
    public static Optional<Path> automaticIfDue(Database database, Clock clock, int keep, String programVersion) {
        Path folder = database.paths().backups();
        LocalDateTime now = LocalDateTime.now(clock);
        String today = now.toLocalDate().toString();
        List<Path> existing = automatic(folder);
        if (existing.stream().anyMatch(p -> dateOf(p).equals(today))) {
            return Optional.empty();
        }
        Path target = folder.resolve(AUTO_PREFIX + now.format(STAMP) + EXTENSION);
        create(database, target, programVersion);
        List<Path> all = automatic(folder);
        for (int i = 0; i < all.size() - Math.max(1, keep); i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                LOG.warn("Could not remove old backup {}", all.get(i), e);
            }
        }
        return Optional.of(target);
    }

    /** The automatic backups in {@code folder}, oldest first. */
    static List<Path> automatic(Path folder) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, AUTO_PREFIX + "*" + EXTENSION)) {
            files.forEach(p -> {
                if (AUTO_NAME.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private static String dateOf(Path autoBackup) {
        var m = AUTO_NAME.matcher(autoBackup.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    /** The newest backup file in the data folder's {@code backups/}, automatic or not. */
    public static Optional<Path> newest(DataPaths paths) {
        if (!Files.isDirectory(paths.backups())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(paths.backups())) {
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .max(Comparator.comparing(Backups::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** When {@code backup} was written, as the user reads it ({@code 01.12.2026 14:15}). */
    public static String describeTime(Path backup) {
        return LocalDateTime.ofInstant(modified(backup), ZoneId.systemDefault()).format(SHOWN);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** The manifest of the database as it is now (counts and totals), without writing a file. */
    public static BackupManifest describe(Database database, String programVersion) {
        return database.withConnection(c -> describe(c, programVersion, database.paths().root().toString(), ""));
    }

    static BackupManifest describe(Connection c, String programVersion, String folder, String sha) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PUBLIC." + quote(table))) {
                rs.next();
                counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
            }
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        List<String[]> money = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND DATA_TYPE IN ('DECIMAL', 'NUMERIC') AND NUMERIC_SCALE = 2"
                        + " ORDER BY TABLE_NAME, COLUMN_NAME")) {
            while (rs.next()) {
                money.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] column : money) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM("
                    + quote(column[1]) + "), 0) FROM PUBLIC." + quote(column[0]))) {
                rs.next();
                totals.put((column[0] + "." + column[1]).toLowerCase(java.util.Locale.ROOT),
                        rs.getBigDecimal(1).setScale(2, java.math.RoundingMode.UNNECESSARY));
            }
        }
        return new BackupManifest(programVersion, schemaVersion(c), Instant.now(), folder, counts, totals, sha);
    }

    private static String schemaVersion(Connection c) throws SQLException {
        String newest = "0";
        try (ResultSet t = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
            if (!t.next()) {
                return newest;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM"
                + " \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (compareVersions(rs.getString(1), newest) > 0) {
                    newest = rs.getString(1);
                }
            }
        }
        return newest;
    }

    /** Compares Flyway versions such as {@code 2} and {@code 2.1} part by part, as numbers. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0;
            long q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove {}", folder, e);
        }
    }

    /** Lets the script writer flush into the zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A backup could not be written. */
    public static final class BackupFailedException extends DomainException {
        private static final long serialVersionUID = 1L;

        BackupFailedException(Path target, IOException cause) {
            super(cause, "storage.backup.writeFailed", target.toString(),
                    cause instanceof java.nio.file.AccessDeniedException
                            ? de.ssg.lotsenkontor.common.I18n.text("storage.backup.noPermission")
                            : String.valueOf(cause.getMessage()));
        }
    }
}
