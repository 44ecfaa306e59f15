package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.overview.OverviewPrintouts;
import de.ssg.lotsenkontor.overview.OverviewReports;
import de.ssg.lotsenkontor.overview.SaxonyGeometry;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code print overview}, {@code print district}, {@code print coach} and {@code print funding}:
 * the printed overviews of the programme.
 */
final class PrintOverviewCommands {

    private PrintOverviewCommands() {
    }

    /** The printed overviews over the context's query classes. */
    static OverviewPrintouts printouts(AppContext c) {
        return new OverviewPrintouts(new OverviewPrintouts.Sources(c.dashboard(), c.municipalityQueries(),
                c.coachQueries(), c.coachingQueries(), c.eventQueries(), c.projectQueries(), c.fundingQueries()),
                c.clock());
    }

    /** A year as {@code --year} gives it: four digits. */
    static int checkedYear(Integer year, java.time.LocalDate today) {
        int y = year == null ? today.getYear() : year;
        if (y < 1000 || y > 9999) {
            throw new DomainException("overview.error.badYear", String.valueOf(year));
        }
        return y;
    }

    /** {@code print coach --id ID [--year YYYY] -o FILE.pdf}: the Lotsen-Bericht. */
    @Command(name = "coach", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Coach implements Callable<Integer> {

        @ParentCommand
        PrintCommand print;

        @Spec
        CommandSpec spec;

        @Option(names = "--id", paramLabel = "ID", required = true, descriptionKey = "cli.print.coach.id")
        long id;

        @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.print.coach.year")
        Integer year;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.output")
        Path output;

        @Override
        public Integer call() {
            Path file = PrintCommand.checkedOutput(spec.commandLine(), output);
            Report report;
            try (AppContext context = print.root.openContext()) {
                OverviewPrintouts printouts = printouts(context);
                report = printouts.coach(id, checkedYear(year, printouts.today()));
            }
            PrintCommand.render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }

    /** {@code print funding --contract REF --year YYYY -o FILE.pdf}: the Finanzstatus. */
    @Command(name = "funding", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Funding implements Callable<Integer> {

        @ParentCommand
        PrintCommand print;

        @Spec
        CommandSpec spec;

        @Option(names = "--contract", paramLabel = "REF", required = true, descriptionKey = "cli.print.funding.contract")
        String contract;

        @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.print.funding.year")
        int year;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.output")
        Path output;

        @Override
        public Integer call() {
            Path file = PrintCommand.checkedOutput(spec.commandLine(), output);
            Report report;
            try (AppContext context = print.root.openContext()) {
                report = printouts(context).funding(contract, year);
            }
            PrintCommand.render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }

    /** {@code print overview -o FILE.pdf}: the Programmübersicht. */
    @Command(name = "overview", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Overview implements Callable<Integer> {

        @ParentCommand
        PrintCommand print;

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.output")
        Path output;

        @Override
        public Integer call() {
            Path file = PrintCommand.checkedOutput(spec.commandLine(), output);
            // the boundaries are read while the database opens
            CompletableFuture<SaxonyGeometry> boundaries = CompletableFuture.supplyAsync(SaxonyGeometry::get);
            // and the PDF renderer loads its classes and fonts meanwhile, once the boundaries are read
            CompletableFuture<Void> renderer = boundaries.thenRunAsync(
                    () -> ReportRenderers.prepare(ReportFormat.PDF));
            Report report;
            try (AppContext context = print.root.openContext()) {
                report = OverviewReports.programme(context.dashboard().dashboard(), boundaries.join());
            }
            renderer.exceptionally(e -> null).join();
            PrintCommand.render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }

    /** {@code print district --key 14625 -o FILE.pdf}: the Kreis-Bericht. */
    @Command(name = "district", mixinStandardHelpOptions = true, sortOptions = false)
    static final class District implements Callable<Integer> {

        @ParentCommand
        PrintCommand print;

        @Spec
        CommandSpec spec;

        @Option(names = "--key", paramLabel = "KREISSCHLÜSSEL", required = true, descriptionKey = "cli.print.district.key")
        String key;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.output")
        Path output;

        @Override
        public Integer call() {
            String districtKey = OverviewReports.checkedDistrictKey(key);
            Path file = PrintCommand.checkedOutput(spec.commandLine(), output);
            Report report;
            try (AppContext context = print.root.openContext()) {
                report = printouts(context).district(districtKey);
            }
            PrintCommand.render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }
}
