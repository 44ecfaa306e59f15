package de.ssg.lotsenkontor.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Coaching flows of the real app on a real database, driven through its window: assigning a
 * coach to a navigator ("Lotse zuweisen", a contribution of the coaching feature to the people
 * form), and deactivating and deleting a coach.
 */
class CoachingFlowsFxTest {

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

    /** A coach with Bautzen as focus district, one without, and a navigator in Bautzen; then the app. */
    private void startWithPeople(boolean withNavigator) throws Exception {
        try (AppContext context = AppContext.open(DataPaths.of(folder))) {
            context.coaches().save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30,
                    LocalDate.of(2024, 1, 1), null, Set.of()));
            context.coaches().save(new CoachChange(null, 0, "Bernd", "Beispiel", null, null, 30,
                    LocalDate.of(2024, 1, 1), null, Set.of("14625")));
            if (withNavigator) {
                long bautzen = context.municipalityQueries().options().stream()
                        .filter(m -> m.ags().equals("14625020")).findFirst().orElseThrow().id();
                context.navigators().save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null, null,
                        null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
            }
        }
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#navigatorTable").tryQuery().isPresent()
                && navigators().getItems().size() == (withNavigator ? 1 : 0));
    }

    @Test
    void assigningACoachProposesTheOneWithTheDistrictAsFocusAndStoresTheAssignment() throws Exception {
        startWithPeople(true);
        robot.interact(() -> navigators().getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> robot.lookup("#navAssignCoach").tryQueryAs(Button.class)
                .map(b -> b.isVisible() && !b.isDisabled()).orElse(false));
        assertThat(label("#navCurrentCoach")).isEqualTo("Derzeit betreut kein Digital-Lotse diesen Navigator.");
        robot.interact(() -> robot.lookup("#navigatorDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#navAssignCoach");
        FxTestSupport.waitUntil(() -> robot.lookup("#assignCoach").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> coach = robot.lookup("#assignCoach").queryAs(ComboBox.class);
        assertThat(coach.getConverter().toString(coach.getValue())).startsWith("Bernd Beispiel")
                .contains("Schwerpunkt Bautzen");
        assertThat(coach.getItems()).hasSize(2);
        robot.clickOn("Zuweisen");

        FxTestSupport.waitUntil(() -> "Bernd Beispiel".equals(navigators().getItems().get(0).coachName()));
        FxTestSupport.waitUntil(() -> label("#navCurrentCoach").contains("Bernd Beispiel"));
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT c.last_name, a.valid_from, a.valid_until FROM coaching_assignment a
                        JOIN coach c ON c.id = a.coach_id""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Beispiel");
            assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.now());
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void deactivatingACoachEndsTheAssignmentsAndDeletingOneWithoutHistoryRemovesIt() throws Exception {
        startWithPeople(true);
        // Nora is coached by Bernd from the start of her work
        robot.interact(() -> navigators().getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> robot.lookup("#navAssignCoach").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.interact(() -> robot.lookup("#navigatorDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#navAssignCoach");
        FxTestSupport.waitUntil(() -> robot.lookup("#assignCoach").tryQuery().isPresent());
        robot.clickOn("Zuweisen");
        FxTestSupport.waitUntil(() -> "Bernd Beispiel".equals(navigators().getItems().get(0).coachName()));

        robot.clickOn("#tabCoaches");
        FxTestSupport.waitUntil(() -> coaches().getItems().size() == 2
                && coaches().getItems().stream().anyMatch(r -> r.currentNavigators() == 1));
        CoachRow bernd = coaches().getItems().stream().filter(r -> r.lastName().equals("Beispiel")).findFirst()
                .orElseThrow();
        robot.interact(() -> coaches().getSelectionModel().select(bernd));
        FxTestSupport.waitUntil(() -> robot.lookup("#coachDeactivate").tryQueryAs(Button.class)
                .map(b -> b.isVisible() && !b.isDisabled()).orElse(false));
        // a coach with history cannot be deleted
        assertThat(robot.lookup("#coachDelete").queryAs(Button.class).isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#coachDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#coachDeactivate");
        FxTestSupport.waitUntil(() -> robot.lookup("#deactivateUntil").tryQuery().isPresent());
        assertThat(dialogText()).contains("Bernd Beispiel").contains("1");
        robot.clickOn("Deaktivieren");
        // then: what becomes of Nora? Here: the assignment ends, she stays without a coach
        FxTestSupport.waitUntil(() -> robot.lookup("#handoverEnd").tryQuery().isPresent());
        robot.clickOn("#handoverEnd");
        robot.clickOn("Deaktivieren");
        FxTestSupport.waitUntil(() -> coaches().getItems().stream()
                .filter(r -> r.lastName().equals("Beispiel")).allMatch(r -> LocalDate.now().equals(r.activeUntil())));
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT c.active_until, a.valid_until FROM coaching_assignment a
                        JOIN coach c ON c.id = a.coach_id""")) {
            assertThat(rs.next()).isTrue();
            // the deactivation and the end of the assignment were saved together
            assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(LocalDate.now());
            assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.now());
        }

        // Anna has no history: she can be deleted, after a confirmation
        CoachRow anna = coaches().getItems().stream().filter(r -> r.lastName().equals("Lotsenfeld")).findFirst()
                .orElseThrow();
        robot.interact(() -> coaches().getSelectionModel().select(anna));
        FxTestSupport.waitUntil(() -> robot.lookup("#coachDelete").tryQueryAs(Button.class)
                .map(Node::isVisible).orElse(false));
        robot.interact(() -> robot.lookup("#coachDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#coachDelete");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText()).contains("Anna Lotsenfeld");
        robot.clickOn("Endgültig löschen");
        FxTestSupport.waitUntil(() -> coaches().getItems().size() == 1);
        assertThat(coaches().getItems().get(0).lastName()).isEqualTo("Beispiel");
        assertThat(robot.lookup("#coachFirstName").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT last_name FROM coach")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Beispiel");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void deactivatingACoachAsksAndHandsTheNavigatorsToTheChosenCoachInOneStep() throws Exception {
        startWithPeople(true);
        robot.interact(() -> navigators().getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> robot.lookup("#navAssignCoach").tryQueryAs(Button.class)
                .map(b -> !b.isDisabled()).orElse(false));
        robot.interact(() -> robot.lookup("#navigatorDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#navAssignCoach");
        FxTestSupport.waitUntil(() -> robot.lookup("#assignCoach").tryQuery().isPresent());
        robot.clickOn("Zuweisen");
        FxTestSupport.waitUntil(() -> "Bernd Beispiel".equals(navigators().getItems().get(0).coachName()));

        robot.clickOn("#tabCoaches");
        FxTestSupport.waitUntil(() -> coaches().getItems().size() == 2
                && coaches().getItems().stream().anyMatch(r -> r.currentNavigators() == 1));
        CoachRow bernd = coaches().getItems().stream().filter(r -> r.lastName().equals("Beispiel")).findFirst()
                .orElseThrow();
        robot.interact(() -> coaches().getSelectionModel().select(bernd));
        FxTestSupport.waitUntil(() -> robot.lookup("#coachDeactivate").tryQueryAs(Button.class)
                .map(b -> b.isVisible() && !b.isDisabled()).orElse(false));
        robot.interact(() -> robot.lookup("#coachDetail").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#coachDeactivate");
        FxTestSupport.waitUntil(() -> robot.lookup("#deactivateUntil").tryQuery().isPresent());
        robot.clickOn("Deaktivieren");
        FxTestSupport.waitUntil(() -> robot.lookup("#handoverCoach").tryQuery().isPresent());
        assertThat(dialogText()).contains("Bernd Beispiel").contains("einen Navigator");
        // proposed: hand over to the one other active coach with free capacity, from tomorrow
        assertThat(robot.lookup("#handoverTo").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> successor = robot.lookup("#handoverCoach")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(successor.getConverter().toString(successor.getValue())).startsWith("Anna Lotsenfeld")
                .contains("30 von 30");
        // a day not after the last one is refused in the dialog
        robot.interact(() -> robot.lookup("#handoverFrom").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText(de.ssg.lotsenkontor.common.Formats.date(LocalDate.now())));
        FxTestSupport.waitUntil(() -> !label("#handoverProblem").isEmpty());
        String tomorrow = de.ssg.lotsenkontor.common.Formats.date(LocalDate.now().plusDays(1));
        robot.interact(() -> robot.lookup("#handoverFrom").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText(tomorrow));
        FxTestSupport.waitUntil(() -> label("#handoverProblem").isEmpty());
        robot.clickOn("Deaktivieren");

        FxTestSupport.waitUntil(() -> coaches().getItems().stream()
                .filter(r -> r.lastName().equals("Beispiel")).allMatch(r -> LocalDate.now().equals(r.activeUntil())));
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT c.last_name, a.valid_from, a.valid_until, a.end_reason, c.active_until
                          FROM coaching_assignment a JOIN coach c ON c.id = a.coach_id ORDER BY a.valid_from""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Beispiel");
            assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.now());
            assertThat(rs.getString(4)).contains("Anna Lotsenfeld");
            assertThat(rs.getObject(5, LocalDate.class)).isEqualTo(LocalDate.now());
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Lotsenfeld");
            assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.now().plusDays(1));
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }

    private String dialogText() {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node content = pane.getContent();
        StringBuilder s = new StringBuilder(pane.getHeaderText() == null ? "" : pane.getHeaderText());
        if (content instanceof Label label) {
            return s.append(label.getText()).toString();
        }
        robot.from(content).lookup(".label").queryAllAs(Label.class).forEach(l -> s.append(l.getText()));
        return s.toString();
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<NavigatorRow> navigators() {
        return robot.lookup("#navigatorTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<CoachRow> coaches() {
        return robot.lookup("#coachTable").queryAs(TableView.class);
    }
}
