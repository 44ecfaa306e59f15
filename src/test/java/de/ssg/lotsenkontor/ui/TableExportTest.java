package de.ssg.lotsenkontor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared table export writes what the user sees: visible columns in screen order, rows in
 * filter and sort order, typed values. The pure part runs without a toolkit; the rest on a real
 * (headless) TableView and through the button and its shortcut.
 */
class TableExportTest {

    record Member(String name, int hours, BigDecimal amount, LocalDate since, Level level) {
    }

    enum Level { LOW, HIGH }

    static final List<ColumnDef<Member>> COLUMNS = List.of(
            ColumnDef.<Member>of("name", "Name", ColumnType.TEXT, 20, Member::name),
            ColumnDef.<Member>of("hours", "Stunden", ColumnType.INTEGER, 8, Member::hours),
            ColumnDef.<Member>of("amount", "Betrag", ColumnType.MONEY, 12, Member::amount),
            ColumnDef.<Member>of("since", "Seit", ColumnType.DATE, 11, Member::since),
            ColumnDef.<Member>of("level", "Stufe", ColumnType.TEXT, 8, m -> m.level() == Level.LOW ? "niedrig" : "hoch")
                    .sortedBy(Member::level));

    static final List<Member> MEMBERS = List.of(
            new Member("Özdemir", 5, new BigDecimal("1234.56"), LocalDate.of(2024, 3, 1), Level.HIGH),
            new Member("Albrecht", 12, new BigDecimal("10.00"), null, Level.LOW),
            new Member("Zimmer", 1, new BigDecimal("0.99"), LocalDate.of(2023, 1, 31), Level.LOW),
            new Member("Berger", 30, null, LocalDate.of(2022, 6, 15), Level.HIGH));

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    // ---- without a toolkit --------------------------------------------------------------------

    @Test
    void theReportHasTheGivenColumnsAndRowsInTheirOrderWithTypedValues() {
        List<ColumnDef<Member>> shown = List.of(COLUMNS.get(2), COLUMNS.get(0), COLUMNS.get(3));
        Report report = TableExport.report("Mitglieder", "2 von 4", TODAY, shown, List.of(MEMBERS.get(2), MEMBERS.get(0)));

        assertThat(report.title()).isEqualTo("Mitglieder");
        assertThat(report.subtitle()).isEqualTo("2 von 4");
        assertThat(report.created()).isEqualTo(TODAY);
        ReportTable table = report.tables().get(0);
        assertThat(table.title()).isEqualTo("Mitglieder");
        assertThat(table.columns()).extracting(ReportTable.Column::title).containsExactly("Betrag", "Name", "Seit");
        assertThat(table.columns()).extracting(ReportTable.Column::type)
                .containsExactly(ColumnType.MONEY, ColumnType.TEXT, ColumnType.DATE);
        assertThat(table.rows().get(0).cells()).containsExactly(new BigDecimal("0.99"), "Zimmer", LocalDate.of(2023, 1, 31));
        assertThat(table.rows().get(1).cells()).containsExactly(new BigDecimal("1234.56"), "Özdemir", LocalDate.of(2024, 3, 1));
    }

    @Test
    void theDefaultFileNameIsTitleAndDate() {
        assertThat(TableExport.defaultFileName("Kommunen", TODAY)).isEqualTo("Kommunen_2026-11-26.xlsx");
        assertThat(TableExport.defaultFileName("Lotsen & Navigatoren: 2024/25", TODAY))
                .isEqualTo("Lotsen_&_Navigatoren-_2024-25_2026-11-26.xlsx");
        assertThat(TableExport.withExtension(Path.of("/tmp/liste"))).isEqualTo(Path.of("/tmp/liste.xlsx"));
        assertThat(TableExport.withExtension(Path.of("/tmp/Liste.XLSX"))).isEqualTo(Path.of("/tmp/Liste.XLSX"));
    }

    // ---- on a real table ----------------------------------------------------------------------

    @Test
    void visibleColumnsFollowTheScreenHiddenColumnsAreLeftOutRowsFollowFilterAndSort() throws Exception {
        Report report = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TableView<Member> table = table();
            // the user hides "Seit", drags "Betrag" to the front and sorts by "Stufe", then by "Stunden" descending
            column(table, "since").setVisible(false);
            TableColumn<Member, ?> amount = column(table, "amount");
            table.getColumns().remove(amount);
            table.getColumns().add(0, amount);
            TableColumn<Member, ?> level = column(table, "level");
            TableColumn<Member, ?> hours = column(table, "hours");
            hours.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(level, hours);
            table.sort();
            return TableExport.report("Mitglieder", null, TODAY, TableExport.visibleColumns(table),
                    new ArrayList<>(table.getItems()));
        });

        ReportTable table = report.tables().get(0);
        assertThat(table.columns()).extracting(ReportTable.Column::title)
                .containsExactly("Betrag", "Name", "Stunden", "Stufe");
        // filter: "Zimmer" is filtered out; sort: LOW before HIGH (the enum, not the text), then hours descending
        assertThat(table.rows()).extracting(r -> r.cell(1)).containsExactly("Albrecht", "Berger", "Özdemir");
        assertThat(table.rows().get(0).cells()).containsExactly(new BigDecimal("10.00"), "Albrecht", 12, "niedrig");
        assertThat(table.rows().get(1).cell(0)).isNull();
    }

    @Test
    void theButtonAndCtrlEExportTheTableAndReportInTheStatusBar() throws Exception {
        Path file = folder.resolve("Mitglieder-Export.xlsx");
        RecordingDialogs dialogs = new RecordingDialogs(file);
        BackgroundTasks tasks = new BackgroundTasks();
        StatusBar[] statusBar = new StatusBar[1];
        Button button = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TableView<Member> table = table();
            column(table, "level").setVisible(false);
            Button b = new TableExport(tasks, dialogs, CLOCK).button(table, () -> "Mitglieder", () -> "3 von 4 Mitgliedern");
            statusBar[0] = new StatusBar(tasks);
            BorderPane root = new BorderPane(table, b, null, statusBar[0].node(), null);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 800, 400));
            stage.show();
            stage.requestFocus();
            table.requestFocus();
            return b;
        });
        // Ctrl+E pressed on the keyboard, as the user does it, after a click into the table
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.clickOn(((BorderPane) button.getScene().getRoot()).getCenter());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);

        waitFor(() -> Files.exists(file) && statusText(statusBar[0]).startsWith("Exportiert"));
        assertThat(dialogs.suggestedName).isEqualTo("Mitglieder_2026-11-26.xlsx");
        assertThat(statusText(statusBar[0])).isEqualTo("Exportiert: " + file);
        assertThat(dialogs.infos).isEmpty();
        assertThat(button.getText()).isEqualTo("Exportieren …");
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheet("Mitglieder");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 4);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Seit");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Özdemir");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.56);
            assertThat(sheet.getHeader().getLeft()).contains("Mitglieder").contains("3 von 4 Mitgliedern");
            assertThat(sheet.getHeader().getRight()).isEqualTo("26.11.2026");
        }
    }

    @Test
    void withoutAStatusBarTheResultIsShownInADialogAndFailuresAsFailures() throws Exception {
        Path file = folder.resolve("liste"); // without extension: .xlsx is added
        RecordingDialogs dialogs = new RecordingDialogs(file);
        BackgroundTasks tasks = new BackgroundTasks();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TableView<Member> table = table();
            new TableExport(tasks, dialogs, CLOCK).export(table, "Mitglieder", null);
            return null;
        });
        waitFor(() -> !dialogs.infos.isEmpty());
        assertThat(dialogs.infos).containsExactly("Exportiert: " + folder.resolve("liste.xlsx"));
        assertThat(folder.resolve("liste.xlsx")).exists();

        RecordingDialogs failing = new RecordingDialogs(folder.resolve("fehlt").resolve("a.xlsx"));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            new TableExport(tasks, failing, CLOCK).export(table(), "Mitglieder", null);
            return null;
        });
        waitFor(() -> !failing.failures.isEmpty());
        assertThat(failing.failures.get(0)).contains("a.xlsx").contains("Den Ordner");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A table as a view builds it: columns from definitions, a filtered and sorted list. */
    private static TableView<Member> table() {
        TableView<Member> table = new TableView<>();
        TableColumns.addAll(table, COLUMNS);
        table.getColumns().add(new TableColumn<>("ohne Definition"));
        FilteredList<Member> filtered = new FilteredList<>(FXCollections.observableArrayList(MEMBERS),
                m -> !m.name().equals("Zimmer"));
        SortedList<Member> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setTableMenuButtonVisible(true);
        return table;
    }

    private static TableColumn<Member, ?> column(TableView<Member> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static String statusText(StatusBar bar) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ((Label) bar.node().lookup("#statusMessage")).getText());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The dialogs as a user would answer them: the file chosen, messages recorded instead of shown. */
    static final class RecordingDialogs extends DialogService {

        final Path answer;
        final List<String> infos = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        String suggestedName;

        RecordingDialogs(Path answer) {
            super(() -> null, Path.of("logs"));
            this.answer = answer;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String filterText, String extension) {
            suggestedName = initialName;
            return Optional.of(answer);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public void showFailure(String title, Throwable error) {
            failures.add(describe(error));
        }
    }
}
