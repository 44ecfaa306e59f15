package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The app starts on the Übersicht, and its "Drucken …" menu previews the printed overviews: the
 * Lotsen-Bericht of a chosen coach opens in the print preview.
 */
class StartAreaPrintFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = FxTestSupport.startApp(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#kpi-reached-value").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty()).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    @Test
    void startsOnTheOverviewAndPreviewsACoachReport() throws Exception {
        assertThat(robot.lookup("#nav-overview").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-municipalities").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#municipalityTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#kpi-reached-value").queryAs(Label.class).getText()).isEqualTo("0");

        try (Connection c = FxTestSupport.jdbc(folder); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO coach (id, first_name, last_name, capacity, active_from) VALUES "
                    + "(51, 'Greta', 'Graupner', 20, DATE '2024-01-01')");
        }
        MenuButton print = robot.lookup("#overviewPrint").queryAs(MenuButton.class);
        assertThat(print.getItems()).extracting(MenuItem::getText)
                .containsExactly("Programmübersicht …", "Kreis-Bericht …", "Lotsen-Bericht …", "Finanzstatus …");
        MenuItem coach = print.getItems().stream().filter(i -> "printCoach".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(coach::fire);
        FxTestSupport.waitUntil(() -> robot.lookup("#printChoice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<OverviewPrintouts.Choice> choice = robot.lookup("#printChoice").queryAs(ComboBox.class);
        assertThat(choice.getValue().label()).isEqualTo("Greta Graupner");
        robot.clickOn("Druckvorschau");
        FxTestSupport.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage st
                && st.isShowing() && st.getTitle() != null && st.getTitle().contains("Lotsen-Bericht Greta Graupner")));
        Stage preview = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().contains("Lotsen-Bericht")).findFirst().orElseThrow();
        assertThat(preview.getTitle()).isEqualTo("Druckvorschau – Lotsen-Bericht Greta Graupner");
        Node root = preview.getScene().getRoot();
        assertThat(root).isNotNull();
        robot.interact(preview::close);
    }
}
