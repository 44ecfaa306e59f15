package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryDiff.AssociationUpdate;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryDiff.DistrictUpdate;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryDiff.MunicipalityUpdate;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryDiff.Plan;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.AssociationEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.DistrictEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.MunicipalityEntry;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an edition of the official municipality directory (Destatis GV-ISys "Auszug GV"):
 * {@link #read} the file, {@link #preview} the differences, {@link #apply} them in one
 * transaction.
 *
 * <p>Everything runs on plain JDBC: a dry run never waits for Hibernate, and applying is one
 * connection, one transaction, committed at the very end and rolled back on any error or
 * cancellation. Rows it changes get their {@code version} raised, so a form that still shows the
 * old state reports a concurrent change instead of overwriting the new one.
 *
 * <p>A municipality the file no longer lists is never deleted, whatever hangs on it: it is marked
 * as no longer existing ({@code dissolved_on} = the edition's reference date). Deleting would
 * lose its history (participation, sessions, projects) and break reports of past years; the
 * mark keeps it out of current counts and lists while the history stays. Those that still have
 * programme data attached are listed in the result for the user to resolve.
 */
public final class DirectoryImportService {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryImportService.class);
    private static final int STEPS = 5;

    private final Database database;
    private final Clock clock;

    public DirectoryImportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Reads and checks the file (streaming); changes nothing. */
    public DirectoryFile read(Path file, StateFilter state, Progress progress) {
        return GvIsysReader.read(file, state, progress);
    }

    /** The differences between {@code file} and the database; changes nothing. */
    public DirectoryPreview preview(DirectoryFile file) {
        return database.withConnection(c -> plan(c, file).preview());
    }

    /** The edition the data in use comes from (the one applied last). */
    public Optional<DirectoryStand> current() {
        return database.withConnection(DirectoryStand::current);
    }

    private static Plan plan(Connection c, DirectoryFile file) throws SQLException {
        DirectorySnapshot snapshot = DirectorySnapshot.read(c);
        return DirectoryDiff.plan(file, snapshot, m -> DirectorySnapshot.references(c, m));
    }

    /**
     * Applies {@code file} in one transaction: compares again against the database as it is now,
     * then creates and renames districts and associations, adds and updates municipalities, marks
     * vanished ones, and records the edition. Any failure (or a cancellation through
     * {@code progress}) rolls everything back.
     */
    public DirectoryImportResult apply(DirectoryFile file, Progress progress) {
        long start = System.nanoTime();
        // kept whole even when the program dies while the engine commits 10,000 rows
        DirectoryImportResult result = database.withBulkConnection(c -> {
            try {
                Plan plan = plan(c, file);
                progress.update(0, STEPS, I18n.text("directory.progress.units"));
                Map<String, Long> districtIds = districts(c, plan);
                Map<String, Long> associationIds = associations(c, plan, districtIds);
                progress.update(1, STEPS, I18n.text("directory.progress.municipalities"));
                municipalities(c, plan, districtIds, associationIds);
                progress.update(2, STEPS, I18n.text("directory.progress.vanished"));
                vanish(c, plan, file);
                progress.update(3, STEPS, I18n.text("directory.progress.edition"));
                long edition = recordEdition(c, file, plan.preview());
                progress.update(4, STEPS, I18n.text("directory.progress.commit"));
                c.commit();
                progress.update(STEPS, STEPS, I18n.text("directory.progress.done"));
                return new DirectoryImportResult(plan.preview(), edition);
            } catch (Error e) {
                c.rollback();
                throw e;
            }
        });
        DirectoryPreview p = result.applied();
        LOG.info("Applied directory {} ({}, state {}): {} found, {} new, {} renamed, {} changed, {} vanished in {} ms",
                p.fileName(), p.referenceDate(), p.state(), p.found(), p.added().size(), p.renamed().size(),
                p.changed().size(), p.vanished().size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static Map<String, Long> districts(Connection c, Plan plan) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district_key, id FROM district")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO district (district_key, name, district_type, region_name) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (DistrictEntry d : plan.newDistricts()) {
                insert.setString(1, d.key());
                insert.setString(2, d.name());
                insert.setString(3, d.type().name());
                insert.setString(4, d.regionName());
                insert.executeUpdate();
                ids.put(d.key(), generatedId(insert));
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE district SET name = ?, district_type = ?, region_name = ?, version = version + 1 WHERE id = ?")) {
            for (DistrictUpdate u : plan.districtUpdates()) {
                update.setString(1, u.entry().name());
                update.setString(2, u.entry().type().name());
                update.setString(3, u.entry().regionName());
                update.setLong(4, u.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return ids;
    }

    private static Map<String, Long> associations(Connection c, Plan plan, Map<String, Long> districtIds)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT association_key, id FROM admin_association")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO admin_association (association_key, name, association_type, district_id) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (AssociationEntry a : plan.newAssociations()) {
                insert.setString(1, a.key());
                insert.setString(2, a.name());
                insert.setString(3, a.type().name());
                insert.setLong(4, districtId(districtIds, a.districtKey()));
                insert.executeUpdate();
                ids.put(a.key(), generatedId(insert));
            }
        }
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE admin_association SET name = ?, association_type = ?, district_id = ?, version = version + 1
                WHERE id = ?""")) {
            for (AssociationUpdate u : plan.associationUpdates()) {
                update.setString(1, u.entry().name());
                update.setString(2, u.entry().type().name());
                update.setLong(3, districtId(districtIds, u.entry().districtKey()));
                update.setLong(4, u.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return ids;
    }

    private static void municipalities(Connection c, Plan plan, Map<String, Long> districtIds,
            Map<String, Long> associationIds) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE municipality SET ars = ?, name = ?, municipality_type = ?, district_id = ?, association_id = ?,
                    population = ?, area_km2 = ?, postcode = ?, longitude = ?, latitude = ?, dissolved_on = NULL,
                    version = version + 1
                WHERE id = ?""")) {
            for (MunicipalityUpdate u : plan.municipalityUpdates()) {
                bind(update, u.entry(), districtIds, associationIds);
                update.setLong(11, u.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO municipality (ars, name, municipality_type, district_id, association_id, population,
                    area_km2, postcode, longitude, latitude, ags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int n = 0;
            for (MunicipalityEntry m : plan.newMunicipalities()) {
                bind(insert, m, districtIds, associationIds);
                insert.setString(11, m.ags());
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM admin_association WHERE id = ?")) {
            for (Long id : plan.removedAssociationIds()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, MunicipalityEntry m, Map<String, Long> districtIds,
            Map<String, Long> associationIds) throws SQLException {
        s.setString(1, m.ars());
        s.setString(2, m.name());
        s.setString(3, m.type().name());
        s.setLong(4, districtId(districtIds, m.districtKey()));
        Long association = m.associationKey() == null ? null : associationIds.get(m.associationKey());
        if (association == null) {
            s.setNull(5, Types.BIGINT);
        } else {
            s.setLong(5, association);
        }
        if (m.population() == null) {
            s.setNull(6, Types.INTEGER);
        } else {
            s.setInt(6, m.population());
        }
        decimal(s, 7, m.areaKm2());
        s.setString(8, m.postcode());
        decimal(s, 9, m.longitude());
        decimal(s, 10, m.latitude());
    }

    private static void decimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    private static long districtId(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("district " + key + " neither in the file nor in the database");
        }
        return id;
    }

    private static void vanish(Connection c, Plan plan, DirectoryFile file) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE municipality SET dissolved_on = ?, version = version + 1 WHERE id = ? AND dissolved_on IS NULL")) {
            for (Long id : plan.vanishedIds()) {
                update.setDate(1, Date.valueOf(file.referenceDate()));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private long recordEdition(Connection c, DirectoryFile file, DirectoryPreview p) throws SQLException {
        String source = I18n.text("directory.source", file.fileName(), file.sheetName());
        if (source.length() > 400) {
            source = source.substring(0, 399) + "…";
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO directory_edition (reference_date, source, state_filter, applied_at, municipalities, added,
                    renamed, changed, vanished)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setDate(1, Date.valueOf(file.referenceDate()));
            insert.setString(2, source);
            insert.setString(3, file.state().label());
            insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            insert.setInt(5, p.found());
            insert.setInt(6, p.added().size());
            insert.setInt(7, p.renamed().size());
            insert.setInt(8, p.changed().size());
            insert.setInt(9, p.vanished().size());
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
