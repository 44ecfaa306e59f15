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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Excel export of any table on screen, one mechanism for all: it writes exactly what the
 * user sees. The visible columns in their on-screen order (hidden ones left out), the rows in
 * their current filter and sort order, every value typed through the column's {@link ColumnDef}
 * (numbers stay numbers, dates dates), the table's title and today's date in the page header.
 * Works for every {@link TableView} whose columns come from {@link TableColumns}.
 *
 * <pre>
 * Button export = new TableExport(tasks, dialogs, clock)
 *         .button(table, () -> I18n.text("ui.area.municipalities"), countText::get);
 * toolbar.getChildren().add(export);   // "Exportieren …", and Ctrl+E while the table is shown
 * </pre>
 */
public final class TableExport {

    /** The shortcut of the export button. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** The shortcut of the print preview of the table on screen. */
    public static final KeyCombination PREVIEW_SHORTCUT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;

    public TableExport(BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A toolbar button that offers the table as an Excel workbook, as a print preview (and from
     * there printing) and as a PDF; {@link #SHORTCUT} exports it to Excel and
     * {@link #PREVIEW_SHORTCUT} opens the preview while the button's view is in the window.
     *
     * @param title    the export's title ("Kommunen"): sheet name, page header and file name
     * @param subtitle a second line for the page header ("12 von 418 Kommunen"), or null
     */
    public <R> Button button(TableView<R> table, Supplier<String> title, Supplier<String> subtitle) {
        Button button = new Button(I18n.text("tableexport.button"), new FontIcon(Material2MZ.TABLE_VIEW));
        button.setTooltip(new Tooltip(I18n.text("tableexport.tooltip", SHORTCUT.getDisplayText())));
        button.setMinWidth(Region.USE_PREF_SIZE); // a crowded toolbar shrinks the filters, not this label
        button.setOnAction(e -> menu(table, title, subtitle).show(button, Side.BOTTOM, 0, 0));
        button.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // Areas and tabs share one scene: each button listens, only the one on screen acts.
                scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                    boolean excel = SHORTCUT.match(event);
                    if ((excel || PREVIEW_SHORTCUT.match(event)) && button.getScene() == scene && isOnScreen(button)
                            && !button.isDisabled()) {
                        event.consume();
                        String subtitleText = subtitle == null ? null : subtitle.get();
                        if (excel) {
                            export(table, title.get(), subtitleText);
                        } else {
                            preview(table, title.get(), subtitleText);
                        }
                    }
                });
            }
        });
        return button;
    }

    /** The button's menu: Excel, print preview, PDF. */
    private <R> ContextMenu menu(TableView<R> table, Supplier<String> title, Supplier<String> subtitle) {
        MenuItem excel = new MenuItem(I18n.text("printpreview.menu.excel"), new FontIcon(Material2MZ.TABLE_VIEW));
        excel.setId("exportExcel");
        excel.setAccelerator(SHORTCUT);
        excel.setOnAction(e -> export(table, title.get(), subtitle == null ? null : subtitle.get()));
        MenuItem preview = new MenuItem(I18n.text("printpreview.menu.preview"), new FontIcon(Material2MZ.PRINT));
        preview.setId("exportPreview");
        preview.setAccelerator(PREVIEW_SHORTCUT);
        preview.setOnAction(e -> preview(table, title.get(), subtitle == null ? null : subtitle.get()));
        MenuItem pdf = new MenuItem(I18n.text("printpreview.menu.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("exportPdf");
        pdf.setOnAction(e -> savePdf(table, title.get(), subtitle == null ? null : subtitle.get()));
        return new ContextMenu(excel, preview, pdf);
    }

    /** Opens the print preview of the table as the user sees it (laid out in the background). Call on the FX thread. */
    public <R> void preview(TableView<R> table, String title, String subtitle) {
        List<ColumnDef<R>> columns = visibleColumns(table);
        if (columns.isEmpty()) {
            dialogs.showInfo(I18n.text("printpreview.menu.preview"), I18n.text("tableexport.noColumns"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Report report = report(title, subtitle, today, columns, new ArrayList<>(table.getItems()));
        new PrintPreview(tasks, dialogs).show(report, defaultFileName(title, today, ReportFormat.PDF));
    }

    /** Asks for a file and writes the table as the user sees it as a PDF, in the background. Call on the FX thread. */
    public <R> void savePdf(TableView<R> table, String title, String subtitle) {
        List<ColumnDef<R>> columns = visibleColumns(table);
        if (columns.isEmpty()) {
            dialogs.showInfo(I18n.text("printpreview.save.title"), I18n.text("tableexport.noColumns"));
            return;
        }
        List<R> rows = new ArrayList<>(table.getItems());
        LocalDate today = LocalDate.now(clock);
        Optional<Path> chosen = dialogs.chooseSaveFile(I18n.text("printpreview.save.title"),
                defaultFileName(title, today, ReportFormat.PDF), I18n.text("printpreview.save.filter"), "pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = PrintPreview.withPdf(chosen.get());
        tasks.run(I18n.text("printpreview.pdf.running", title), progress -> {
            ReportRenderers.render(report(title, subtitle, today, columns, rows), ReportFormat.PDF, file, progress);
            return file;
        })
                .onSuccess(written -> done(table, written))
                .onFailure(error -> dialogs.showFailure(I18n.text("printpreview.saveFailed"), error))
                .start();
    }

    /** Visible itself and inside visible parents (a hidden tab's content is invisible). */
    private static boolean isOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Asks for a file and writes the table as the user sees it, in the background. Call on the FX thread. */
    public <R> void export(TableView<R> table, String title, String subtitle) {
        List<ColumnDef<R>> columns = visibleColumns(table);
        if (columns.isEmpty()) {
            dialogs.showInfo(I18n.text("tableexport.dialog.title"), I18n.text("tableexport.noColumns"));
            return;
        }
        List<R> rows = new ArrayList<>(table.getItems());
        LocalDate today = LocalDate.now(clock);
        Optional<Path> chosen = dialogs.chooseSaveFile(I18n.text("tableexport.dialog.title"),
                defaultFileName(title, today), I18n.text("tableexport.dialog.filter"), "xlsx");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get());
        tasks.run(I18n.text("tableexport.running", title), progress -> {
            ReportRenderers.render(report(title, subtitle, today, columns, rows), ReportFormat.XLSX, file, progress);
            return file;
        })
                .onSuccess(written -> done(table, written))
                .onFailure(error -> dialogs.showFailure(I18n.text("tableexport.failed"), error))
                .start();
    }

    /**
     * The columns the user sees, left to right: visible leaf columns (inside nested headers too)
     * that were built by {@link TableColumns}. Call on the FX thread.
     */
    public static <R> List<ColumnDef<R>> visibleColumns(TableView<R> table) {
        List<ColumnDef<R>> defs = new ArrayList<>();
        for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
            ColumnDef<R> def = TableColumns.definition(column);
            if (def != null) {
                defs.add(def);
            }
        }
        return defs;
    }

    /**
     * The report of a table as shown: one sheet named {@code title} with {@code columns} in this
     * order and {@code rows} in this order, values typed by the definitions. No toolkit needed.
     */
    public static <R> Report report(String title, String subtitle, LocalDate date, List<ColumnDef<R>> columns,
            List<R> rows) {
        return Report.ofTable(title, subtitle, date, ReportTable.of(title, columns, rows));
    }

    /** {@code Kommunen_2026-11-26.xlsx}: the title without characters that file systems refuse, and the date. */
    public static String defaultFileName(String title, LocalDate date) {
        return defaultFileName(title, date, ReportFormat.XLSX);
    }

    /** {@code Kommunen_2026-11-26.pdf} and the like, for any format. */
    public static String defaultFileName(String title, LocalDate date, ReportFormat format) {
        String name = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        name = name.replaceAll("\\s+", "_");
        return (name.isEmpty() ? "Export" : name) + "_" + date + "." + format.extension();
    }

    /** The chosen file, with {@code .xlsx} added when the user typed a name without it. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    private void done(TableView<?> table, Path file) {
        String message = I18n.text("tableexport.done", file);
        Optional<StatusBar> statusBar = StatusBar.of(table);
        if (statusBar.isPresent()) {
            statusBar.get().setMessage(message);
        } else {
            dialogs.showInfo(I18n.text("tableexport.dialog.title"), message);
        }
    }
}
