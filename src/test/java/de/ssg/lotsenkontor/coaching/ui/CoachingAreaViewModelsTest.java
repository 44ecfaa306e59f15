package de.ssg.lotsenkontor.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.coaching.SessionFormat;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models of the area "Betreuung" without a toolkit: fast entry, rules, board moves, gauge. */
class CoachingAreaViewModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> confirmations = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private Path saveAnswer;
    private boolean confirmAnswer = true;
    private final DialogPort dialogs = new DialogPort() {
        @Override
        public boolean confirm(String title, String message, String confirmText) {
            confirmations.add(message);
            return confirmAnswer;
        }

        @Override
        public boolean confirmDiscard(String entry) {
            return true;
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName, String filterText, String extension) {
            infos.add(initialName);
            return Optional.ofNullable(saveAnswer);
        }

        @Override
        public void showFailure(String title, Throwable error) {
            failures.add(error);
        }

        @Override
        public Optional<String> showSaveFailure(Throwable error, String a, String b, String c) {
            failures.add(error);
            return Optional.of(error.getMessage());
        }
    };
    private Database db;
    private CoachQueries coachQueries;
    private CoachService coaches;
    private NavigatorService navigators;
    private NavigatorQueries navigatorQueries;
    private MunicipalityQueries municipalities;
    private CoachingService coaching;
    private CoachingQueries queries;
    private long bautzen;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        municipalities = new MunicipalityQueries(db);
        coachQueries = new CoachQueries(db, municipalities, clock);
        navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
        coaching = new CoachingService(db, clock);
        queries = new CoachingQueries(db);
        coaches = new CoachService(db, coachQueries, coaching);
        navigators = new NavigatorService(db, navigatorQueries, coaching);
        bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020")).findFirst().orElseThrow()
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CoachDetails coach(String first, String last, int capacity) {
        return coaches.save(new CoachChange(null, 0, first, last, null, null, capacity, LocalDate.of(2024, 1, 1), null,
                Set.of("14625")));
    }

    private NavigatorDetails navigator(String first) {
        return navigators.save(new NavigatorChange(null, 0, first, "Navi", bautzen, List.of(), null, null, null,
                NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
    }

    private SessionViewModel sessions() {
        SessionViewModel vm = new SessionViewModel(queries, coaching, coachQueries, municipalities, navigatorQueries,
                TaskRunner.DIRECT, dialogs, clock);
        vm.load();
        return vm;
    }

    @Test
    void fastEntryProposesTodayTheNavigatorsCoachAndTheLastFormatAndIsReadyForTheNextSession() {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30);
        NavigatorDetails nora = navigator("Nora");
        coaching.assign(bernd.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        SessionViewModel vm = sessions();
        assertThat(vm.dateTextProperty().get()).isEqualTo(Formats.date(TODAY));
        assertThat(vm.formatProperty().get()).isEqualTo(SessionFormat.VOR_ORT);

        vm.municipalityProperty().set(vm.municipalities().stream().filter(m -> m.id() == bautzen).findFirst()
                .orElseThrow());
        assertThat(vm.navigators()).extracting(n -> n.name()).contains("Nora Navi");
        vm.toggleNavigator(vm.navigators().stream().filter(n -> n.id() == nora.id()).findFirst()
                .orElseThrow(), true);
        assertThat(vm.coachProperty().get().id()).isEqualTo(bernd.id());
        vm.hoursTextProperty().set("1,5");
        vm.formatProperty().set(SessionFormat.TELEFON);
        vm.topicProperty().set("E-Akte");
        vm.saveCommand().run();

        assertThat(failures).isEmpty();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.hours()).isEqualByComparingTo("1.5");
            assertThat(r.coachId()).isEqualTo(bernd.id());
        });
        // ready for the next: date today, the format just used, hours and navigator empty, coach kept
        assertThat(vm.hoursTextProperty().get()).isEmpty();
        assertThat(vm.chosenNavigators()).isEmpty();
        assertThat(vm.formatProperty().get()).isEqualTo(SessionFormat.TELEFON);
        assertThat(vm.coachProperty().get().id()).isEqualTo(bernd.id());
        assertThat(vm.totals()).singleElement().satisfies(t -> assertThat(t.hours()).isEqualByComparingTo("1.50"));
        // the last format also comes back after a restart
        assertThat(sessions().formatProperty().get()).isEqualTo(SessionFormat.TELEFON);
    }

    @Test
    void badInputIsReportedAndTheFormKeepsWhatWasTyped() {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30);
        NavigatorDetails nora = navigator("Nora");
        SessionViewModel vm = sessions();
        vm.coachProperty().set(vm.coaches().stream().filter(c -> c.id() == bernd.id()).findFirst().orElseThrow());
        vm.municipalityProperty().set(vm.municipalities().stream().filter(m -> m.id() == bautzen).findFirst()
                .orElseThrow());
        vm.toggleNavigator(vm.navigators().stream().filter(n -> n.id() == nora.id()).findFirst()
                .orElseThrow(), true);
        vm.topicProperty().set("E-Akte");
        vm.hoursTextProperty().set("1,1");
        vm.saveCommand().run();
        assertThat(vm.problemProperty().get()).contains("Viertelstunden");
        assertThat(vm.hoursTextProperty().get()).isEqualTo("1,1");
        assertThat(vm.chosenNavigators()).hasSize(1);

        vm.hoursTextProperty().set("zwei");
        vm.saveCommand().run();
        assertThat(vm.problemProperty().get()).contains("Dauer");

        vm.hoursTextProperty().set("2");
        vm.dateTextProperty().set(Formats.date(TODAY.plusYears(2)));
        vm.saveCommand().run();
        assertThat(vm.problemProperty().get()).contains("Datum");
        assertThat(queries.sessions(SessionFilter.ALL)).isEmpty();
    }

    @Test
    void deleteAsksFirstAndAConcurrentChangeIsReportedNotOverwritten() {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30);
        NavigatorDetails nora = navigator("Nora");
        long id = coaching.recordSession(new de.ssg.lotsenkontor.coaching.SessionInput(TODAY, bernd.id(), bautzen,
                nora.id(), java.math.BigDecimal.ONE, SessionFormat.ONLINE, "E-Akte", null));
        SessionViewModel vm = sessions();
        vm.edit(vm.rows().get(0));
        // another window changes the session meanwhile
        var stored = queries.sessions(SessionFilter.ALL).get(0);
        coaching.updateSession(id, stored.version(), new de.ssg.lotsenkontor.coaching.SessionInput(TODAY, bernd.id(),
                bautzen, nora.id(), new java.math.BigDecimal("2"), SessionFormat.ONLINE, "E-Akte", null));
        vm.hoursTextProperty().set("3");
        vm.saveCommand().run();
        assertThat(failures).singleElement().isInstanceOf(ConcurrentChangeException.class);
        assertThat(vm.hoursTextProperty().get()).isEqualTo("3");
        assertThat(queries.sessions(SessionFilter.ALL).get(0).hours()).isEqualByComparingTo("2");

        vm.loadRows();
        vm.edit(vm.rows().get(0));
        confirmAnswer = false;
        vm.deleteCommand().run();
        assertThat(confirmations).hasSize(1);
        assertThat(queries.sessions(SessionFilter.ALL)).hasSize(1);
        confirmAnswer = true;
        vm.deleteCommand().run();
        assertThat(queries.sessions(SessionFilter.ALL)).isEmpty();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aMovedCardShowsAtOnceAndTheGaugeTurnsAmberThenRed() {
        CoachDetails anna = coach("Anna", "Alle", 2);
        CoachDetails bernd = coach("Bernd", "Bautzen", 10);
        NavigatorDetails nora = navigator("Nora");
        NavigatorDetails otto = navigator("Otto");
        NavigatorDetails paul = navigator("Paul");
        coaching.assign(bernd.id(), paul.id(), LocalDate.of(2025, 3, 1), null);
        BoardViewModel vm = new BoardViewModel(queries, coaching, TaskRunner.DIRECT, dialogs, clock);
        vm.load();
        assertThat(vm.withoutCoach()).extracting(c -> c.navigatorId()).containsExactlyInAnyOrder(nora.id(), otto.id());
        BoardViewModel.CoachColumn annaColumn = vm.column(anna.id());
        assertThat(annaColumn.load()).isEqualTo(BoardViewModel.Load.OK);

        vm.move(vm.withoutCoach().get(0), annaColumn);
        vm.move(vm.withoutCoach().get(0), annaColumn);
        assertThat(annaColumn.cards()).hasSize(2);
        assertThat(annaColumn.load()).isEqualTo(BoardViewModel.Load.AMBER); // 100 %
        vm.move(vm.column(bernd.id()).cards().get(0), annaColumn);
        assertThat(annaColumn.load()).isEqualTo(BoardViewModel.Load.RED);
        assertThat(BoardViewModel.Load.of(9, 10)).isEqualTo(BoardViewModel.Load.AMBER);
        assertThat(BoardViewModel.Load.of(8, 10)).isEqualTo(BoardViewModel.Load.OK);
        assertThat(failures).isEmpty();
        assertThat(queries.coachOf(paul.id(), TODAY)).isEqualTo(anna.id());
        assertThat(queries.history(paul.id()).get(1).until()).isEqualTo(TODAY.minusDays(1));

        vm.onlyOverCapacityProperty().set(true);
        assertThat(vm.shownColumns()).extracting(BoardViewModel.CoachColumn::coachId).containsExactly(anna.id());
    }

    @Test
    void aLeavingCoachsNavigatorsAreHandedOverInTheSameTransactionOrNotAtAll() {
        CoachDetails anna = coach("Anna", "Alle", 10);
        CoachDetails bernd = coach("Bernd", "Bautzen", 10);
        NavigatorDetails nora = navigator("Nora");
        NavigatorDetails otto = navigator("Otto");
        coaching.assign(anna.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        coaching.assign(anna.id(), otto.id(), LocalDate.of(2025, 3, 1), null);
        LocalDate lastDay = TODAY;
        int version = coachQueries.details(anna.id()).version();
        // a handover before the last day is refused, and the coach stays active
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> coaches.deactivate(anna.id(), version, lastDay,
                new de.ssg.lotsenkontor.people.CoachHandover(bernd.id(), lastDay)))
                .hasMessageContaining("Übergabe ab");
        assertThat(coachQueries.details(anna.id()).activeUntil()).isNull();
        assertThat(queries.coachOf(nora.id(), TODAY)).isEqualTo(anna.id());

        coaches.deactivate(anna.id(), version, lastDay, new de.ssg.lotsenkontor.people.CoachHandover(bernd.id(),
                lastDay.plusDays(1)));
        assertThat(coachQueries.details(anna.id()).activeUntil()).isEqualTo(lastDay);
        assertThat(queries.coachOf(nora.id(), lastDay.plusDays(1))).isEqualTo(bernd.id());
        assertThat(queries.coachOf(otto.id(), lastDay.plusDays(1))).isEqualTo(bernd.id());
        assertThat(queries.history(nora.id()).get(1).endReason()).contains("übergeben an Bernd Bautzen");
        assertThat(queries.history(nora.id()).get(1).until()).isEqualTo(lastDay);
    }

    @Test
    void aSessionWithTwoNavigatorsCountsOnceAndTheHoursWorkbookIsWrittenFromTheWindow() throws Exception {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30);
        NavigatorDetails nora = navigator("Nora");
        NavigatorDetails otto = navigator("Otto");
        coaching.assign(bernd.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        coaching.assign(bernd.id(), otto.id(), LocalDate.of(2025, 3, 1), null);
        SessionViewModel vm = sessions();
        vm.municipalityProperty().set(vm.municipalities().stream().filter(m -> m.id() == bautzen).findFirst()
                .orElseThrow());
        vm.navigators().forEach(n -> vm.toggleNavigator(n, true));
        assertThat(vm.chosenNavigators()).hasSize(2);
        assertThat(vm.coachProperty().get().id()).isEqualTo(bernd.id());
        vm.hoursTextProperty().set("1,5");
        vm.topicProperty().set("E-Akte");
        vm.saveCommand().run();
        assertThat(failures).isEmpty();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.navigator()).isEqualTo("Nora Navi, Otto Navi");
            assertThat(r.navigatorIds()).containsExactlyInAnyOrder(nora.id(), otto.id());
        });
        // one session of 1,5 hours, however many navigators took part
        assertThat(vm.totals()).singleElement().satisfies(t -> {
            assertThat(t.sessions()).isEqualTo(1);
            assertThat(t.hours()).isEqualByComparingTo("1.50");
        });
        assertThat(queries.coachMonths(TODAY.getYear(), null)).singleElement()
                .satisfies(m -> assertThat(m.hours()).isEqualByComparingTo("1.50"));
        // editing shows both ticked; unticking one and saving keeps the other
        vm.edit(vm.rows().get(0));
        assertThat(vm.chosenNavigators()).extracting(n -> n.id()).containsExactlyInAnyOrder(nora.id(), otto.id());
        vm.toggleNavigator(vm.navigators().stream().filter(n -> n.id() == otto.id()).findFirst().orElseThrow(), false);
        vm.saveCommand().run();
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.navigator()).isEqualTo("Nora Navi"));
        // none ticked: refused, naming the field, nothing saved
        vm.edit(vm.rows().get(0));
        vm.chosenNavigators().clear();
        vm.saveCommand().run();
        assertThat(vm.problemProperty().get()).contains("Digital-Navigator");
        assertThat(queries.sessions(SessionFilter.ALL).get(0).navigatorIds()).containsExactly(nora.id());
        failures.clear();

        // the hours workbook of the year, of the coach chosen in the filter: save dialog, background, message
        vm.filterCoachProperty().set(vm.coaches().stream().filter(c -> c.id() == bernd.id()).findFirst()
                .orElseThrow());
        saveAnswer = null;
        vm.exportHoursCommand().run();
        assertThat(infos).containsExactly("Coaching-Stunden_2026_Bernd_Bautzen.xlsx");
        saveAnswer = folder.resolve("stunden.xlsx");
        vm.exportHoursCommand().run();
        assertThat(failures).isEmpty();
        assertThat(infos.get(infos.size() - 1)).contains("stunden.xlsx");
        try (var in = java.nio.file.Files.newInputStream(saveAnswer);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var hours = wb.getSheetAt(0);
            assertThat(hours.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bernd Bautzen");
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(hours.getRow(1).getCell(13)).getNumberValue()).isEqualTo(1.5);
            // the session sheet lists the session once, with its navigator
            var all = wb.getSheetAt(1);
            assertThat(all.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Nora Navi");
            assertThat(all.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void coverageIsFilteredByDistrictAndStatusAsTheDatabaseCountsThem() {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30);
        NavigatorDetails nora = navigator("Nora");
        coaching.assign(bernd.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        CoverageViewModel vm = new CoverageViewModel(queries, TaskRunner.DIRECT, dialogs, clock);
        vm.load();
        assertThat(failures).isEmpty();
        assertThat(vm.districts()).hasSize(13);
        assertThat(vm.municipalityReach()).hasSize((int) count(
                "SELECT COUNT(*) FROM municipality WHERE dissolved_on IS NULL"));

        vm.filterDistrictProperty().set(vm.districts().stream().filter(d -> d.key().equals("14625")).findFirst()
                .orElseThrow());
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.districtKey()).isEqualTo("14625"));
        long inBautzen = count("SELECT COUNT(*) FROM municipality m JOIN district d ON d.id = m.district_id"
                + " WHERE d.district_key = '14625' AND m.dissolved_on IS NULL");
        assertThat(vm.municipalityReach()).hasSize((int) inBautzen)
                .allSatisfy(m -> assertThat(m.districtKey()).isEqualTo("14625"));

        vm.filterStatusProperty().set(CoverageStatus.REACHED_OWN);
        assertThat(vm.municipalityReach()).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo(bautzen));
        vm.filterStatusProperty().set(CoverageStatus.UNCOVERED);
        assertThat(vm.municipalityReach()).hasSize((int) inBautzen - 1).noneMatch(m -> m.id() == bautzen);
        // a status shows only the districts that have such municipalities
        vm.filterDistrictProperty().set(null);
        vm.filterStatusProperty().set(CoverageStatus.REACHED_OWN);
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.districtKey()).isEqualTo("14625"));
        vm.filterStatusProperty().set(CoverageStatus.NOT_PARTICIPATING);
        assertThat(vm.municipalityReach()).hasSize((int) count("SELECT COUNT(*) FROM municipality"
                + " WHERE dissolved_on IS NULL AND participation_status <> 'AKTIV'"));
        // the text filter works together with them
        vm.filterStatusProperty().set(CoverageStatus.ALL);
        vm.filterProperty().set("bautz");
        assertThat(vm.municipalityReach()).isNotEmpty().allSatisfy(m -> assertThat((m.name() + " " + m.district()
                + " " + m.association()).toLowerCase()).contains("bautz"));
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.district()).isEqualTo("Bautzen"));
    }

    private long count(String sql) {
        return db.withConnection(c -> {
            try (var q = c.prepareStatement(sql); var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
