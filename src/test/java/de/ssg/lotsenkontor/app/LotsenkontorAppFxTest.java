package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real app on a real database, driven through its window. */
class LotsenkontorAppFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent()
                && table().getItems().size() == 418);
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    @Test
    void showsAllMunicipalitiesAndFindsOneBySearch() throws Exception {
        assertThat(label("#municipalityCount").getText()).isEqualTo("418 von 418 Kommunen");
        robot.clickOn("#municipalitySearch").write("budy");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).name()).isEqualTo("Bautzen / Budyšin, Stadt");
        assertThat(label("#municipalityCount").getText()).isEqualTo("1 von 418 Kommunen");
    }

    @Test
    void sortsByAClickOnAHeaderAndKeepsTheOrderWhileSearching() throws Exception {
        // two clicks on the "Einwohner" header, scrolled into view first, sort by population descending
        robot.interact(() -> table().scrollToColumn(table().getColumns().stream()
                .filter(c -> "population".equals(c.getId())).findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> populationHeader() != null && populationHeader().isVisible());
        robot.clickOn(populationHeader());
        FxTestSupport.waitUntil(() -> !table().getSortOrder().isEmpty());
        robot.clickOn(populationHeader());
        FxTestSupport.waitUntil(() -> table().getSortOrder().get(0).getSortType()
                == javafx.scene.control.TableColumn.SortType.DESCENDING);
        assertThat(table().getSortOrder()).extracting(javafx.scene.control.TableColumn::getId)
                .containsExactly("population");
        FxTestSupport.waitUntil(() -> table().getItems().get(0).name().equals("Leipzig, Stadt"));
        assertThat(table().getItems().get(1).name()).isEqualTo("Dresden, Stadt");
        robot.clickOn("#municipalitySearch").write("stadt");
        FxTestSupport.waitUntil(() -> table().getItems().size() < 418);
        assertThat(table().getItems().get(0).name()).isEqualTo("Leipzig, Stadt");
        assertThat(table().getItems()).isSortedAccordingTo(
                (a, b) -> Integer.compare(b.population(), a.population()));
    }

    @Test
    void changesTheParticipationStatusThroughTheFormAndItIsInTheDatabase() throws Exception {
        robot.clickOn("#municipalitySearch").write("Amtsberg");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(robot.lookup("#municipalityTable .table-row-cell").nth(0).queryAs(Node.class));
        FxTestSupport.waitUntil(() -> robot.lookup("#detailName").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Amtsberg")).orElse(false));

        robot.clickOn("#detailStatus").clickOn("aktiv");
        replaceText("#detailStatusDate .text-field", "31.06.2026");
        FxTestSupport.waitUntil(() -> !label("#detailProblems").getText().isEmpty());
        assertThat(label("#detailProblems").getText())
                .isEqualTo("Gültig ab: ist kein gültiges Datum (bitte TT.MM.JJJJ eingeben)");
        assertThat(button("#detailSave").isDisabled()).isTrue();
        replaceText("#detailStatusDate .text-field", "01.06.2026");
        robot.clickOn("#detailNote").write("Auftakt im Rathaus");
        FxTestSupport.waitUntil(() -> !button("#detailSave").isDisabled());
        robot.clickOn("#detailSave");

        FxTestSupport.waitUntil(() -> {
            MunicipalityRow row = table().getItems().get(0);
            return row.statusSince() != null;
        });
        assertThat(table().getItems().get(0).statusSince()).isEqualTo(LocalDate.of(2026, 6, 1));
        try (Connection c = FxTestSupport.jdbc(folder);
                PreparedStatement q = c.prepareStatement("""
                        SELECT m.participation_status, m.participation_since, p.note
                        FROM municipality m
                        JOIN participation p ON p.municipality_id = m.id
                        WHERE m.ags = '14521010'""");
                ResultSet rs = q.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("AKTIV");
            assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(rs.getString(3)).isEqualTo("Auftakt im Rathaus");
            assertThat(rs.next()).isFalse();
        }
        assertThat(label("#detailCurrentStatus").getText()).isEqualTo("Teilnahme: aktiv (seit 01.06.2026)");
    }

    @Test
    void asksBeforeAnUnsavedStatusChangeIsThrownAway() throws Exception {
        robot.clickOn("#municipalitySearch").write("Amtsberg");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(robot.lookup("#municipalityTable .table-row-cell").nth(0).queryAs(Node.class));
        FxTestSupport.waitUntil(() -> robot.lookup("#detailName").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Amtsberg")).orElse(false));
        robot.clickOn("#detailStatus").clickOn("interessiert");
        replaceText("#municipalitySearch", "Annaberg");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(robot.lookup("#municipalityTable .table-row-cell").nth(0).queryAs(Node.class));
        FxTestSupport.waitUntil(() -> robot.lookup("Ungespeicherte Änderungen").tryQuery().isPresent());
        robot.clickOn("Abbrechen");
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(label("#detailName").getText()).isEqualTo("Amtsberg");
        assertThat(robot.lookup("#detailStatus").queryComboBox().getValue().toString()).isEqualTo("INTERESSIERT");
    }

    @Test
    void addsAContactPersonThroughTheDialog() throws Exception {
        robot.clickOn("#municipalitySearch").write("Amtsberg");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(robot.lookup("#municipalityTable .table-row-cell").nth(0).queryAs(Node.class));
        FxTestSupport.waitUntil(() -> robot.lookup("#contactAdd").tryQuery().map(Node::isVisible).orElse(false));
        ScrollPane detail = robot.lookup("#municipalityDetail").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(0.5));
        robot.clickOn("#contactAdd");
        FxTestSupport.waitUntil(() -> robot.lookup("#contactName").tryQuery().isPresent());
        robot.clickOn("#contactName").write("Erika Beispiel");
        robot.clickOn("#contactEmail").write("erika(at)amtsberg");
        FxTestSupport.waitUntil(() -> label("#contactProblems").getText().startsWith("E-Mail"));
        assertThat(button("#contactSave").isDisabled()).isTrue();
        replaceText("#contactEmail", "erika@amtsberg.example");
        FxTestSupport.waitUntil(() -> !button("#contactSave").isDisabled());
        robot.clickOn("#contactSave");
        FxTestSupport.waitUntil(() -> robot.lookup("#contactName").tryQuery().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<?> contacts = robot.lookup("#detailContacts").queryAs(ListView.class);
        FxTestSupport.waitUntil(() -> contacts.getItems().size() == 1);
        try (Connection c = FxTestSupport.jdbc(folder);
                PreparedStatement q = c.prepareStatement("""
                        SELECT cp.name, cp.email, cp.is_primary FROM contact_person cp
                        JOIN municipality m ON m.id = cp.municipality_id WHERE m.ags = '14521010'""");
                ResultSet rs = q.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Erika Beispiel");
            assertThat(rs.getString(2)).isEqualTo("erika@amtsberg.example");
            assertThat(rs.getBoolean(3)).as("the first contact is the primary one").isTrue();
        }
    }

    @Test
    void showsTheDistrictSummary() throws Exception {
        robot.clickOn("Landkreise");
        FxTestSupport.waitUntil(() -> robot.lookup("#districtSummaryTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 13).orElse(false));
        assertThat(label("#districtSummaryTotal").getText()).startsWith("Sachsen gesamt: 418 Kommunen, davon 0 beteiligt");
    }

    @Test
    void createsDemoDataFromTheOverviewOfAnEmptyDatabase() throws Exception {
        robot.clickOn("#nav-overview");
        FxTestSupport.waitUntil(() -> robot.lookup("#overviewDemo").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#overviewDemo");
        FxTestSupport.waitUntil(() -> robot.lookup("Demodaten erzeugen").tryQuery().isPresent()
                && robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b
                && b.getText().equals("Demodaten erzeugen")).queryAs(Button.class));
        FxTestSupport.waitUntil(() -> robot.lookup("#kpi-navigators-value").tryQueryAs(Label.class)
                .map(l -> !l.getText().equals("0")).orElse(false));
        assertThat(robot.lookup("#overviewDemo").queryAs(Button.class).isVisible())
                .as("offered only on an empty database").isFalse();
        try (Connection c = FxTestSupport.jdbc(folder);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM navigator")) {
            rs.next();
            assertThat(rs.getInt(1)).isBetween(90, 130);
        }
    }

    @Test
    void everyAreaCanBeReachedByKeyboard() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("Finanzen").tryQuery().isPresent()
                && robot.lookup(".title-2").tryQueryAs(Label.class).map(l -> l.getText().equals("Finanzen"))
                        .orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#kpi-reached").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(selectedArea()).isEqualTo("nav-municipalities");
        assertThat(robot.lookup("#areaContent").queryAs(javafx.scene.layout.StackPane.class).getChildren())
                .hasSize(1).allMatch(n -> n.lookup("#municipalityTable") != null);
        // every area of the navigation by its shortcut: Ctrl+1 … Ctrl+8 select its button and show its view
        String[] areas = {"overview", "municipalities", "people", "coaching", "events", "projects", "funding",
                "reports"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8};
        for (int i = 0; i < areas.length; i++) {
            Node before = currentView();
            robot.press(KeyCode.CONTROL, digits[i]).release(digits[i], KeyCode.CONTROL);
            String expected = "nav-" + areas[i];
            FxTestSupport.waitUntil(() -> expected.equals(selectedArea()));
            assertThat(selectedArea()).as("Ctrl+%d", i + 1).isEqualTo(expected);
            if (i > 0) {
                FxTestSupport.waitUntil(() -> currentView() != null && currentView() != before);
                assertThat(currentView()).as("the view of %s", areas[i]).isNotSameAs(before);
            }
        }
    }

    /** The id of the navigation button that is selected. */
    private String selectedArea() {
        return robot.lookup("#navigation .toggle-button").queryAllAs(javafx.scene.control.ToggleButton.class).stream()
                .filter(javafx.scene.control.ToggleButton::isSelected).map(Node::getId).findFirst().orElse(null);
    }

    private Node currentView() {
        var children = robot.lookup("#areaContent").queryAs(javafx.scene.layout.StackPane.class).getChildren();
        return children.isEmpty() ? null : children.get(0);
    }

    /** The header of the "Einwohner" column, once it is laid out. */
    private Node populationHeader() {
        return robot.lookup("#municipalityTable .column-header").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null
                        && "population".equals(h.getTableColumn().getId()))
                .findFirst().orElse(null);
    }

    /** Selects everything in a text field and types over it, as a user would. */
    private void replaceText(String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @SuppressWarnings("unchecked")
    private TableView<MunicipalityRow> table() {
        return robot.lookup("#municipalityTable").queryAs(TableView.class);
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private Button button(String query) {
        return robot.lookup(query).queryAs(Button.class);
    }
}
