package de.ssg.lotsenkontor.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The area "Betreuung" of the real app on a real database: assigning by keyboard, recording a session. */
class BetreuungFlowsFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();
    private long bernd;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxTestSupport.stopApp(app);
        }
    }

    private void start() throws Exception {
        start(false);
    }

    private void start(boolean twoNavigators) throws Exception {
        try (AppContext context = AppContext.open(DataPaths.of(folder))) {
            context.coaches().save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30,
                    LocalDate.of(2024, 1, 1), null, Set.of()));
            bernd = context.coaches().save(new CoachChange(null, 0, "Bernd", "Beispiel", null, null, 30,
                    LocalDate.of(2024, 1, 1), null, Set.of("14625"))).id();
            long bautzen = context.municipalityQueries().options().stream()
                    .filter(m -> m.ags().equals("14625020")).findFirst().orElseThrow().id();
            context.navigators().save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null, null,
                    null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
            if (twoNavigators) {
                context.navigators().save(new NavigatorChange(null, 0, "Otto", "Ort", bautzen, List.of(), null, null,
                        null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
            }
        }
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#boardWithout").tryQuery().isPresent()
                && without().getItems().size() == (twoNavigators ? 2 : 1));
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> without() {
        return robot.lookup("#boardWithout").queryAs(ListView.class);
    }

    @Test
    void assigningByKeyboardProposesTheCoachOfTheDistrictAndMovesTheCard() throws Exception {
        start();
        robot.interact(() -> {
            without().requestFocus();
            without().getSelectionModel().select(0);
        });
        FxTestSupport.waitUntil(() -> !robot.lookup("#boardAssign").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#boardAssign").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.SPACE);
        FxTestSupport.waitUntil(() -> robot.lookup("#assignCoach").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> coach = robot.lookup("#assignCoach").queryAs(ComboBox.class);
        assertThat(coach.getConverter().toString(coach.getValue())).startsWith("Bernd Beispiel")
                .contains("Schwerpunkt Bautzen");
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#boardCoach" + bernd).tryQuery().isPresent()
                && robot.lookup("#boardCoach" + bernd).queryAs(ListView.class).getItems().size() == 1
                && without().getItems().isEmpty());
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT coach_id, valid_until FROM coaching_assignment")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(bernd);
            assertThat(rs.getObject(2)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aSessionWithTwoNavigatorsIsRecordedWithTheKeyboardAndTheFormIsReadyForTheNext() throws Exception {
        start(true);
        robot.clickOn("Coaching-Termine");
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionDate").tryQuery().isPresent());
        TextField date = robot.lookup("#sessionDate").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo(Formats.date(LocalDate.now()));
        @SuppressWarnings("unchecked")
        ComboBox<Object> coach = robot.lookup("#sessionCoach").queryAs(ComboBox.class);
        FxTestSupport.waitUntil(() -> coach.getItems().size() == 2);
        robot.interact(() -> coach.getSelectionModel().select(coach.getItems().stream()
                .filter(o -> o.toString().startsWith("Bernd")).findFirst().orElseThrow()));
        robot.clickOn("#sessionMunicipality").write("Bautzen / Bud");
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionMunicipality").queryAs(TextField.class).getText()
                .startsWith("Bautzen"));
        robot.type(KeyCode.ENTER); // takes the suggestion
        @SuppressWarnings("unchecked")
        ListView<Object> navigator = robot.lookup("#sessionNavigator").queryAs(ListView.class);
        FxTestSupport.waitUntil(() -> navigator.getItems().size() == 2);
        // the next Enter moves into the list of the municipality's navigators: Space ticks, Down moves
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(navigator::isFocused);
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER); // on to the hours
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionHours").queryAs(TextField.class).isFocused());
        robot.write("1,5").type(KeyCode.ENTER).type(KeyCode.ENTER); // hours, format stays
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionTopic").queryAs(ComboBox.class).getEditor().isFocused());
        robot.write("E-Akte").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionNote").queryAs(TextField.class).isFocused());
        robot.write("Aktenplan").type(KeyCode.ENTER); // the last field saves

        FxTestSupport.waitUntil(() -> robot.lookup("#sessionTable").queryAs(TableView.class).getItems().size() == 1);
        FxTestSupport.waitUntil(() -> robot.lookup("#sessionHours").queryAs(TextField.class).getText().isEmpty());
        assertThat(date.getText()).isEqualTo(Formats.date(LocalDate.now()));
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT coach_id, hours, topic, note, session_date FROM coaching_session")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(bernd);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1.5");
            assertThat(rs.getString(3)).isEqualTo("E-Akte");
            assertThat(rs.getString(4)).isEqualTo("Aktenplan");
            assertThat(rs.getObject(5, LocalDate.class)).isEqualTo(LocalDate.now());
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT n.first_name FROM coaching_session_navigator sn"
                        + " JOIN navigator n ON n.id = sn.navigator_id ORDER BY n.first_name")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Nora");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Otto");
            assertThat(rs.next()).isFalse();
        }
        // the table shows both; the form is empty again
        assertThat(robot.lookup("#sessionTable").queryAs(TableView.class).getItems().get(0).toString())
                .contains("Nora Navi").contains("Otto Ort");
        assertThat(navigator.getItems()).hasSize(2);
    }
}
