package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A real database with the finance services, a fixed clock and helpers to book money. */
final class FundingFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    final Database db;
    final Clock clock;
    final FundingQueries queries;
    final FundingService service;

    FundingFixture(Path folder, LocalDate today) {
        db = TestDatabases.open(folder.resolve("db"));
        clock = Clock.fixed(today.atStartOfDay(ZONE).toInstant(), ZONE);
        queries = new FundingQueries(db);
        service = new FundingService(db, queries, clock);
    }

    ContractRow contract(String reference, int first, int last, String annual) {
        return service.saveContract(new ContractInput(null, 0, reference, "Testvertrag " + reference,
                "Freistaat Sachsen", first, last, new BigDecimal(annual), LocalDate.of(first - 1, 12, 1), null));
    }

    long category(String code) {
        return queries.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    void plan(ContractRow c, int year, String code, String amount) {
        service.setPlan(c.id(), year, category(code), new BigDecimal(amount));
    }

    ExpenseRow book(ContractRow c, String receipt, LocalDate day, String code, String gross, String eligible) {
        return service.saveExpense(new ExpenseInput(null, 0, c.id(), receipt, day, "Empfänger " + receipt,
                "Zweck " + receipt, category(code), new BigDecimal(gross), eligible == null ? null
                        : new BigDecimal(eligible), null, null, null, null, null));
    }

    static List<String> messages(ValidationException e) {
        return e.violations().stream().map(v -> v.message()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
