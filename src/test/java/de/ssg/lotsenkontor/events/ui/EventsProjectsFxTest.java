package de.ssg.lotsenkontor.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.events.ParticipantRow;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.projects.ProjectChange;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * As a new staff member would: plan a course, register two navigators and a guest (one more than
 * there are places), record attendance, move a project through its states with the confirmation
 * for a skipped step, and find it all again after a restart. The real app on a real database.
 */
class EventsProjectsFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxTestSupport.stopApp(app);
        }
    }

    private void prepare() {
        try (AppContext c = AppContext.open(DataPaths.of(folder))) {
            c.coaches().save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30, LocalDate.of(2024, 1, 1),
                    null, Set.of()));
            long amtsberg = c.municipalityQueries().options().stream().filter(m -> m.ags().equals("14521010"))
                    .mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
            c.navigators().save(new NavigatorChange(null, 0, "Otto", "Özdemir", amtsberg, List.of(), null, null, null,
                    NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
            c.navigators().save(new NavigatorChange(null, 0, "Nora", "Beispiel", amtsberg, List.of(), null, null, null,
                    NavigatorStatus.IN_QUALIFIZIERUNG, LocalDate.of(2025, 3, 1), null));
            c.projects().save(new ProjectChange(null, 0, "Digitaler Mängelmelder", amtsberg, List.of(), null, null,
                    "Bürgerservice", null, null, null, null, false));
        }
    }

    private void open(KeyCode area, String ready) throws Exception {
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, area).release(area, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup(ready).tryQuery().isPresent());
    }

    private void pick(String field, String typed) throws Exception {
        robot.clickOn(field).write(typed);
        FxTestSupport.waitUntil(() -> robot.lookup(".search-picker-list").tryQueryAs(ListView.class)
                .map(l -> l.isVisible() && !l.getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private TableView<ParticipantRow> participants() {
        return robot.lookup("#participantTable").queryAs(TableView.class);
    }

    @Test
    void plansACourseRegistersRecordsAttendanceMovesAProjectAndFindsItAllAfterARestart() throws Exception {
        prepare();
        open(KeyCode.DIGIT5, "#eventCount");
        FxTestSupport.waitUntil(() -> robot.lookup("#eventCount").queryAs(Label.class).getText()
                .equals("0 von 0 Veranstaltungen"));

        robot.clickOn("#newEvent");
        robot.clickOn("#eventTitle").write("Grundkurs E-Akte");
        robot.clickOn("#eventModule");
        robot.clickOn("E-Akte");
        robot.clickOn("#eventStartsOn").write(Formats.date(LocalDate.now().minusDays(1)));
        robot.clickOn("#eventStartsAt").write("9:00");
        robot.clickOn("#eventEndsAt").write("15:30");
        robot.clickOn("#eventLocation").write("Schulungsraum, Dresden");
        robot.clickOn("Anna Lotsenfeld");
        robot.clickOn("#eventCapacity").write("2");
        FxTestSupport.waitUntil(() -> !robot.lookup("#saveEvent").queryButton().isDisabled());
        robot.clickOn("#saveEvent");
        FxTestSupport.waitUntil(() -> robot.lookup("#eventCount").queryAs(Label.class).getText()
                .equals("1 von 1 Veranstaltungen"));

        pick("#registerNavigatorPicker", "Özd");
        robot.clickOn("#registerNavigator");
        FxTestSupport.waitUntil(() -> participants().getItems().size() == 1);
        pick("#registerNavigatorPicker", "Nora");
        robot.clickOn("#registerNavigator");
        FxTestSupport.waitUntil(() -> participants().getItems().size() == 2);
        robot.clickOn("#guestName").write("Gerda Gast");
        pick("#guestMunicipality", "Amtsb");
        robot.clickOn("#guestEmail").write("gerda.gast@kommune.example");
        robot.clickOn("#registerGuest");
        FxTestSupport.waitUntil(() -> participants().getItems().size() == 3);
        FxTestSupport.waitUntil(() -> robot.lookup("#capacityWarning").queryAs(Label.class).getText()
                .contains("überbucht"));

        // the row in the participant table (the name may also stand in the status bar)
        javafx.scene.Node otto = robot.from(participants()).lookup("Otto Özdemir").query();
        FxTestSupport.reveal(otto); // the participant table lies below the form: scroll to it first, as a user would
        robot.clickOn(otto);
        FxTestSupport.waitUntil(() -> participants().getSelectionModel().getSelectedItem() != null);
        FxTestSupport.waitUntil(() -> robot.lookup("#attendanceTEILGENOMMEN").query().isVisible()
                && !robot.lookup("#attendanceTEILGENOMMEN").queryButton().isDisabled());
        FxTestSupport.reveal(robot.lookup("#attendanceTEILGENOMMEN").query());
        FxTestSupport.waitUntil(() -> robot.lookup("#attendanceTEILGENOMMEN").match(NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
        robot.clickOn("#attendanceTEILGENOMMEN");
        FxTestSupport.waitUntil(() -> participants().getItems().stream()
                .anyMatch(p -> p.name().equals("Otto Özdemir") && p.status().name().equals("TEILGENOMMEN")));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#boardIDEE").tryQuery().isPresent());
        robot.clickOn("#projectsAsList");
        robot.clickOn("Digitaler Mängelmelder");
        FxTestSupport.waitUntil(() -> robot.lookup("#changeProjectStatus").tryQuery().isPresent()
                && !robot.lookup("#changeProjectStatus").queryButton().isDisabled());
        revealProjectStatus();
        robot.clickOn("#changeProjectStatus"); // the next step: geplant
        FxTestSupport.waitUntil(() -> robot.lookup("#projectStatus").queryAs(Label.class).getText().equals("geplant"));
        revealProjectStatus();
        robot.clickOn("#projectTarget");
        robot.clickOn("abgeschlossen");
        robot.clickOn("#changeProjectStatus");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Trotzdem ändern");
        FxTestSupport.waitUntil(() -> robot.lookup("#projectStatus").queryAs(Label.class).getText()
                .equals("abgeschlossen"));

        try (Connection c = FxTestSupport.jdbc(folder); ResultSet rs = c.createStatement().executeQuery("""
                SELECT (SELECT COUNT(*) FROM attendance), (SELECT COUNT(*) FROM attendance WHERE guest_name IS NOT NULL),
                       (SELECT COUNT(*) FROM attendance WHERE status = 'TEILGENOMMEN'),
                       (SELECT COUNT(*) FROM local_project_status), (SELECT status FROM local_project),
                       (SELECT COUNT(*) FROM event_trainer), (SELECT CAST(starts_at AS VARCHAR) FROM event)""")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getInt(3)).isEqualTo(1);
            assertThat(rs.getInt(4)).isEqualTo(3);
            assertThat(rs.getString(5)).isEqualTo("ABGESCHLOSSEN");
            assertThat(rs.getInt(6)).isEqualTo(1);
            assertThat(rs.getString(7)).startsWith("09:00");
        }

        FxTestSupport.stopApp(app);
        app = null;
        open(KeyCode.DIGIT5, "#eventCount");
        FxTestSupport.waitUntil(() -> robot.lookup("#eventCount").queryAs(Label.class).getText()
                .equals("1 von 1 Veranstaltungen"));
        robot.clickOn("Grundkurs E-Akte");
        FxTestSupport.waitUntil(() -> participants().getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#boardABGESCHLOSSEN").tryQueryAs(ListView.class)
                .map(l -> l.getItems().size() == 1).orElse(false));
    }

    /** The status controls sit below the project form: scrolled into view, as a user would. */
    private void revealProjectStatus() throws Exception {
        FxTestSupport.reveal(robot.lookup("#changeProjectStatus").query());
        FxTestSupport.waitUntil(() -> robot.lookup("#changeProjectStatus").match(NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private String storedProject(String title) {
        try {
            return readProject(title);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String readProject(String title) throws java.sql.SQLException {
        try (Connection c = FxTestSupport.jdbc(folder); var q = c.prepareStatement("""
                SELECT m.name, p.status, p.topic, p.outcome, p.best_practice,
                       (SELECT COUNT(*) FROM local_project_navigator pn WHERE pn.project_id = p.id),
                       (SELECT COUNT(*) FROM local_project_status s WHERE s.project_id = p.id)
                FROM local_project p JOIN municipality m ON m.id = p.municipality_id WHERE p.title = ?""")) {
            q.setString(1, title);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getBoolean(5) + "|" + rs.getInt(6) + "|" + rs.getInt(7) : "none";
            }
        }
    }

    @Test
    void createsAndEditsAProjectByKeyboardAndFindsItInTheDatabase() throws Exception {
        prepare();
        open(KeyCode.DIGIT6, "#boardIDEE");
        robot.clickOn("#newProject");
        FxTestSupport.waitUntil(() -> robot.lookup("#projectTitleField").tryQuery().isPresent()
                && robot.lookup("#projectTitleField").query().isFocused());
        robot.write("Digitale Bauakte");
        // not savable without a municipality: the message names the field
        FxTestSupport.waitUntil(() -> robot.lookup("#projectProblems").queryAs(Label.class).getText()
                .contains("Kommune"));
        assertThat(robot.lookup("#saveProject").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> robot.lookup("#projectMunicipality").query().isFocused());
        robot.write("Amtsber");
        FxTestSupport.waitUntil(() -> robot.lookup(".search-picker-list").tryQueryAs(ListView.class)
                .map(l -> l.isVisible() && !l.getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        pick("#projectNavigatorPicker", "Otto");
        robot.type(KeyCode.TAB); // to "Hinzufügen"
        FxTestSupport.waitUntil(() -> robot.lookup("#projectAddNavigator").query().isFocused()
                && !robot.lookup("#projectAddNavigator").queryButton().isDisabled());
        robot.type(KeyCode.SPACE);
        FxTestSupport.waitUntil(() -> robot.lookup("#projectTeam").queryAs(ListView.class).getItems().size() == 1);
        FxTestSupport.reveal(robot.lookup("#projectTopic").query());
        robot.clickOn("#projectTopic").write("Bauen");
        FxTestSupport.waitUntil(() -> !robot.lookup("#saveProject").queryButton().isDisabled());
        robot.type(KeyCode.ENTER); // the form's default button saves
        FxTestSupport.waitUntil(() -> !storedProject("Digitale Bauakte").equals("none"));
        assertThat(storedProject("Digitale Bauakte")).isEqualTo("Amtsberg|IDEE|Bauen|null|false|1|1");
        FxTestSupport.waitUntil(() -> robot.lookup("#projectStatus").queryAs(Label.class).getText().equals("Idee"));

        // edit: the outcome and the best-practice flag, saved by keyboard again
        FxTestSupport.reveal(robot.lookup("#projectOutcome").query());
        robot.clickOn("#projectOutcome").write("Bauanträge ohne Papier");
        robot.type(KeyCode.TAB); // out of the text area, to the start date
        FxTestSupport.reveal(robot.lookup("#projectBestPractice").query());
        robot.clickOn("#projectBestPractice");
        FxTestSupport.waitUntil(() -> !robot.lookup("#saveProject").queryButton().isDisabled());
        robot.clickOn("#projectTopic");
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> storedProject("Digitale Bauakte").contains("Bauanträge ohne Papier"));
        assertThat(storedProject("Digitale Bauakte")).isEqualTo("Amtsberg|IDEE|Bauen|Bauanträge ohne Papier|true|1|1");
        assertThat(storedProject("Digitaler Mängelmelder")).startsWith("Amtsberg|IDEE|Bürgerservice");
    }

    @Test
    void theProjectToolbarKeepsItsFiltersInOneRowAt1366Pixels() throws Exception {
        prepare();
        open(KeyCode.DIGIT6, "#boardIDEE");
        javafx.application.Platform.runLater(() -> {
            javafx.stage.Window w = robot.lookup("#boardIDEE").query().getScene().getWindow();
            w.setWidth(1366);
            w.setHeight(768);
        });
        javafx.scene.layout.Pane filters = (javafx.scene.layout.Pane) robot.lookup("#projectStatusFilter").query()
                .getParent();
        FxTestSupport.waitUntil(() -> filters.getScene().getWindow().getWidth() == 1366);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double tallest = filters.getChildren().stream().mapToDouble(n -> n.getLayoutBounds().getHeight()).max()
                .orElseThrow();
        assertThat(filters.getHeight()).as("status, district, coach, topic, best practice and reset in one row")
                .isLessThan(1.5 * tallest);
        assertThat(filters.getChildren()).hasSize(6);
        assertThat(robot.lookup("#projectSearch").query().getBoundsInLocal().getWidth()).isGreaterThan(200);
        javafx.scene.control.MenuButton export = robot.lookup("#exportProjects")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertThat(export.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Alle Projekte (Excel) …", "Best-Practice-Katalog (Excel) …");
        assertThat(export.getItems()).allMatch(i -> !i.isDisable());
    }
}
