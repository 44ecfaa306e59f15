package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code print …}: writes a report as an archivable PDF (PDF/A-2b), laid out exactly as the print
 * preview of the program window shows it. {@code print report NAME [KEY=VALUE …] -o FILE.pdf}
 * prints any report of {@link #REPORTS}; a report with its own options gets its own subcommand
 * beside {@code report}.
 */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {PrintCommand.ReportCommand.class, PrintOverviewCommands.Overview.class,
                PrintOverviewCommands.District.class, PrintOverviewCommands.Coach.class,
                PrintOverviewCommands.Funding.class, PrintAttendanceCommand.class})
final class PrintCommand implements Callable<Integer> {

    /**
     * The reports {@code print report NAME} knows, by name, in the order the help lists them: every
     * list of {@code export}, and any further report as one more line, e.g.
     * {@code REPORTS.put("hours", (c, p) -> c.coachingQueries().hoursReport(p.integer("year")));}.
     */
    static final Map<String, PrintableReport> REPORTS = new LinkedHashMap<>();

    static {
        ExportCommand.LISTS.forEach((name, list) -> REPORTS.put(name, (context, parameters) -> list.apply(context)));
        PrintableReports.addTo(REPORTS);
        REPORTS.put("attendance", (c, p) -> ActivityExports.attendanceList(c, p.integer("event")));
    }

    /** A report built from the database and the {@code KEY=VALUE} parameters of the command line. */
    @FunctionalInterface
    interface PrintableReport {
        Report build(AppContext context, ReportParameters parameters);
    }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), I18n.text("printcli.missingWhat",
                String.join(", ", spec.subcommands().keySet())));
    }

    /** {@code print report NAME [KEY=VALUE …] -o FILE.pdf}. */
    @Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ReportCommand implements Callable<Integer> {

        @ParentCommand
        PrintCommand print;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", completionCandidates = ReportNames.class,
                descriptionKey = "cli.print.report.name")
        String name;

        @Parameters(index = "1..*", paramLabel = "KEY=VALUE", arity = "0..*", descriptionKey = "cli.print.report.parameters")
        List<String> parameters = List.of();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true,
                descriptionKey = "cli.print.output")
        Path output;

        @Override
        public Integer call() {
            PrintableReport source = REPORTS.get(name.toLowerCase(Locale.ROOT));
            if (source == null) {
                throw new ParameterException(spec.commandLine(),
                        I18n.text("printcli.unknownReport", name, String.join(", ", REPORTS.keySet())));
            }
            ReportParameters given = ReportParameters.parse(spec.commandLine(), parameters);
            Path file = checkedOutput(spec.commandLine(), output);
            Report report;
            try (AppContext context = print.root.openContext()) {
                report = source.build(context, given);
            }
            given.checkAllUsed();
            render(spec.commandLine(), report, file);
            return Cli.OK;
        }
    }

    /** The output must be a PDF that can be written; checked before the database opens (fail fast). */
    static Path checkedOutput(CommandLine commandLine, Path output) {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ParameterException(commandLine, I18n.text("printcli.notPdf", output));
        }
        AtomicFile.checkWritable(output);
        return output;
    }

    /** Writes {@code report} as PDF to {@code file} and says so. */
    static void render(CommandLine commandLine, Report report, Path file) {
        ReportRenderers.render(report, ReportFormat.PDF, file, Progress.NONE);
        PrintWriter out = commandLine.getOut();
        int rows = report.tables().stream().mapToInt(ReportTable::dataRowCount).sum();
        out.println(I18n.text("printcli.done", report.title(), rows, file.toAbsolutePath().normalize()));
        out.flush();
    }

    /** The {@code KEY=VALUE} parameters of {@code print report}: read with German messages, unknown keys refused. */
    static final class ReportParameters {

        private final CommandLine commandLine;
        private final Map<String, String> values;
        private final Set<String> used = new LinkedHashSet<>();

        private ReportParameters(CommandLine commandLine, Map<String, String> values) {
            this.commandLine = commandLine;
            this.values = values;
        }

        static ReportParameters parse(CommandLine commandLine, List<String> arguments) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String argument : arguments == null ? List.<String>of() : arguments) {
                int eq = argument.indexOf('=');
                if (eq <= 0) {
                    throw new ParameterException(commandLine, I18n.text("printcli.badParameter", argument));
                }
                values.put(argument.substring(0, eq).toLowerCase(Locale.ROOT), argument.substring(eq + 1));
            }
            return new ReportParameters(commandLine, values);
        }

        /** The text given for {@code key}; a usage error naming it when it is missing. */
        String text(String key) {
            used.add(key);
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                throw new ParameterException(commandLine, I18n.text("printcli.missingParameter", key));
            }
            return value.strip();
        }

        /** The whole number given for {@code key}. */
        long integer(String key) {
            String value = text(key);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new ParameterException(commandLine, I18n.text("printcli.notANumber", key, value));
            }
        }

        /** The text given for {@code key}, or null when it is not given. */
        String optionalText(String key) {
            used.add(key);
            String value = values.get(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The whole number given for {@code key}, or null when it is not given. */
        Long optionalInteger(String key) {
            return optionalText(key) == null ? null : integer(key);
        }

        /** The command line, for usage errors of a report's own checks. */
        CommandLine commandLine() {
            return commandLine;
        }

        /** Refuses parameters the report did not ask for (a typo must not go unnoticed). */
        void checkAllUsed() {
            for (String key : values.keySet()) {
                if (!used.contains(key)) {
                    throw new ParameterException(commandLine, I18n.text("printcli.unknownParameter", key));
                }
            }
        }
    }

    /** The report names for the help text. */
    static final class ReportNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return REPORTS.keySet().iterator();
        }
    }
}
