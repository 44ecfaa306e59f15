package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.MappingStore;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real H2 database with a contract 2024–2025 (and one for 2018), the import service and a memory for mappings. */
final class ExpenseImportFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    final Database db;
    final Clock clock;
    final FundingQueries queries;
    final FundingService funding;
    final ExpenseImportService service;
    final Map<String, Map<String, String>> remembered = new HashMap<>();
    final ContractRow contract;
    final ContractRow old;

    ExpenseImportFixture(Path folder) {
        db = TestDatabases.open(folder.resolve("db"));
        clock = Clock.fixed(LocalDate.of(2024, 3, 10).atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
        queries = new FundingQueries(db);
        funding = new FundingService(db, queries, clock);
        service = new ExpenseImportService(db, queries, new MappingStore() {
            @Override
            public Optional<Map<String, String>> load(String source) {
                return Optional.ofNullable(remembered.get(source));
            }

            @Override
            public void save(String source, Map<String, String> titlesByField) {
                remembered.put(source, titlesByField);
            }
        }, clock);
        contract = funding.saveContract(new ContractInput(null, 0, "ZB-2024/25", "Testvertrag", "Freistaat Sachsen",
                2024, 2025, new BigDecimal("1100000.00"), LocalDate.of(2023, 12, 1), null));
        old = funding.saveContract(new ContractInput(null, 0, "ZB-2018", "Alter Vertrag", "Freistaat Sachsen",
                2018, 2019, new BigDecimal("500000.00"), LocalDate.of(2017, 12, 1), null));
    }

    ImportPreview<ExpenseField, ExpenseImportRow> preview(Path file, ContractRow c) {
        ExpenseFile f = service.read(file, null, Progress.NONE);
        return service.preview(f, service.mapping(f, null), service.context(c.id()));
    }

    ExpenseImportResult apply(Path file, ContractRow c, ImportMode mode) {
        ExpenseFile f = service.read(file, null, Progress.NONE);
        return service.apply(f, service.mapping(f, null), mode, c.id(), null, Progress.NONE);
    }

    /** Every expense as one line: receipt, date, gross, category code, source, cancelled, trace. */
    List<String> ledger() {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT e.receipt_no, e.payment_date, e.gross_amount, k.code, e.source, e.cancelled_on,
                           e.source_file, e.source_line, e.import_batch_id, e.imported_on, e.payee
                    FROM expense e JOIN cost_category k ON k.id = e.category_id ORDER BY e.id""")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getDate(2) + " " + rs.getBigDecimal(3) + " " + rs.getString(4)
                            + " " + rs.getString(5) + (rs.getDate(6) == null ? "" : " STORNO") + " " + rs.getString(7)
                            + ":" + rs.getInt(8) + " " + (rs.getString(9) == null ? "-" : "batch"));
                }
            }
            return out;
        });
    }

    /** A fingerprint of every table the import may write. */
    String state() {
        return db.withConnection(c -> {
            StringBuilder s = new StringBuilder();
            for (String q : List.of("SELECT COUNT(*), COALESCE(SUM(gross_amount), 0), COUNT(cancelled_on), "
                    + "COALESCE(SUM(version), 0) FROM expense", "SELECT COUNT(*), 0, 0, 0 FROM expense_change",
                    "SELECT COUNT(*), COALESCE(SUM(category_id), 0), COALESCE(SUM(version), 0), 0 FROM account_category")) {
                try (ResultSet rs = c.createStatement().executeQuery(q)) {
                    rs.next();
                    s.append(rs.getString(1)).append('/').append(rs.getString(2)).append('/').append(rs.getString(3))
                            .append('/').append(rs.getString(4)).append(' ');
                }
            }
            return s.toString();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
