package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorLists;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The navigator import as a user meets it: the tab "Digital-Navigatoren" on a real database, the
 * preview of a prepared list (the native file chooser is bypassed), the row with an error, the
 * import of the valid rows, the table afterwards and the database read back by JDBC.
 */
@ExtendWith(ApplicationExtension.class)
class NavigatorImportFxTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Database db;
    private BackgroundTasks tasks;
    private PeopleView view;
    private final List<String> status = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1400, 900));
        stage.show();
        stage.requestFocus();
    }

    @BeforeEach
    void openView(FxRobot robot) throws Exception {
        db = TestDatabases.open(dir.resolve("db"));
        ReferenceData.loadIfEmpty(db);
        Clock clock = Clock.systemDefaultZone();
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        CoachQueries coachQueries = new CoachQueries(db, municipalities, clock);
        CoachService coaches = new CoachService(db, coachQueries, PersonDeactivationListener.NONE);
        tasks = new BackgroundTasks();
        DialogService dialogs = new DialogService(() -> stage, dir);
        tasks.setDialogs(dialogs);
        robot.interact(() -> {
            NavigatorQueries navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
            LastDayQuestion lastDay = LastDayDialog.question(dialogs, clock);
            NavigatorImportService imports = new NavigatorImportService(db, clock);
            view = new PeopleView(new NavigatorViewModel(navigatorQueries, new NavigatorService(db, navigatorQueries,
                    PersonDeactivationListener.NONE), tasks, dialogs, lastDay, clock),
                    new CoachViewModel(coachQueries, coaches, tasks, dialogs, lastDay, HandoverDialog.question(dialogs),
                            clock),
                    after -> new NavigatorImportFlow(imports, tasks, dialogs, status::add, after),
                    NavigatorFormExtension.NONE, tasks, dialogs, clock, status::add);
            stage.getScene().setRoot(new StackPane(view.node()));
        });
        FxTestSupport.waitUntil(() -> view.navigators().loadedProperty().get());
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        db.close();
    }

    private DialogPane preview(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> view.navigators().importFile(file));
        FxTestSupport.waitUntil(() -> robot.lookup("#navigatorImportPreview").tryQuery().isPresent());
        return robot.lookup("#navigatorImportPreview").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<NavigatorImportRow> previewTable(FxRobot robot) {
        return robot.lookup("#navImportTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void importsTheValidRowsOfAListWithOneErrorRowAndShowsThemInTheTable(FxRobot robot) throws Exception {
        Path file = NavigatorLists.typical(dir.resolve("navigatoren.xlsx"));
        assertThat(robot.lookup("#navigatorImport").queryAs(Button.class).getText()).isEqualTo("Importieren …");

        DialogPane pane = preview(robot, file);

        assertThat(pane.getHeaderText()).isEqualTo("Vorschau – noch ist nichts geändert.\n"
                + "Datei navigatoren.xlsx, Tabellenblatt „Navigatoren 2025“, Kopfzeile in Zeile 3");
        assertThat(text(robot, "#navImportCounts")).isEqualTo("4 Zeilen gelesen: 3 gültig, 1 mit Fehlern.");
        assertThat(robot.lookup("#navImportMissing").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#navImportHint")).isEqualTo(
                "Eine Zeile mit Fehlern wird übersprungen; alle gültigen Zeilen werden in einem Schritt übernommen.");
        // the proposed mapping, one choice per field
        assertThat(choice(robot, NavigatorField.LAST_NAME)).isEqualTo("Spalte A: Nachname");
        assertThat(choice(robot, NavigatorField.SINCE)).isEqualTo("Spalte H: seit");
        assertThat(choice(robot, NavigatorField.AGS)).isEqualTo("— nicht übernehmen —");
        TableView<NavigatorImportRow> table = previewTable(robot);
        assertThat(table.getItems()).extracting(NavigatorImportRow::row).containsExactly(4, 5, 6, 8);
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("ok");
        assertThat(table.getColumns().get(1).getCellData(2)).isEqualTo(
                "Zeile 6, Spalte E („E-Mail“): „marta@hoyerswerda“ ist keine gültige E-Mail-Adresse");
        assertThat(table.getColumns().get(4).getCellData(0)).isEqualTo("Bautzen / Budyšin, Stadt");
        assertThat(table.getColumns().get(5).getCellData(3)).isEqualTo("14626110");

        // only the rows with errors, then all again
        robot.clickOn("#navImportOnlyErrors");
        assertThat(table.getItems()).extracting(NavigatorImportRow::row).containsExactly(6);
        robot.clickOn("#navImportOnlyErrors");

        // "only if all rows are valid" blocks the import while a row has errors
        Button apply = (Button) pane.lookupButton(NavigatorImportDialog.APPLY);
        assertThat(apply.getText()).isEqualTo("Gültige Zeilen übernehmen (3)");
        robot.clickOn("#navImportAllOrNothing");
        assertThat(apply.getText()).isEqualTo("Alle Zeilen übernehmen (4)");
        assertThat(apply.isDisabled()).isTrue();
        assertThat(text(robot, "#navImportHint")).startsWith("Es wird nichts übernommen, solange eine Zeile Fehler hat.");
        robot.clickOn("#navImportAllOrNothing");
        assertThat(apply.isDisabled()).isFalse();

        snapshot(robot, pane, "navimport-dialog.png");
        robot.clickOn("#navImportApply");

        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class)
                .map(p -> "Navigatoren importiert".equals(p.getHeaderText())).orElse(false));
        DialogPane result = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Label) result.getContent()).getText()).isEqualTo("3 Navigatoren übernommen, 1 Zeile übersprungen."
                + "\n\nDiese Zeilen wurden übersprungen:\n• Zeile 6, Spalte E („E-Mail“): „marta@hoyerswerda“ ist keine"
                + " gültige E-Mail-Adresse");
        assertThat(status).contains("3 Navigatoren übernommen, 1 Zeile übersprungen.");
        robot.interact(() -> ((Button) result.lookupButton(result.getButtonTypes().get(0))).fire());

        TableView<NavigatorRow> navigators = view.navigators().table();
        FxTestSupport.waitUntil(() -> navigators.getItems().size() == 3);
        assertThat(navigators.getItems()).extracting(NavigatorRow::fullName, NavigatorRow::municipalityName)
                .containsExactly(
                        Tuple.tuple("Bruno Beispiel", "Kamenz / Kamjenc, Stadt"),
                        Tuple.tuple("Frieda Fiktiv", "Bautzen / Budyšin, Stadt"),
                        Tuple.tuple("Paul Probe", "Görlitz, Stadt, Hochschulstadt"));
        assertThat(text(robot, "#navigatorCount")).isEqualTo("3 von 3 Navigatoren");
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(dir.resolve("db"))), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT n.first_name, n.last_name, m.ags, n.email, n.status, n.since
                        FROM navigator n JOIN municipality m ON m.id = n.municipality_id ORDER BY n.id""")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getObject(6, LocalDate.class));
            }
            assertThat(rows).containsExactly(
                    "Frieda|Fiktiv|14625020|frieda.fiktiv@bautzen.example|AKTIV|2025-03-01",
                    "Bruno|Beispiel|14625250|bruno@kamenz.example|IN_QUALIFIZIERUNG|2025-04-15",
                    "Paul|Probe|14626110|paul.probe@goerlitz.example|AKTIV|2024-09-01");
        }
    }

    @Test
    void aListWithoutAMunicipalityColumnSaysSoAndWorksOnceTheUserMapsIt(FxRobot robot) throws Exception {
        Path file = NavigatorLists.workbook()
                .sheet("Hinweise").row("Bitte je Zeile einen Navigator.")
                .sheet("Liste").row("Vorname", "Nachname", "Wirkungsstätte", "E-Mail")
                .row("Frieda", "Fiktiv", "Kamenz", "frieda@kamenz.example")
                .sheet("Görlitz").row("Name, Vorname", "AGS").row("Probe, Paul", 14626110).row("Probe, Petra", 14626110)
                .write(dir.resolve("ohne-kommune.xlsx"));

        DialogPane pane = preview(robot, file);

        assertThat(text(robot, "#navImportMissing")).isEqualTo("Es fehlt eine Spalte für: Kommune (Spalte „Kommune“"
                + " oder „AGS“). Bitte ordnen Sie oben unter „Spalten zuordnen“ die passende Spalte der Datei zu.");
        Button apply = (Button) pane.lookupButton(NavigatorImportDialog.APPLY);
        assertThat(apply.isDisabled()).isTrue();
        assertThat(robot.lookup("#navImportSheet").queryAs(ComboBox.class).getValue()).isEqualTo("Liste");

        @SuppressWarnings("unchecked")
        ComboBox<Choice<Integer>> municipality = robot.lookup("#navImportMap-MUNICIPALITY").queryAs(ComboBox.class);
        robot.interact(() -> municipality.setValue(municipality.getItems().get(3)));

        assertThat(municipality.getValue().label()).isEqualTo("Spalte C: Wirkungsstätte");
        assertThat(robot.lookup("#navImportMissing").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#navImportCounts")).isEqualTo("1 Zeile gelesen: 1 gültig, 0 mit Fehlern.");
        assertThat(apply.isDisabled()).isFalse();
        // a column serves one field: giving the e-mail column to "Fachbereich" takes it from "E-Mail"
        @SuppressWarnings("unchecked")
        ComboBox<Choice<Integer>> department = robot.lookup("#navImportMap-DEPARTMENT").queryAs(ComboBox.class);
        robot.interact(() -> department.setValue(department.getItems().get(4)));
        assertThat(choice(robot, NavigatorField.EMAIL)).isEqualTo("— nicht übernehmen —");

        // another sheet: read in the background, with its own columns and mapping
        @SuppressWarnings("unchecked")
        ComboBox<String> sheet = robot.lookup("#navImportSheet").queryAs(ComboBox.class);
        assertThat(sheet.getItems()).containsExactly("Hinweise", "Liste", "Görlitz");
        robot.interact(() -> sheet.setValue("Görlitz"));
        FxTestSupport.waitUntil(() -> text(robot, "#navImportCounts").equals("2 Zeilen gelesen: 2 gültig, 0 mit Fehlern."));
        assertThat(pane.getHeaderText()).endsWith("Tabellenblatt „Görlitz“, Kopfzeile in Zeile 1");
        assertThat(choice(robot, NavigatorField.FULL_NAME)).isEqualTo("Spalte A: Name, Vorname");
        assertThat(choice(robot, NavigatorField.AGS)).isEqualTo("Spalte B: AGS");
        // a sheet without a header: a message, and the sheet shown before stays
        robot.interact(() -> sheet.setValue("Hinweise"));
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).size() == 2);
        DialogPane error = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p != pane).findFirst().orElseThrow();
        assertThat(((Label) error.getContent()).getText()).startsWith(
                "Im Tabellenblatt „Hinweise“ der Arbeitsmappe ohne-kommune.xlsx fehlt eine Kopfzeile");
        robot.interact(() -> ((Button) error.lookupButton(error.getButtonTypes().get(0))).fire());
        assertThat(sheet.getValue()).isEqualTo("Görlitz");
        assertThat(text(robot, "#navImportCounts")).isEqualTo("2 Zeilen gelesen: 2 gültig, 0 mit Fehlern.");
        assertThat(robot.lookup("#navImportContent").query().isDisabled()).isFalse();

        robot.clickOn("#navImportCancel");
        FxTestSupport.waitUntil(() -> status.contains("Import der Navigatoren abgebrochen; es wurde nichts geändert."));
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(dir.resolve("db"))), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM navigator")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aFileThatCannotBeReadGetsAMessageAndNoPreview(FxRobot robot) throws Exception {
        Path file = Files.write(dir.resolve("liste.xlsx"), new byte[0]);
        robot.interact(() -> view.navigators().importFile(file));

        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("Liste der Navigatoren kann nicht gelesen werden");
        assertThat(((Label) error.getContent()).getText()).isEqualTo("Die Datei liste.xlsx ist leer (0 Byte).");
        assertThat(robot.lookup("#navigatorImportPreview").tryQuery()).isEmpty();
        robot.interact(() -> ((Button) error.lookupButton(error.getButtonTypes().get(0))).fire());
    }

    @SuppressWarnings("unchecked")
    private static String choice(FxRobot robot, NavigatorField field) {
        return ((ComboBox<Choice<Integer>>) robot.lookup("#navImportMap-" + field.name()).queryAs(ComboBox.class))
                .getValue().label();
    }

    /** Writes what the dialog looks like to target/, to look at it. */
    private static void snapshot(FxRobot robot, DialogPane pane, String name) throws Exception {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(pane.getScene().snapshot(null), null));
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(image[0], "png", target.toFile());
        WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
    }
}
