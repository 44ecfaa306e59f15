package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.print.PrintDocument;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every report the app builds is previewed from its area through the one print mechanism: the
 * table exports (Kommunen, Kreise, Navigatoren, Lotsen, Coaching-Termine), the hours, an event's
 * attendance list, the Sachbericht figures, the proof of use, the ledger and the project list. The
 * real app on demo data; what the preview shows (its pages, saved and read back with PDFBox) is
 * compared with counts and names read straight from the database. One PDF is saved from the
 * window, and a target that cannot be written gets a German message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintFromAreasFxTest {

    private static Path folder;
    private static final List<String> failures = new CopyOnWriteArrayList<>();
    private static final List<String> infos = new CopyOnWriteArrayList<>();
    private static volatile Path answer;

    private Application app;
    private final FxRobot robot = new FxRobot();

    /** The app with its dialogs answered as a user would: the file chosen, messages recorded. */
    public static final class AnsweredApp extends LotsenkontorApp {
        @Override
        protected DialogService createDialogs(Stage stage, Path logFolder) {
            return new DialogService(() -> stage, logFolder) {
                @Override
                public Optional<Path> chooseSaveFile(String title, String initialName, String filterText,
                        String extension) {
                    return Optional.ofNullable(answer);
                }

                @Override
                public void showError(String title, String message) {
                    failures.add(title + ": " + message);
                }

                @Override
                public void showInfo(String title, String message) {
                    infos.add(title + ": " + message);
                }

                @Override
                public void showWarning(String title, String message) {
                    failures.add(title + ": " + message);
                }
            };
        }
    }

    @BeforeAll
    void startOnDemoData() throws Exception {
        folder = Files.createTempDirectory("lk-print-areas");
        try (AppContext c = AppContext.open(DataPaths.of(folder))) {
            new DemoData(c.database(), c.clock()).generate(1, DemoData.DEFAULT_SEED, Progress.NONE);
        }
        FxToolkit.registerPrimaryStage();
        LotsenkontorApp.prepare(DataPaths.of(folder));
        app = FxToolkit.setupApplication(AnsweredApp::new);
        FxToolkit.setupStage(s -> {
            s.setWidth(1400);
            s.setHeight(1000);
            s.requestFocus();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#overviewView").tryQuery().isPresent());
    }

    @AfterAll
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @AfterEach
    void closePreviews() throws Exception {
        robot.interact(() -> previews().forEach(Stage::close));
        failures.clear();
        infos.clear();
        answer = null;
    }

    /** One area's report: how the user opens its preview, and what the database says it must show. */
    private record Case(String name, Opener open, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    private interface Opener {
        void open(PrintFromAreasFxTest test) throws Exception;
    }

    @FunctionalInterface
    private interface Expected {
        List<String> texts(Connection db) throws Exception;
    }

    Stream<Arguments> cases() {
        int year = LocalDate.now().getYear();
        return Stream.of(
                new Case("Kommunen", t -> t.tableExport("municipalities", null, "#municipalityExport"),
                        db -> List.of("Kommunen", one(db, "SELECT name FROM municipality ORDER BY ags DESC"),
                                one(db, "SELECT name FROM municipality ORDER BY ags"),
                                count(db, "SELECT COUNT(*) FROM municipality") + " von "
                                        + count(db, "SELECT COUNT(*) FROM municipality"))),
                new Case("Kreise", t -> t.tableExport("municipalities", "#districtSummaryTab", "#districtSummaryExport"),
                        db -> all(db, "SELECT name FROM district")),
                new Case("Navigatoren", t -> t.tableExport("people", "#tabNavigators", "#navigatorExport"),
                        db -> List.of(one(db, "SELECT last_name FROM navigator WHERE status = 'AKTIV' ORDER BY id"))),
                new Case("Lotsen", t -> t.tableExport("people", "#tabCoaches", "#coachExport"),
                        db -> all(db, "SELECT last_name FROM coach WHERE active_until IS NULL")),
                new Case("Stundennachweis", t -> t.printAction("coaching", "#tabSessions", "#printHours", 0),
                        db -> {
                            List<String> texts = new ArrayList<>(List.of(I18n.text("coaching.hours.title", year),
                                    I18n.text("coaching.hours.subtitle", count(db,
                                            "SELECT COUNT(*) FROM coaching_session WHERE YEAR(session_date) = "
                                                    + year))));
                            // the grand total of the hours, as the row and column sums give it
                            texts.add(Formats.decimal(new java.math.BigDecimal(one(db, "SELECT SUM(hours) FROM"
                                    + " coaching_session WHERE YEAR(session_date) = " + year)), 2));
                            texts.addAll(all(db, "SELECT DISTINCT c.last_name FROM coaching_session s JOIN coach c"
                                    + " ON c.id = s.coach_id WHERE YEAR(s.session_date) = " + year));
                            return texts;
                        }),
                new Case("Teilnehmerliste", PrintFromAreasFxTest::attendanceList,
                        db -> {
                            long event = biggestEvent(db);
                            List<String> texts = new ArrayList<>(List.of(one(db,
                                    "SELECT title FROM event WHERE id = " + event)));
                            texts.addAll(all(db, "SELECT n.last_name FROM attendance a JOIN navigator n"
                                    + " ON n.id = a.navigator_id WHERE a.event_id = " + event));
                            return texts;
                        }),
                new Case("Sachbericht", PrintFromAreasFxTest::sachbericht,
                        db -> {
                            // the period the area proposes (the last full year), its sessions counted in the database
                            int last = year - 1;
                            List<String> texts = new ArrayList<>(List.of(I18n.text("sachbericht.title"),
                                    Formats.date(LocalDate.of(last, 1, 1)) + " – "
                                            + Formats.date(LocalDate.of(last, 12, 31)),
                                    "Coaching-Termine\n" + count(db, "SELECT COUNT(*) FROM coaching_session"
                                            + " WHERE YEAR(session_date) = " + last)));
                            texts.addAll(all(db, "SELECT name FROM district"));
                            return texts;
                        }),
                new Case("Verwendungsnachweis", t -> t.printAction("funding", "#budgetTab", "#printProof", 0),
                        db -> {
                            List<String> texts = new ArrayList<>(List.of("Verwendungsnachweis"));
                            texts.addAll(all(db, "SELECT DISTINCT k.name FROM budget_line b JOIN cost_category k"
                                    + " ON k.id = b.category_id"));
                            return texts;
                        }),
                new Case("Belegliste", t -> t.printAction("funding", "#ledgerTab", "#printLedger", 0),
                        db -> List.of(one(db, "SELECT receipt_no FROM expense e JOIN funding_contract f"
                                + " ON f.id = e.contract_id WHERE e.fiscal_year = " + shownYear(db)
                                + " ORDER BY e.payment_date, e.receipt_no"))),
                new Case("Projekte", t -> t.printAction("projects", null, "#printProjects", 1),
                        db -> List.of(I18n.text("projects.export.title"),
                                one(db, "SELECT title FROM local_project WHERE LENGTH(title) < 25 ORDER BY id"),
                                one(db, "SELECT title FROM local_project WHERE LENGTH(title) < 25 ORDER BY id DESC"))))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAreasReportIsPreviewedWithWhatTheDatabaseHolds(Case c) throws Exception {
        c.open().open(this);
        Stage preview = awaitPreview();
        PrintDocument document = (PrintDocument) preview.getProperties().get(PrintDocument.class);
        assertThat(document).as("the laid-out document of the preview").isNotNull();
        FxTestSupport.waitUntil(() -> ((Label) preview.getScene().lookup("#previewPage")).getText()
                .startsWith("Seite 1 von"));
        assertThat(((Label) preview.getScene().lookup("#previewPage")).getText())
                .isEqualTo("Seite 1 von " + document.pageCount());
        Path shown = folder.resolve(c.name() + "-shown.pdf");
        document.save(shown);
        try (PDDocument pdf = Loader.loadPDF(shown.toFile()); Connection db = FxTestSupport.jdbc(folder)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(document.pageCount());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Seite " + pdf.getNumberOfPages() + " von " + pdf.getNumberOfPages())
                    .as("computed cells print their values").doesNotContain("ROW_SUM", "Computed[", "Aggregate");
            for (String expected : c.expected().texts(db)) {
                assertThat(text).as("%s shows %s", c.name(), expected).contains(expected);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theProofOfUseIsSavedAsPdfFromTheWindowAndAnUnwritableTargetIsExplained() throws Exception {
        Path file = folder.resolve("Verwendungsnachweis aus dem Fenster.pdf");
        answer = file;
        MenuItem pdf = printItem("funding", "#budgetTab", "#printProof", 0, "Pdf");
        robot.interact(pdf::fire);
        FxTestSupport.waitUntil(90, () -> statusShows("Gespeichert") || !infos.isEmpty() || !failures.isEmpty());
        assertThat(infos).as("messages shown while saving").isEmpty();
        assertThat(failures).as("failures shown while saving").isEmpty();
        assertThat(file).exists();
        try (PDDocument saved = Loader.loadPDF(file.toFile()); Connection db = FxTestSupport.jdbc(folder)) {
            String text = new PDFTextStripper().getText(saved);
            assertThat(saved.getNumberOfPages()).isGreaterThan(0);
            assertThat(text).contains("Verwendungsnachweis").contains("Seite 1 von " + saved.getNumberOfPages());
            for (String category : all(db, "SELECT DISTINCT k.name FROM budget_line b JOIN cost_category k"
                    + " ON k.id = b.category_id")) {
                assertThat(text).contains(category);
            }
            assertThat(saved.getDocumentInformation().getTitle()).contains("Verwendungsnachweis");
        }

        Path folderAsFile = folder.resolve("kein-ordner.txt");
        Files.writeString(folderAsFile, "x");
        answer = folderAsFile.resolve("Nachweis.pdf"); // a folder that is a file: cannot be written
        robot.interact(pdf::fire);
        FxTestSupport.waitUntil(() -> !failures.isEmpty());
        assertThat(failures.get(0)).startsWith("Speichern nicht möglich: ").contains("Nachweis.pdf")
                .doesNotContain("Exception");
    }

    // --- how the user gets there

    private void goTo(String area, String tab) throws Exception {
        robot.interact(() -> ((ToggleButton) robot.lookup("#nav-" + area).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        if (tab != null) {
            FxTestSupport.waitUntil(() -> robot.lookup(tab).tryQuery().isPresent()
                    || findTab(tab) != null);
            robot.interact(() -> {
                javafx.scene.control.Tab t = findTab(tab);
                t.getTabPane().getSelectionModel().select(t);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.Tab findTab(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll(".tab-pane")) {
                    for (javafx.scene.control.Tab t : ((TabPane) n).getTabs()) {
                        if (id.equals("#" + t.getId())) {
                            return t;
                        }
                    }
                }
            }
        }
        return null;
    }

    private Node visible(String id) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup(id).match(Node::isVisible).tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        Node node = robot.lookup(id).match(Node::isVisible).query();
        FxTestSupport.reveal(node);
        return node;
    }

    /** The table export's button, then "Druckvorschau …" in its menu. */
    private void tableExport(String area, String tab, String button) throws Exception {
        goTo(area, tab);
        Button export = (Button) visible(button);
        robot.interact(export::fire);
        FxTestSupport.waitUntil(() -> contextMenu() != null);
        robot.interact(() -> {
            ContextMenu menu = contextMenu();
            MenuItem preview = menu.getItems().stream().filter(i -> "exportPreview".equals(i.getId())).findFirst()
                    .orElseThrow();
            menu.hide();
            preview.fire();
        });
    }

    private static ContextMenu contextMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    /** The area's "Drucken …" button, then "Druckvorschau …". */
    private void printAction(String area, String tab, String button, int submenu) throws Exception {
        MenuItem item = printItem(area, tab, button, submenu, "Preview");
        robot.interact(item::fire);
    }

    private MenuItem printItem(String area, String tab, String button, int submenu, String kind) throws Exception {
        goTo(area, tab);
        MenuButton print = (MenuButton) visible(button);
        List<MenuItem> items = submenu == 0 ? print.getItems()
                : ((Menu) print.getItems().get(submenu - 1)).getItems();
        assertThat(items).extracting(MenuItem::getText)
                .containsExactly("Druckvorschau …", "Drucken …", "Als PDF speichern …");
        return items.stream().filter(i -> i.getId().endsWith(kind)).findFirst().orElseThrow();
    }

    private static void attendanceList(PrintFromAreasFxTest t) throws Exception {
        t.goTo("events", null);
        long event;
        try (Connection db = FxTestSupport.jdbc(folder)) {
            event = biggestEvent(db);
        }
        FxTestSupport.waitUntil(() -> t.table("#eventTable").getItems().stream()
                .anyMatch(r -> r instanceof EventRow e && e.id() == event));
        t.robot.interact(() -> {
            TableView<Object> table = t.table("#eventTable");
            Object row = table.getItems().stream().filter(r -> ((EventRow) r).id() == event).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
        });
        t.printAction("events", null, "#printAttendance", 0);
    }

    private static void sachbericht(PrintFromAreasFxTest t) throws Exception {
        t.goTo("reports", null);
        Button compute = (Button) t.visible("#computeSachbericht");
        t.robot.interact(compute::fire);
        FxTestSupport.waitUntil(() -> !t.table("#sachberichtTable").getItems().isEmpty());
        t.printAction("reports", null, "#printSachbericht", 0);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String id) {
        return (TableView<Object>) robot.lookup(id).query();
    }

    /** Whether the status bar of the app's window says {@code start}; another test's window may still be open. */
    private static boolean statusShows(String start) {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup("#statusMessage"))
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith(start));
    }

    private static List<Stage> previews() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Druckvorschau")).map(w -> (Stage) w).toList();
    }

    private Stage awaitPreview() throws Exception {
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                () -> !previews().isEmpty() || !failures.isEmpty() || !infos.isEmpty());
        assertThat(failures).isEmpty();
        assertThat(infos).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        return previews().get(0);
    }

    // --- the database, read directly

    /** The event with the most participants: its list is the one printed. */
    private static long biggestEvent(Connection db) throws Exception {
        return count(db, "SELECT event_id FROM attendance a JOIN navigator n ON n.id = a.navigator_id"
                + " GROUP BY event_id ORDER BY COUNT(*) DESC, event_id");
    }

    /** The year the finance area shows at first: this year if the contract covers it. */
    private static int shownYear(Connection db) throws Exception {
        return (int) count(db, "SELECT MAX(fiscal_year) FROM expense WHERE fiscal_year <= "
                + LocalDate.now().getYear());
    }

    private static String one(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        return Long.parseLong(one(db, sql));
    }

    private static List<String> all(Connection db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        assertThat(values).as(sql).isNotEmpty();
        return values;
    }
}
