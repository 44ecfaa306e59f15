package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.coaching.CoachingHoursReport;
import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.MunicipalityColumns;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.people.CoachColumns;
import de.ssg.lotsenkontor.people.NavigatorColumns;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export LIST -o FILE.xlsx}: writes one of the app's lists as an Excel workbook, with all
 * its columns, built as a report like the table export of the program window.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** The lists that can be exported, by their name on the command line; a new list is one more line. */
    static final Map<String, Function<AppContext, Report>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("municipalities", c -> table(c, "cli.export.title.municipalities", MunicipalityColumns.all(),
                byName(c.municipalityQueries().list(), MunicipalityRow::name)));
        // already in German name order (last name, first name)
        LISTS.put("navigators", c -> table(c, "cli.export.title.navigators", NavigatorColumns.all(),
                c.navigatorQueries().list()));
        LISTS.put("coaches", c -> table(c, "cli.export.title.coaches", CoachColumns.all(), c.coachQueries().list()));
    }

    /** The hours workbook of a year: {@code export coaching-hours --year Y [--coach ID]}. */
    static final String COACHING_HOURS = "coaching-hours";

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LIST", completionCandidates = ListNames.class,
            descriptionKey = "cli.export.list")
    String list;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--event", paramLabel = "ID", descriptionKey = "cli.export.event")
    Long event;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.export.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.export.to")
    String to;

    @Option(names = "--district", paramLabel = "KEY", descriptionKey = "cli.export.district")
    String district;

    @Option(names = "--contract", paramLabel = "REF", descriptionKey = "cli.export.contract")
    String contract;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.export.year")
    Integer year;

    @Option(names = "--coach", paramLabel = "ID", descriptionKey = "cli.export.coach")
    Long coach;

    @Override
    public Integer call() {
        String name = list.toLowerCase(Locale.ROOT);
        if (COACHING_HOURS.equals(name)) {
            if (year == null) {
                throw new ParameterException(spec.commandLine(), I18n.text("cli.export.yearRequired"));
            }
            int y = year;
            Long c = coach;
            LISTS.put(COACHING_HOURS, ctx -> CoachingHoursReport.build(ctx.coachingQueries(), y, c,
                    LocalDate.now(ctx.clock())));
        }
        Function<AppContext, Report> source = ActivityExports.NAMES.contains(name)
                ? ActivityExports.source(name, new ActivityExports.Options(event, from, to, district),
                        spec.commandLine())
                : FinanceExports.source(list, contract, year, spec);
        if (source == null) {
            source = LISTS.get(name);
        }
        if (source == null) {
            throw new ParameterException(spec.commandLine(),
                    I18n.text("cli.export.unknownList", list, String.join(", ", new ListNames())));
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), I18n.text("cli.export.notXlsx", output));
        }
        AtomicFile.checkWritable(output); // before the database opens: fail fast
        Report report;
        try (AppContext context = root.openContext()) {
            report = source.apply(context);
        }
        ReportRenderers.render(report, ReportFormat.XLSX, output, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        int rows = report.tables().stream().mapToInt(ReportTable::dataRowCount).sum();
        out.println(I18n.text("cli.export.done", rows, output.toAbsolutePath().normalize()));
        out.flush();
        return Cli.OK;
    }

    /** A report of one table: all columns of {@code columns}, one row per element, dated today. */
    static <R> Report table(AppContext context, String titleKey, List<ColumnDef<R>> columns, List<R> rows) {
        String title = I18n.text(titleKey);
        return Report.ofTable(title, null, LocalDate.now(context.clock()), ReportTable.of(title, columns, rows));
    }

    /** {@code rows} sorted by a name with German collation (Ö beside O, as on screen). */
    static <R> List<R> byName(List<R> rows, Function<R, String> name) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<R> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(name, Comparator.nullsLast(collator::compare)));
        return sorted;
    }

    /** The list names for the help text. */
    static final class ListNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>(LISTS.keySet());
            names.addAll(ActivityExports.NAMES);
            names.addAll(FinanceExports.NAMES);
            return names.iterator();
        }
    }
}
