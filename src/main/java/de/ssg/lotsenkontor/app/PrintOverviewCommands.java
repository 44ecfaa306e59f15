package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.overview.OverviewReports;
import de.ssg.lotsenkontor.overview.SaxonyGeometry;
import de.ssg.lotsenkontor.report.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code print overview} and {@code print district}: the printed overviews of the programme. */
final class PrintOverviewCommands {

    private PrintOverviewCommands() {
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
            Report report;
            try (AppContext context = print.root.openContext()) {
                report = OverviewReports.programme(context.dashboard().dashboard(), boundaries.join());
            }
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
                report = OverviewReports.district(context.dashboard().dashboard(), districtKey);
            }
            PrintCommand.render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }
}
