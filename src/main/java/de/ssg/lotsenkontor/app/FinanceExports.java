package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingReports;
import de.ssg.lotsenkontor.report.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The finance workbooks of {@code export}: {@code proof-of-use --contract REF --year YYYY} and
 * {@code expenses --contract REF [--year YYYY]}. Read with plain SQL, so Hibernate never boots.
 */
final class FinanceExports {

    static final List<String> NAMES = List.of("proof-of-use", "expenses");

    private FinanceExports() {
    }

    /** The report for a finance list, or null when {@code list} is none. */
    static Function<AppContext, Report> source(String list, String reference, Integer year, CommandSpec spec) {
        String name = list.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            return null;
        }
        if (reference == null) {
            throw new ParameterException(spec.commandLine(), I18n.text("cli.export.contractMissing", name));
        }
        boolean proof = name.equals("proof-of-use");
        if (proof && year == null) {
            throw new ParameterException(spec.commandLine(), I18n.text("cli.export.yearMissing"));
        }
        return context -> {
            FundingQueries queries = context.fundingQueries();
            ContractRow contract = contract(queries, reference);
            if (year != null && (year < contract.firstYear() || year > contract.lastYear())) {
                throw new DomainException("funding.error.yearOutside", String.valueOf(year), contract.reference(),
                        String.valueOf(contract.firstYear()), String.valueOf(contract.lastYear()));
            }
            LocalDate today = LocalDate.now(context.clock());
            FundingReports reports = new FundingReports(queries);
            return proof ? reports.proofOfUse(contract, year, today) : reports.expenses(contract, year, today);
        };
    }

    static ContractRow contract(FundingQueries queries, String reference) {
        return queries.contractByReference(reference.trim()).orElseThrow(() -> new DomainException(
                "funding.error.noContract", reference, String.join(", ",
                        queries.contracts().stream().map(ContractRow::reference).toList())));
    }
}
