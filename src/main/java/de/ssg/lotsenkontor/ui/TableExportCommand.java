package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The export of a table on screen as a command of its view model: "Als Excel-Mappe speichern …"
 * and "Als PDF speichern …", each with "can run" and "busy" for the buttons (one export at a time),
 * asking for the file through the {@link DialogPort}, writing in the background through the
 * {@link TaskRunner} and reporting a failure as a German message. It writes exactly what the user
 * sees: the view hands it the visible columns in their on-screen order and the rows in their filter
 * and sort order as plain data ({@link Shown}); {@link TableExport} does that for a real table.
 * Needs no toolkit: a test sets {@link #setShown} itself and runs the work with {@link TaskRunner#DIRECT}.
 *
 * <pre>
 * exportCommand = new TableExportCommand&lt;&gt;(tasks, dialogs, clock,
 *         () -&gt; I18n.text("ui.area.municipalities"), () -&gt; rows.countText().get());
 * </pre>
 *
 * @param <R> the table's row type
 */
public final class TableExportCommand<R> {

    /**
     * What the user sees of a table: the visible columns left to right (their definitions, which
     * type every value) and the rows in their filter and sort order.
     */
    public record Shown<R>(List<ColumnDef<R>> columns, List<R> rows) {
        public Shown {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;
    private final Supplier<String> title;
    private final Supplier<String> subtitle;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Command excel;
    private final Command pdf;
    private Supplier<Shown<R>> shown = () -> new Shown<>(List.of(), List.of());
    private Consumer<String> done;

    /**
     * @param title    the export's title ("Kommunen"): sheet name, page header and file name
     * @param subtitle a second line for the page header ("12 von 418 Kommunen"), or null
     */
    public TableExportCommand(TaskRunner tasks, DialogPort dialogs, Clock clock, Supplier<String> title,
            Supplier<String> subtitle) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        this.title = Objects.requireNonNull(title);
        this.subtitle = subtitle == null ? () -> null : subtitle;
        this.done = message -> dialogs.showInfo(I18n.text("tableexport.dialog.title"), message);
        SimpleBooleanProperty always = new SimpleBooleanProperty(true);
        this.excel = new Command(always, busy, () -> write(ReportFormat.XLSX));
        this.pdf = new Command(always, busy, () -> write(ReportFormat.PDF));
    }

    /** Where the command reads what the user sees when it runs (the view's table; a test's rows). */
    public void setShown(Supplier<Shown<R>> shown) {
        this.shown = Objects.requireNonNull(shown);
    }

    /** Where "Exportiert: …" goes; by default an information dialog. */
    public void setDoneMessage(Consumer<String> done) {
        this.done = Objects.requireNonNull(done);
    }

    /** Asks for a file and writes the table as shown as an Excel workbook. */
    public Command excelCommand() {
        return excel;
    }

    /** Asks for a file and writes the table as shown as a PDF. */
    public Command pdfCommand() {
        return pdf;
    }

    /** True while an export runs. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The export's title as of now ("Kommunen"). */
    public String title() {
        return title.get();
    }

    /**
     * The report of the table as shown now, for the print preview; empty (the user told why) when
     * no column is visible. {@code dialogTitle} heads that message.
     */
    public Optional<Report> report(String dialogTitle) {
        Shown<R> now = shown.get();
        if (now.columns().isEmpty()) {
            dialogs.showInfo(dialogTitle, I18n.text("tableexport.noColumns"));
            return Optional.empty();
        }
        return Optional.of(report(title.get(), subtitle.get(), today(), now.columns(), now.rows()));
    }

    /** The default file name of the print preview's PDF ("Kommunen_2026-11-26.pdf"). */
    public String pdfFileName() {
        return defaultFileName(title.get(), today(), ReportFormat.PDF);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void write(ReportFormat format) {
        boolean xlsx = format == ReportFormat.XLSX;
        String dialogTitle = I18n.text(xlsx ? "tableexport.dialog.title" : "printpreview.save.title");
        Shown<R> now = shown.get();
        if (now.columns().isEmpty()) {
            dialogs.showInfo(dialogTitle, I18n.text("tableexport.noColumns"));
            return;
        }
        String name = title.get();
        String second = subtitle.get();
        LocalDate today = today();
        Optional<Path> chosen = dialogs.chooseSaveFile(dialogTitle, defaultFileName(name, today, format),
                I18n.text(xlsx ? "tableexport.dialog.filter" : "printpreview.save.filter"), format.extension());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), format);
        Command command = xlsx ? excel : pdf;
        command.execute(tasks, I18n.text(xlsx ? "tableexport.running" : "printpreview.pdf.running", name),
                progress -> {
                    ReportRenderers.render(report(name, second, today, now.columns(), now.rows()), format, file,
                            progress);
                    return file;
                }, written -> done.accept(I18n.text("tableexport.done", written)),
                error -> dialogs.showFailure(I18n.text(xlsx ? "tableexport.failed" : "printpreview.saveFailed"),
                        error));
    }

    /**
     * The report of a table as shown: one sheet named {@code title} with {@code columns} in this
     * order and {@code rows} in this order, values typed by the definitions.
     */
    public static <R> Report report(String title, String subtitle, LocalDate date, List<ColumnDef<R>> columns,
            List<R> rows) {
        return Report.ofTable(title, subtitle, date, ReportTable.of(title, columns, rows));
    }

    /** {@code Kommunen_2026-11-26.xlsx} and the like: the title without characters that file systems refuse, and the date. */
    public static String defaultFileName(String title, LocalDate date, ReportFormat format) {
        String name = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        name = name.replaceAll("\\s+", "_");
        return (name.isEmpty() ? "Export" : name) + "_" + date + "." + format.extension();
    }

    /** The chosen file, with the format's extension added when the user typed a name without it. */
    public static Path withExtension(Path file, ReportFormat format) {
        String name = file.getFileName().toString();
        String extension = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
