package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The area "Lotsen & Navigatoren" of the real app on a real database, driven through its window. */
class PeopleViewFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    /** The day the test began: "today" in the app lies between it and the day a check runs (midnight may pass). */
    private LocalDate firstDay;

    /** Every day that was "today" since the test began, usually one. */
    private java.util.List<LocalDate> todays() {
        return firstDay.datesUntil(LocalDate.now().plusDays(1)).toList();
    }

    private java.util.List<String> todaysShown() {
        return todays().stream().map(de.ssg.lotsenkontor.common.Formats::date).toList();
    }

    @BeforeEach
    void start() throws Exception {
        firstDay = LocalDate.now();
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#navigatorCount").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("0 von 0 Navigatoren")).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    @Test
    void createsANavigatorChoosingTheMunicipalityByTypingAndDeactivatesItAfterConfirmation() throws Exception {
        robot.clickOn("#navigatorNew");
        robot.clickOn("#navFirstName").write("Frieda");
        robot.clickOn("#navLastName").write("Fiktiv");
        robot.clickOn("#navDepartment").write("Hauptamt");
        robot.clickOn("#navMunicipality").write("amtsb");
        FxTestSupport.waitUntil(() -> robot.lookup(".search-picker-list").tryQueryAs(ListView.class)
                .map(l -> l.isVisible() && !l.getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> text("#navMunicipality").equals("Amtsberg (Erzgebirgskreis)"));
        robot.clickOn("#navEmail").write("frieda.fiktiv@amtsberg.example");
        FxTestSupport.waitUntil(() -> !button("#navSave").isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        NavigatorRow row = table().getItems().get(0);
        assertThat(row.fullName()).isEqualTo("Frieda Fiktiv");
        assertThat(row.municipalityName()).isEqualTo("Amtsberg");
        assertThat(row.districtName()).isEqualTo("Erzgebirgskreis");
        assertThat(row.status()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);
        assertThat(robot.lookup("#navigatorCount").queryAs(Label.class).getText()).isEqualTo("1 von 1 Navigatoren");
        assertThat(robot.lookup("#navigatorTitle").queryAs(Label.class).getText()).isEqualTo("Frieda Fiktiv");
        try (Connection c = FxTestSupport.jdbc(folder);
                PreparedStatement q = c.prepareStatement("""
                        SELECT n.first_name, n.last_name, m.ags, n.department, n.email, n.status, n.since, n.until
                        FROM navigator n JOIN municipality m ON m.id = n.municipality_id""");
                ResultSet rs = q.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Frieda");
            assertThat(rs.getString(2)).isEqualTo("Fiktiv");
            assertThat(rs.getString(3)).isEqualTo("14521010");
            assertThat(rs.getString(4)).isEqualTo("Hauptamt");
            assertThat(rs.getString(5)).isEqualTo("frieda.fiktiv@amtsberg.example");
            assertThat(rs.getString(6)).isEqualTo("IN_QUALIFIZIERUNG");
            assertThat(rs.getObject(7, LocalDate.class)).isIn(todays());
            assertThat(rs.getObject(8)).isNull();
            assertThat(rs.next()).isFalse();
        }

        scrollFormDown();
        robot.clickOn("#navDeactivate");
        FxTestSupport.waitUntil(() -> robot.lookup("#deactivateUntil").tryQuery().isPresent());
        assertThat(dialogText()).contains("Frieda Fiktiv erhält den Status „inaktiv“");
        assertThat(text("#deactivateUntil .text-field")).isIn(todaysShown());
        robot.clickOn("Deaktivieren");

        FxTestSupport.waitUntil(() -> table().getItems().get(0).status() == NavigatorStatus.INAKTIV);
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT status, until FROM navigator")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("INAKTIV");
            assertThat(rs.getObject(2, LocalDate.class)).isIn(todays());
        }
        assertThat(button("#navDeactivate").isDisabled()).isTrue();
    }

    @Test
    void aDuplicateIsRefusedWithAMessageAndTheFormKeepsTheInput() throws Exception {
        createNavigator("Frieda", "Fiktiv", "Amtsberg");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> text("#navFirstName").isEmpty() && robot.lookup("#navFirstName").query().isFocused());
        createNavigator("frieda", "FIKTIV", "Amtsberg");

        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText()).isIn(todaysShown().stream().map(day -> "Name: In Amtsberg ist bereits „Frieda"
                + " Fiktiv“ als Digital-Navigator erfasst (in Qualifizierung, seit " + day
                + "). Bitte den vorhandenen Eintrag bearbeiten.").toList());
        robot.clickOn("OK");
        assertThat(text("#navFirstName")).isEqualTo("frieda");
        assertThat(text("#navLastName")).isEqualTo("FIKTIV");
        assertThat(robot.lookup("#navSaveError").queryAs(Label.class).getText()).contains("bereits „Frieda Fiktiv“");
        assertThat(table().getItems()).hasSize(1);
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM navigator")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private void createNavigator(String first, String last, String municipality) throws Exception {
        if (robot.lookup("#navFirstName").tryQuery().map(n -> !n.isVisible()).orElse(true)) {
            robot.clickOn("#navigatorNew");
        }
        robot.clickOn("#navFirstName").write(first);
        robot.clickOn("#navLastName").write(last);
        robot.clickOn("#navMunicipality").write(municipality);
        FxTestSupport.waitUntil(() -> robot.lookup(".search-picker-list").tryQueryAs(ListView.class)
                .map(Node::isVisible).orElse(false));
        robot.type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> !button("#navSave").isDisabled());
        robot.clickOn("#navSave");
    }

    private void scrollFormDown() {
        robot.interact(() -> robot.lookup("#navigatorDetail").queryAs(ScrollPane.class).setVvalue(1.0));
    }

    private String dialogText() {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node content = pane.getContent();
        if (content instanceof Label label) {
            return label.getText();
        }
        return robot.from(content).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + b);
    }

    @SuppressWarnings("unchecked")
    private TableView<NavigatorRow> table() {
        return robot.lookup("#navigatorTable").queryAs(TableView.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private Button button(String query) {
        return robot.lookup(query).queryAs(Button.class);
    }
}
