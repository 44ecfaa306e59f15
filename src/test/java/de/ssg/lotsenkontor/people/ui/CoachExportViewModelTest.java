package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachColumns;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import de.ssg.lotsenkontor.ui.TableExportCommand;
import de.ssg.lotsenkontor.ui.TableExportCommand.Shown;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table export is a command of the view model: without a toolkit, on a real database, the
 * coach view model writes what the view says the user sees (columns in screen order, the rows as
 * filtered and sorted) as a real workbook, is busy meanwhile, and reports failures and an empty
 * column choice in German.
 */
class CoachExportViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The dialogs as the user answers them: the file to save to; what they were told is kept. */
    static final class Answers extends PeopleViewModelCommandsTest.Answers {
        final List<String> failureTitles = new ArrayList<>();
        Path file;
        String suggested;

        @Override
        public void showFailure(String title, Throwable error) {
            failureTitles.add(title);
            super.showFailure(title, error);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String filterText, String extension) {
            suggested = initialName;
            return Optional.ofNullable(file);
        }
    }

    /** Holds the work until the test lets it run, as a worker thread would. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            held.add(() -> TaskRunner.DIRECT.run(title, work, done, failed));
        }
    }

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
    private final Answers dialogs = new Answers();
    private Database db;
    private CoachQueries queries;
    private CoachService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder.resolve("db"));
        ReferenceData.loadIfEmpty(db);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        queries = new CoachQueries(db, municipalities, clock);
        service = new CoachService(db, queries, new CoachingService(db));
        store("Anna", "Lotsenfeld", 20, LocalDate.of(2024, 1, 1));
        store("Bernd", "Brückner", 12, LocalDate.of(2023, 5, 2));
        store("Carla", "Lotsenfeld-Ahn", 8, LocalDate.of(2025, 2, 3));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void store(String first, String last, int capacity, LocalDate from) {
        service.save(new CoachChange(null, 0, first, last, first.toLowerCase() + "@example.org", null, capacity, from,
                null, Set.of()));
    }

    private CoachViewModel viewModel(TaskRunner tasks) {
        CoachViewModel vm = new CoachViewModel(queries, service, tasks, dialogs,
                (key, first, todaySelected, title, header, text) -> Optional.empty(), clock);
        vm.reload();
        return vm;
    }

    /** What a view shows after the user searched "Lotsenfeld", moved "Kapazität" first and sorted by capacity. */
    private static Shown<CoachRow> shownAfterSearch(CoachViewModel vm) {
        List<ColumnDef<CoachRow>> columns = List.of(column("capacity"), column("lastName"), column("activeFrom"));
        List<CoachRow> rows = new ArrayList<>(vm.rows().shown());
        rows.sort(Comparator.comparingInt(CoachRow::capacity));
        return new Shown<>(columns, rows);
    }

    private static ColumnDef<CoachRow> column(String id) {
        return CoachColumns.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theExportWritesTheShownColumnsAndRowsAsTypedCellsOfARealWorkbook() throws Exception {
        CoachViewModel vm = viewModel(TaskRunner.DIRECT);
        vm.rows().searchProperty().set("Lotsenfeld");
        TableExportCommand<CoachRow> export = vm.exportCommand();
        export.setShown(() -> shownAfterSearch(vm));
        dialogs.file = folder.resolve("Lotsen"); // typed without extension
        assertThat(export.excelCommand().canRunBinding().get()).isTrue();

        export.excelCommand().run();

        Path written = folder.resolve("Lotsen.xlsx");
        assertThat(dialogs.failures).isEmpty();
        assertThat(dialogs.suggested).isEqualTo("Digital-Lotsen_2026-11-26.xlsx");
        assertThat(dialogs.questions).containsExactly("Exportiert: " + written);
        assertThat(export.busyProperty().get()).isFalse();
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Digital-Lotsen");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kapazität");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nachname");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Aktiv ab");
            // the search left out Brückner; the rows follow the view's order (capacity ascending)
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lotsenfeld-Ahn");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Lotsenfeld");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 1, 1));
            // the page header names the table, how many of how many rows it shows, and the day
            assertThat(sheet.getHeader().getLeft()).contains("Digital-Lotsen").contains("2 von 3 Lotsen");
            assertThat(sheet.getHeader().getRight()).isEqualTo("26.11.2026");
        }
    }

    @Test
    void theCommandIsBusyWhileItWritesAndCannotRunTwice() throws Exception {
        HeldRunner runner = new HeldRunner();
        CoachViewModel vm = viewModel(runner);
        runner.held.remove(0).run(); // the table's load
        TableExportCommand<CoachRow> export = vm.exportCommand();
        export.setShown(() -> new Shown<>(CoachColumns.all(), vm.rows().shown()));
        dialogs.file = folder.resolve("alle.xlsx");

        export.excelCommand().run();

        assertThat(export.busyProperty().get()).isTrue();
        assertThat(export.excelCommand().canRunBinding().get()).isFalse();
        assertThat(export.pdfCommand().canRunBinding().get()).isFalse();
        export.excelCommand().run();
        export.pdfCommand().run();
        assertThat(runner.held).hasSize(1);
        assertThat(folder.resolve("alle.xlsx")).doesNotExist();

        runner.held.remove(0).run();

        assertThat(export.busyProperty().get()).isFalse();
        assertThat(export.excelCommand().canRunBinding().get()).isTrue();
        try (InputStream in = Files.newInputStream(folder.resolve("alle.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Digital-Lotsen").getPhysicalNumberOfRows()).isEqualTo(4);
        }
    }

    @Test
    void aFailedWriteIsReportedAndNoColumnsAreExplainedInGerman() {
        CoachViewModel vm = viewModel(TaskRunner.DIRECT);
        TableExportCommand<CoachRow> export = vm.exportCommand();

        export.setShown(() -> new Shown<>(List.of(), vm.rows().shown()));
        dialogs.file = folder.resolve("nie.xlsx");
        export.excelCommand().run();
        assertThat(dialogs.suggested).isNull(); // not even asked for a file
        assertThat(dialogs.questions).singleElement().asString().startsWith("Es ist keine Spalte eingeblendet.");

        export.setShown(() -> new Shown<>(CoachColumns.all(), vm.rows().shown()));
        dialogs.file = folder.resolve("fehlt").resolve("a.xlsx");
        export.excelCommand().run();
        assertThat(dialogs.failureTitles).containsExactly("Export nicht möglich");
        assertThat(dialogs.failures).singleElement().asString().contains("a.xlsx");
        assertThat(export.busyProperty().get()).isFalse();
        assertThat(export.excelCommand().canRunBinding().get()).isTrue();
        assertThat(folder.resolve("fehlt")).doesNotExist();

        // the user cancels the file dialog: nothing is written, nothing is said
        dialogs.file = null;
        export.pdfCommand().run();
        assertThat(dialogs.suggested).isEqualTo("Digital-Lotsen_2026-11-26.pdf");
        assertThat(dialogs.failures).hasSize(1);
        assertThat(dialogs.questions).hasSize(1);
    }
}
