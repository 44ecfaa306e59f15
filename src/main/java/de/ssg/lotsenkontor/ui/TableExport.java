package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The export button of any table on screen, one for all: it binds to the view model's
 * {@link TableExportCommand} and hands it what the user sees. The visible columns in their
 * on-screen order (hidden ones left out), the rows in their current filter and sort order, every
 * value typed through the column's {@link ColumnDef} (numbers stay numbers, dates dates), the
 * table's title and today's date in the page header. Works for every {@link TableView} whose
 * columns come from {@link TableColumns}. The command asks for the file, writes in the background
 * and reports failures; the button only binds, and shows "Exportiert: …" in the status bar.
 *
 * <pre>
 * Button export = new TableExport(tasks, dialogs, clock).button(table, vm.exportCommand());
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
     * A toolbar button bound to {@code command}: it offers the table as an Excel workbook, as a
     * print preview (and from there printing) and as a PDF; {@link #SHORTCUT} exports it to Excel
     * and {@link #PREVIEW_SHORTCUT} opens the preview while the button's view is in the window.
     */
    public <R> Button button(TableView<R> table, TableExportCommand<R> command) {
        bind(table, command);
        Button button = new Button(I18n.text("tableexport.button"), new FontIcon(Material2MZ.TABLE_VIEW));
        button.setTooltip(new Tooltip(I18n.text("tableexport.tooltip", SHORTCUT.getDisplayText())));
        button.setMinWidth(Region.USE_PREF_SIZE); // a crowded toolbar shrinks the filters, not this label
        button.disableProperty().bind(command.excelCommand().canRunBinding().not());
        button.setOnAction(e -> menu(command).show(button, Side.BOTTOM, 0, 0));
        button.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // Areas and tabs share one scene: each button listens, only the one on screen acts.
                scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                    boolean excel = SHORTCUT.match(event);
                    if ((excel || PREVIEW_SHORTCUT.match(event)) && button.getScene() == scene && isOnScreen(button)
                            && !button.isDisabled()) {
                        event.consume();
                        if (excel) {
                            command.excelCommand().run();
                        } else {
                            preview(command);
                        }
                    }
                });
            }
        });
        return button;
    }

    /**
     * A button for a table without a view model (the shell's own tests): the same as
     * {@link #button(TableView, TableExportCommand)} with a command made here. Package-private:
     * a feature's view binds its view model's command.
     *
     * @param title    the export's title ("Kommunen"): sheet name, page header and file name
     * @param subtitle a second line for the page header ("12 von 418 Kommunen"), or null
     */
    <R> Button button(TableView<R> table, Supplier<String> title, Supplier<String> subtitle) {
        return button(table, command(title, subtitle));
    }

    /** The button's menu: Excel, print preview, PDF. */
    private <R> ContextMenu menu(TableExportCommand<R> command) {
        MenuItem excel = new MenuItem(I18n.text("printpreview.menu.excel"), new FontIcon(Material2MZ.TABLE_VIEW));
        excel.setId("exportExcel");
        excel.setAccelerator(SHORTCUT);
        excel.disableProperty().bind(command.excelCommand().canRunBinding().not());
        excel.setOnAction(e -> command.excelCommand().run());
        MenuItem preview = new MenuItem(I18n.text("printpreview.menu.preview"), new FontIcon(Material2MZ.PRINT));
        preview.setId("exportPreview");
        preview.setAccelerator(PREVIEW_SHORTCUT);
        preview.setOnAction(e -> preview(command));
        MenuItem pdf = new MenuItem(I18n.text("printpreview.menu.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("exportPdf");
        pdf.disableProperty().bind(command.pdfCommand().canRunBinding().not());
        pdf.setOnAction(e -> command.pdfCommand().run());
        return new ContextMenu(excel, preview, pdf);
    }

    /** Opens the print preview of the table as the user sees it (laid out in the background). Call on the FX thread. */
    private void preview(TableExportCommand<?> command) {
        command.report(I18n.text("printpreview.menu.preview"))
                .ifPresent(report -> new PrintPreview(tasks, dialogs).show(report, command.pdfFileName()));
    }

    /** Opens the print preview of {@code table} as the user sees it. Call on the FX thread. */
    <R> void preview(TableView<R> table, String title, String subtitle) {
        preview(bind(table, command(() -> title, () -> subtitle)));
    }

    /** Asks for a file and writes {@code table} as the user sees it as a PDF, in the background. Call on the FX thread. */
    <R> void savePdf(TableView<R> table, String title, String subtitle) {
        bind(table, command(() -> title, () -> subtitle)).pdfCommand().run();
    }

    /** Asks for a file and writes {@code table} as the user sees it, in the background. Call on the FX thread. */
    <R> void export(TableView<R> table, String title, String subtitle) {
        bind(table, command(() -> title, () -> subtitle)).excelCommand().run();
    }

    private <R> TableExportCommand<R> command(Supplier<String> title, Supplier<String> subtitle) {
        return new TableExportCommand<>(tasks, dialogs, clock, title, subtitle);
    }

    /** Lets {@code command} read what {@code table} shows and report "Exportiert: …" in the status bar. */
    private <R> TableExportCommand<R> bind(TableView<R> table, TableExportCommand<R> command) {
        command.setShown(() -> shown(table));
        command.setDoneMessage(message -> {
            Optional<StatusBar> statusBar = StatusBar.of(table);
            if (statusBar.isPresent()) {
                statusBar.get().setMessage(message);
            } else {
                dialogs.showInfo(I18n.text("tableexport.dialog.title"), message);
            }
        });
        return command;
    }

    /** What {@code table} shows: the visible columns left to right, the rows in filter and sort order. Call on the FX thread. */
    public static <R> TableExportCommand.Shown<R> shown(TableView<R> table) {
        return new TableExportCommand.Shown<>(visibleColumns(table), new ArrayList<>(table.getItems()));
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

    /** See {@link TableExportCommand#report(String, String, LocalDate, List, List)}. No toolkit needed. */
    public static <R> Report report(String title, String subtitle, LocalDate date, List<ColumnDef<R>> columns,
            List<R> rows) {
        return TableExportCommand.report(title, subtitle, date, columns, rows);
    }

    /** {@code Kommunen_2026-11-26.xlsx}: the title without characters that file systems refuse, and the date. */
    public static String defaultFileName(String title, LocalDate date) {
        return TableExportCommand.defaultFileName(title, date, ReportFormat.XLSX);
    }

    /** The chosen file, with {@code .xlsx} added when the user typed a name without it. */
    static Path withExtension(Path file) {
        return TableExportCommand.withExtension(file, ReportFormat.XLSX);
    }
}
