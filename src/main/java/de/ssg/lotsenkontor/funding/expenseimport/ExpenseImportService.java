package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseSource;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.MappingStore;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports expenses from accounting exports (DATEV), bank statements and lists into the ledger of a
 * contract: read the file, check every row against the database ({@link #preview}), then
 * {@link #apply} in one bulk transaction on one JDBC connection ({@link Database#withBulkConnection}:
 * nothing is half-imported when the program dies on the way). Apply checks again inside its
 * transaction when what the rows are checked against changed meanwhile.
 * Every imported expense carries its trace (file, line, time, batch); {@link #cancelBatch} cancels a
 * whole import, never deletes it. Also keeps the account → category mapping and remembers the
 * column mapping per source.
 */
public class ExpenseImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExpenseImportService.class);
    /** Rows sent to the database in one JDBC batch. */
    private static final int BATCH_ROWS = 1000;
    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final String INSERT = """
            INSERT INTO expense (contract_id, fiscal_year, receipt_no, payment_date, payee, purpose, category_id,
                gross_amount, eligible_amount, source, source_file, source_line, imported_on, import_batch_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ACCOUNTS = """
            SELECT a.id, a.chart, a.account, a.account_name, a.category_id, c.name, a.version
            FROM account_category a JOIN cost_category c ON c.id = a.category_id""";

    private final Database database;
    private final FundingQueries queries;
    private final MappingStore mappings;
    private final Clock clock;

    public ExpenseImportService(Database database, FundingQueries queries, MappingStore mappings, Clock clock) {
        this.database = database;
        this.queries = queries;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** Reads the file (nothing checked or written yet); {@code sheet} null for the first with a header. */
    public ExpenseFile read(Path file, String sheet, Progress progress) {
        return ExpenseFileReader.read(file, sheet, progress);
    }

    /** The contract with this reference; a German message naming the known ones when there is none. */
    public ContractRow contract(String reference) {
        return queries.contractByReference(reference).orElseThrow(() -> new DomainException(
                "expimport.error.noContract", reference, String.join(", ",
                        queries.contracts().stream().map(ContractRow::reference).toList())));
    }

    /** What the rows are checked against, as stored now. */
    public ExpenseImportContext context(long contractId) {
        return database.withConnection(c -> context(c, contractId));
    }

    // ------------------------------------------------------------------ column mapping per source

    /**
     * The source a file comes from, for remembering its column mapping: the name given, else the
     * file's kind and column titles (the next export of the same program has the same titles).
     */
    public static String source(ExpenseFile file, String given) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        String kind = file.isDatev() ? "DATEV" : file.file().format().name();
        return kind + "-" + Integer.toHexString(String.join("|", file.file().headers()).hashCode());
    }

    /** The mapping for a file: remembered for its source, else proposed from its titles. */
    public ColumnMapping<ExpenseField> mapping(ExpenseFile file, String source) {
        ColumnMapping<ExpenseField> proposed = ExpenseImportCheck.propose(file.file());
        return mappings.load(source(file, source))
                .map(m -> ColumnMapping.remembered(proposed, file.file().headers(), m)).orElse(proposed);
    }

    /** Remembers the mapping the user chose for the file's source. */
    public void remember(ExpenseFile file, String source, ColumnMapping<ExpenseField> mapping) {
        mappings.save(source(file, source), mapping.titles(file.file().headers()));
    }

    // ------------------------------------------------------------------ preview and apply

    /** Checks every row under {@code mapping}; writes nothing. */
    public ImportPreview<ExpenseField, ExpenseImportRow> preview(ExpenseFile file, ColumnMapping<ExpenseField> mapping,
            ExpenseImportContext context) {
        return ExpenseImportCheck.check(file, mapping, context);
    }

    /**
     * Books the expenses of {@code file} in one bulk transaction: every row valid now (mode
     * VALID_ROWS), or nothing when a row has an error, an unmapped account or a currency to decide
     * (ALL_OR_NOTHING). Reversals cancel the expenses they reverse. A file with nothing new
     * (imported before) writes nothing and says so. {@code defaultCategory} is the category of
     * rows that name none (null: those are skipped).
     */
    public ExpenseImportResult apply(ExpenseFile file, ColumnMapping<ExpenseField> mapping, ImportMode mode,
            long contractId, Long defaultCategory, Progress progress) {
        long start = System.nanoTime();
        ExpenseImportContext first = withDefault(context(contractId), defaultCategory);
        ImportPreview<ExpenseField, ExpenseImportRow> before = ExpenseImportCheck.check(file, mapping, first);
        refuse(before, mode);
        if (before.valid() == 0) {
            LOG.info("Nothing new to import from {} ({} rows)", file.fileName(), before.read());
            return new ExpenseImportResult(null, List.of(), List.of(), before);
        }
        long checkedAt = System.nanoTime();
        // plain JDBC on one connection: no Hibernate boot for the bulk rows
        ExpenseImportResult result = database.withBulkConnection(c -> {
            ExpenseImportContext context = withDefault(context(c, contractId), defaultCategory);
            // what the rows were checked against may have changed since: then they are checked again
            ImportPreview<ExpenseField, ExpenseImportRow> checked = context.sameAs(first) ? before
                    : ExpenseImportCheck.check(file, mapping, context);
            refuse(checked, mode);
            String batch = "IMP-" + context.now().format(BATCH) + "-"
                    + Integer.toHexString((file.fileName() + System.nanoTime()).hashCode() & 0xffff);
            List<Long> ids = insert(c, checked, context, file.fileName(), batch, progress);
            List<Long> cancelled = cancelReversed(c, checked, context, file.fileName());
            c.commit();
            return new ExpenseImportResult(batch, ids, cancelled, checked);
        });
        LOG.info("Imported {} expenses from {} as {} ({} cancelled by reversals, {} rows not imported) in {} ms"
                + " (check {} ms, write and commit {} ms)",
                result.imported(), file.fileName(), result.batchId(), result.cancelled().size(),
                result.checked().invalid(), (System.nanoTime() - start) / 1_000_000,
                (checkedAt - start) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000);
        return result;
    }

    private static ExpenseImportContext withDefault(ExpenseImportContext context, Long categoryId) {
        if (categoryId == null) {
            return context;
        }
        CategoryOption c = context.categoryById(categoryId);
        if (c == null || !c.active()) {
            throw new DomainException("expimport.error.noCategory", String.valueOf(categoryId));
        }
        return context.withDefaultCategory(c);
    }

    private static void refuse(ImportPreview<ExpenseField, ExpenseImportRow> p, ImportMode mode) {
        if (!p.usable()) {
            throw new DomainException("importing.error.missingColumns", p.file().fileName(),
                    String.join(I18n.text("importing.and"), p.missing()));
        }
        if (p.read() == 0) {
            throw new DomainException("importing.error.noRows", p.file().fileName());
        }
        if (mode == ImportMode.ALL_OR_NOTHING && p.blocking() > 0) {
            throw new DomainException("importing.error.notAllValid", p.blocking(), p.read(),
                    de.ssg.lotsenkontor.importing.ImportTexts.problemList(p.rows().stream()
                            .filter(ExpenseImportRow::blocksAllOrNothing).flatMap(r -> r.problems().stream())
                            .toList(), ImportPreview.LISTED));
        }
    }

    private static List<Long> insert(Connection c, ImportPreview<ExpenseField, ExpenseImportRow> checked,
            ExpenseImportContext context, String fileName, String batch, Progress progress) throws SQLException {
        List<ExpenseImportRow> rows = checked.rows().stream()
                .filter(r -> r.outcome() == ExpenseImportRow.Outcome.IMPORT).toList();
        List<Long> ids = new ArrayList<>(rows.size());
        Timestamp now = Timestamp.valueOf(context.now());
        String step = I18n.text("expimport.progress.writing");
        try (PreparedStatement q = c.prepareStatement(INSERT)) {
            int n = 0;
            for (ExpenseImportRow r : rows) {
                q.setLong(1, context.contract().id());
                q.setInt(2, r.date().getYear());
                q.setString(3, r.receiptNo());
                q.setDate(4, Date.valueOf(r.date()));
                q.setString(5, r.payee());
                q.setString(6, r.purpose());
                q.setLong(7, r.category().id());
                q.setBigDecimal(8, r.gross());
                q.setBigDecimal(9, r.gross());
                q.setString(10, ExpenseSource.IMPORT.name());
                q.setString(11, fileName.length() > 500 ? fileName.substring(0, 500) : fileName);
                q.setInt(12, r.row());
                q.setTimestamp(13, now);
                q.setString(14, batch);
                q.addBatch();
                if (++n % BATCH_ROWS == 0 || n == rows.size()) {
                    q.executeBatch();
                    progress.update(n, rows.size(), step);
                }
            }
        }
        // the new ids in one read afterwards: cheaper than generated keys per batch
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM expense WHERE import_batch_id = ? ORDER BY id")) {
            q.setString(1, batch);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<Long> cancelReversed(Connection c, ImportPreview<ExpenseField, ExpenseImportRow> checked,
            ExpenseImportContext context, String fileName) throws SQLException {
        List<Long> out = new ArrayList<>();
        LocalDate today = context.now().toLocalDate();
        for (ExpenseImportRow r : checked.rows()) {
            if (r.outcome() != ExpenseImportRow.Outcome.CANCELS) {
                continue;
            }
            String reason = I18n.text("expimport.cancel.reversal", fileName, r.row());
            if (cancel(c, "id = ?", r.cancels(), today, context.now(), reason) > 0) {
                out.add(r.cancels());
            }
        }
        return out;
    }

    /** Cancels the expenses {@code where} selects that still count; records each cancellation. */
    private static int cancel(Connection c, String where, Object key, LocalDate today, LocalDateTime now, String reason)
            throws SQLException {
        String reasonCut = reason.length() > 500 ? reason.substring(0, 500) : reason;
        try (PreparedStatement log = c.prepareStatement("""
                INSERT INTO expense_change (expense_id, changed_at, reason, field, old_value, new_value)
                SELECT id, ?, ?, 'cancelled', NULL, ? FROM expense WHERE cancelled_on IS NULL AND\s""" + where);
                PreparedStatement update = c.prepareStatement("""
                UPDATE expense SET cancelled_on = ?, cancel_reason = ?, version = version + 1
                WHERE cancelled_on IS NULL AND\s""" + where)) {
            log.setTimestamp(1, Timestamp.valueOf(now));
            log.setString(2, reasonCut);
            log.setString(3, de.ssg.lotsenkontor.common.Formats.date(today));
            log.setObject(4, key);
            log.executeUpdate();
            update.setDate(1, Date.valueOf(today));
            update.setString(2, reasonCut);
            update.setObject(3, key);
            return update.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ batches

    /** The imports into a contract, newest first. */
    public List<ImportBatch> batches(long contractId) {
        return database.withConnection(c -> {
            List<ImportBatch> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT import_batch_id, MIN(source_file), MIN(imported_on), COUNT(*),
                           SUM(CASE WHEN cancelled_on IS NULL THEN 1 ELSE 0 END),
                           COALESCE(SUM(CASE WHEN cancelled_on IS NULL THEN gross_amount END), 0)
                    FROM expense WHERE contract_id = ? AND import_batch_id IS NOT NULL
                    GROUP BY import_batch_id ORDER BY MIN(imported_on) DESC, import_batch_id DESC""")) {
                q.setLong(1, contractId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ImportBatch(rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDateTime.class), rs.getInt(4), rs.getInt(5),
                                rs.getBigDecimal(6).setScale(2)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Cancels (storniert) every expense of an import that still counts, with a reason; they stay
     * in the ledger with their trace. Returns how many were cancelled.
     */
    public int cancelBatch(String batchId, String reason) {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "funding.field.cancelReason", reason);
        Checks.maxLength(v, "funding.field.cancelReason", reason, 500);
        ValidationException.throwIfAny(v);
        LocalDateTime now = LocalDateTime.now(clock);
        int n = database.withBulkConnection(c -> {
            int cancelled = cancel(c, "import_batch_id = ?", batchId, now.toLocalDate(), now, reason.trim());
            c.commit();
            return cancelled;
        });
        if (n == 0) {
            throw new DomainException("expimport.error.batchGone", batchId);
        }
        LOG.info("Cancelled {} expenses of import {}", n, batchId);
        return n;
    }

    // ------------------------------------------------------------------ account → category

    public List<AccountMapping> accounts() {
        return database.withConnection(c -> accounts(c));
    }

    private static List<AccountMapping> accounts(Connection c) throws SQLException {
        List<AccountMapping> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ACCOUNTS + " ORDER BY a.chart, a.account")) {
            while (rs.next()) {
                out.add(new AccountMapping(rs.getLong(1), Chart.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getInt(7)));
            }
        }
        return out;
    }

    /**
     * Maps an account to a category: a new mapping ({@code id} null) or a changed one (optimistic:
     * {@code expectedVersion} must be the stored one).
     */
    public AccountMapping saveAccount(Long id, int expectedVersion, Chart chart, String account, String name,
            Long categoryId) {
        List<Violation> v = new ArrayList<>();
        String acc = account == null ? null : account.trim();
        Checks.required(v, "expimport.field.account", acc);
        if (acc != null && !acc.isEmpty() && (!de.ssg.lotsenkontor.importing.Cells.allDigits(acc) || acc.length() > 12)) {
            v.add(new Violation("expimport.field.account", "expimport.validation.account"));
        }
        Checks.required(v, "expimport.field.chart", chart);
        Checks.required(v, "funding.field.category", categoryId);
        Checks.maxLength(v, "expimport.field.accountName", name, 120);
        ValidationException.throwIfAny(v);
        long saved = database.inTransaction(session -> session.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM cost_category WHERE id = ? AND active")) {
                q.setLong(1, categoryId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        throw new ValidationException(List.of(new Violation("funding.field.category",
                                "funding.validation.unknownCategory")));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id FROM account_category WHERE chart = ? AND account = ? AND id <> ?")) {
                q.setString(1, chart.name());
                q.setString(2, acc);
                q.setLong(3, id == null ? -1 : id);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        throw new ValidationException(List.of(new Violation("expimport.field.account",
                                "expimport.validation.accountTaken", acc, chart.name())));
                    }
                }
            }
            if (id == null) {
                try (PreparedStatement q = c.prepareStatement("""
                        INSERT INTO account_category (chart, account, account_name, category_id) VALUES (?, ?, ?, ?)""",
                        new String[] {"ID"})) {
                    q.setString(1, chart.name());
                    q.setString(2, acc);
                    q.setString(3, Checks.clean(name));
                    q.setLong(4, categoryId);
                    q.executeUpdate();
                    try (ResultSet keys = q.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("""
                    UPDATE account_category SET chart = ?, account = ?, account_name = ?, category_id = ?,
                        version = version + 1 WHERE id = ? AND version = ?""")) {
                q.setString(1, chart.name());
                q.setString(2, acc);
                q.setString(3, Checks.clean(name));
                q.setLong(4, categoryId);
                q.setLong(5, id);
                q.setInt(6, expectedVersion);
                if (q.executeUpdate() == 0) {
                    throw new ConcurrentChangeException(I18n.text("expimport.mapping.the"));
                }
            }
            return id;
        }));
        return accounts().stream().filter(a -> a.id() == saved).findFirst()
                .orElseThrow(() -> new NotFoundException(I18n.text("expimport.mapping.the")));
    }

    /** Removes a mapping: bookings on the account are skipped again until it is mapped anew. */
    public void removeAccount(long id, int expectedVersion) {
        database.inTransactionDo(session -> session.doWork(c -> {
            try (PreparedStatement q = c.prepareStatement("DELETE FROM account_category WHERE id = ? AND version = ?")) {
                q.setLong(1, id);
                q.setInt(2, expectedVersion);
                if (q.executeUpdate() == 0) {
                    throw new ConcurrentChangeException(I18n.text("expimport.mapping.the"));
                }
            }
        }));
    }

    // ------------------------------------------------------------------ plumbing

    private ExpenseImportContext context(Connection c, long contractId) throws SQLException {
        ContractRow contract = null;
        for (ContractRow r : queries.contracts()) {
            if (r.id() == contractId) {
                contract = r;
            }
        }
        if (contract == null) {
            throw new NotFoundException(I18n.text("funding.contract.the"));
        }
        Map<String, AccountMapping> accounts = new HashMap<>();
        for (AccountMapping a : accounts(c)) {
            accounts.put(ExpenseImportContext.key(a.chart(), a.account()), a);
        }
        Map<String, ExpenseImportContext.Booked> receipts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, fiscal_year, receipt_no, gross_amount, cancelled_on FROM expense WHERE contract_id = ?")) {
            q.setLong(1, contractId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    receipts.put(ExpenseImportContext.receiptKey(rs.getInt(2), rs.getString(3)),
                            new ExpenseImportContext.Booked(rs.getLong(1), rs.getBigDecimal(4),
                                    rs.getObject(5) != null));
                }
            }
        }
        return new ExpenseImportContext(contract, queries.categories(), accounts, receipts, null,
                LocalDateTime.now(clock).withNano(0));
    }

    /** The category with this code or name, for the command line's {@code --category}. */
    public Optional<CategoryOption> category(String codeOrName) {
        return Optional.ofNullable(new ExpenseImportContext(null, queries.categories(), Map.of(), Map.of(), null,
                null).category(codeOrName));
    }
}
