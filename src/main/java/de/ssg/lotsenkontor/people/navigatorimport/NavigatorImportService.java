package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.ImportResult;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports navigators from the lists the office keeps (Excel or CSV): read the file, check every
 * row against the database ({@link #preview}), then {@link #apply} in one transaction — the valid
 * rows, or only when all are valid, as the user chooses. Apply checks everything again inside
 * its transaction (the database may have changed since the preview) and writes nothing when it
 * refuses or anything fails on the way.
 */
public class NavigatorImportService {

    private static final Logger LOG = LoggerFactory.getLogger(NavigatorImportService.class);
    /** How many row problems a refusal lists; the rest are counted. */
    public static final int LISTED = ImportPreview.LISTED;

    private static final String EXISTING_QUERY = """
            SELECT n.first_name, n.last_name, n.municipality_id, m.name, n.status, n.since
            FROM navigator n JOIN municipality m ON m.id = n.municipality_id""";

    private final Database database;
    private final Clock clock;

    public NavigatorImportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Reads the file (nothing is checked or written yet).
     *
     * @param sheet the sheet of a workbook; null for the first one with a header row
     */
    public ImportFile read(Path file, String sheet, Progress progress) {
        return NavigatorFileReader.read(file, sheet, progress);
    }

    /** The municipalities and navigators as stored now, to check rows against. */
    public NavigatorImportContext context() {
        return database.withConnection(this::context);
    }

    /** Checks every row of {@code file} as {@code mapping} reads it; writes nothing. */
    public ImportPreview<NavigatorField, NavigatorImportRow> preview(ImportFile file,
            ColumnMapping<NavigatorField> mapping) {
        return NavigatorImportCheck.check(file, mapping, context());
    }

    /**
     * Writes the navigators of {@code file} in one transaction: in mode VALID_ROWS every row that
     * is valid now, skipping the others; in mode ALL_OR_NOTHING all rows, or nothing when any is
     * invalid. Refuses (writing nothing) a mapping without name or municipality and a file without
     * a single valid row. {@code progress} may cancel; then nothing is written either.
     */
    public ImportResult<NavigatorField, NavigatorImportRow> apply(ImportFile file,
            ColumnMapping<NavigatorField> mapping, ImportMode mode, Progress progress) {
        long start = System.nanoTime();
        ImportResult<NavigatorField, NavigatorImportRow> result = database.inBulkTransaction(session -> {
            NavigatorImportContext context = session.doReturningWork(this::context);
            ImportPreview<NavigatorField, NavigatorImportRow> checked = NavigatorImportCheck.check(file, mapping,
                    context);
            checked.refuseIfUnusable(mode);
            List<NavigatorImportRow> valid = checked.validRows();
            List<Long> ids = new ArrayList<>(valid.size());
            String step = I18n.text("navimport.progress.writing");
            for (NavigatorImportRow row : valid) {
                ids.add(persist(session, row.change()));
                progress.update(ids.size(), valid.size(), step);
            }
            session.flush();
            return new ImportResult<>(ids, checked);
        });
        LOG.info("Imported {} navigators from {} ({} rows skipped, mode {}) in {} ms", result.imported(),
                file.fileName(), result.skipped(), mode, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static long persist(Session session, NavigatorChange change) {
        Navigator navigator = new Navigator(Checks.clean(change.firstName()), Checks.clean(change.lastName()),
                session.getReference(Municipality.class, change.municipalityId()), change.status(), change.since());
        navigator.setUntil(change.until());
        navigator.setDepartment(Checks.clean(change.department()));
        navigator.setEmail(Checks.clean(change.email()));
        navigator.setPhone(Checks.clean(change.phone()));
        for (Long id : change.furtherMunicipalityIds()) {
            navigator.getFurtherMunicipalities().add(session.getReference(Municipality.class, id));
        }
        session.persist(navigator);
        return navigator.getId();
    }

    private NavigatorImportContext context(Connection c) throws SQLException {
        Map<String, NavigatorImportContext.Existing> existing = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(EXISTING_QUERY); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                existing.putIfAbsent(NavigatorImportContext.key(rs.getString(1), rs.getString(2), rs.getLong(3)),
                        new NavigatorImportContext.Existing(rs.getString(1) + " " + rs.getString(2), rs.getString(4),
                                NavigatorStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)));
            }
        }
        return new NavigatorImportContext(MunicipalityQueries.options(c), existing, LocalDate.now(clock));
    }
}
