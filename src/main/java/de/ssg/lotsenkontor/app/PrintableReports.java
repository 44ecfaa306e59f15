package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.coaching.CoachingHoursReport;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingReports;
import java.time.LocalDate;
import java.util.Map;

/**
 * The reports the app already builds, for {@code print report NAME KEY=VALUE … -o FILE.pdf}: the
 * hours of a year, the Sachbericht figures, the proof of use, the expense ledger, the project list
 * and the best-practice catalogue. Each is one line over the report its feature builds; the
 * renderer needs no code for any of them.
 */
final class PrintableReports {

    private PrintableReports() {
    }

    static void addTo(Map<String, PrintCommand.PrintableReport> reports) {
        // print report coaching-hours year=2026 [coach=ID]
        reports.put(ExportCommand.COACHING_HOURS, (c, p) -> CoachingHoursReport.build(c.coachingQueries(),
                (int) p.integer("year"), p.optionalInteger("coach"), LocalDate.now(c.clock())));
        // print report sachbericht from=2026-01-01 to=2026-12-31 [district=14625]
        reports.put("sachbericht", (c, p) -> ActivityExports.source("sachbericht", new ActivityExports.Options(null,
                p.text("from"), p.text("to"), p.optionalText("district")), p.commandLine()).apply(c));
        // print report projects / best-practice
        reports.put("projects", (c, p) -> ActivityExports.source("projects", null, p.commandLine()).apply(c));
        reports.put("best-practice", (c, p) -> ActivityExports.source("best-practice", null, p.commandLine())
                .apply(c));
        // print report proof-of-use contract=REF year=YYYY
        reports.put("proof-of-use", (c, p) -> {
            ContractRow contract = FinanceExports.contract(c.fundingQueries(), p.text("contract"));
            int year = (int) p.integer("year");
            checkYear(contract, year);
            return new FundingReports(c.fundingQueries()).proofOfUse(contract, year, LocalDate.now(c.clock()));
        });
        // print report expenses contract=REF [year=YYYY]
        reports.put("expenses", (c, p) -> {
            ContractRow contract = FinanceExports.contract(c.fundingQueries(), p.text("contract"));
            Long year = p.optionalInteger("year");
            if (year != null) {
                checkYear(contract, year.intValue());
            }
            return new FundingReports(c.fundingQueries()).expenses(contract, year == null ? null : year.intValue(),
                    LocalDate.now(c.clock()));
        });
    }

    private static void checkYear(ContractRow contract, int year) {
        if (year < contract.firstYear() || year > contract.lastYear()) {
            throw new DomainException("funding.error.yearOutside", String.valueOf(year), contract.reference(),
                    String.valueOf(contract.firstYear()), String.valueOf(contract.lastYear()));
        }
    }
}
