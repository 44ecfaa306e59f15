package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.overview.ui.OverviewNavigation;
import de.ssg.lotsenkontor.overview.ui.OverviewView;
import de.ssg.lotsenkontor.overview.ui.OverviewViewModel;
import de.ssg.lotsenkontor.overview.ui.SaxonyMapView;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Übersicht in a real (headless) window: tiles, the "—" of missing sources, the map and its click. */
class OverviewViewFxTest {

    @TempDir
    Path folder;

    private OverviewFixture fixture;
    private BackgroundTasks tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (fixture != null) {
            fixture.db.close();
        }
    }

    @Test
    void tilesShowTheFiguresAndTheMapOpensAMunicipality() throws Exception {
        fixture = new OverviewFixture(folder, true);
        tasks = new BackgroundTasks();
        List<String> opened = new CopyOnWriteArrayList<>();
        OverviewNavigation navigation = new OverviewNavigation() {
            @Override
            public void openArea(String areaId) {
                opened.add("area:" + areaId);
            }

            @Override
            public void openMunicipality(long municipalityId) {
                opened.add("municipality:" + municipalityId);
            }
        };
        long dresden = fixture.count("SELECT id FROM municipality WHERE ags = '14612000'");
        Stage stage = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            OverviewView view = new OverviewView(new OverviewViewModel(fixture.queries(), tasks), navigation, () -> { });
            Stage s = new Stage();
            s.setScene(new Scene((javafx.scene.Parent) view.node(), 1366, 768));
            s.show();
            s.getProperties().put("view", view);
            return s;
        });
        OverviewView view = (OverviewView) stage.getProperties().get("view");
        waitFor(() -> text(stage, "#kpi-coaches-value") != null);
        assertThat(text(stage, "#kpi-coaches-value")).isEqualTo("1");
        assertThat(text(stage, "#kpi-navigators-value")).isEqualTo("3");
        assertThat(text(stage, "#kpi-reached-value")).isEqualTo("4");
        assertThat(text(stage, "#kpi-reached-sub")).isEqualTo("von 418 (1,0 %)");
        assertThat(text(stage, "#kpi-districts-value")).isEqualTo("3");
        assertThat(text(stage, "#kpi-sessions-value")).isEqualTo("3");
        assertThat(text(stage, "#kpi-sessions-sub")).isEqualTo("4,75 Stunden");
        assertThat(text(stage, "#kpi-events-value")).isEqualTo(OverviewView.NOT_AVAILABLE);
        Button events = (Button) stage.getScene().lookup("#kpi-events");
        assertThat(events.getTooltip().getText()).contains("noch nicht ausgewertet");
        assertThat(stage.getScene().lookup("#chart-plan-missing")).isNotNull();

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            ((Button) stage.getScene().lookup("#kpi-reached")).fire();
            view.tabs().getSelectionModel().select(1);
            return null;
        });
        assertThat(opened).containsExactly("area:municipalities");
        WaitForAsyncUtils.waitForFxEvents();
        SaxonyMapView map = view.map();
        waitFor(() -> map.getWidth() > 0 && map.areaCount() == 418);
        assertThat(map.lastPaintNanos()).as("first paint").isLessThan(TimeUnit.MILLISECONDS.toNanos(300));
        double[] p = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> map.viewPointOf("14612000"));
        assertThat(p).isNotNull();
        assertThat(map.keyAt(p[0], p[1])).isEqualTo("14612000");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Node canvas = map.getChildrenUnmodifiable().get(0);
            javafx.geometry.Point2D scene = canvas.localToScene(p[0], p[1]);
            canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(), scene.getX(),
                    scene.getY(), MouseButton.PRIMARY, 1,
                    false, false, false, false, false, false, false, true, false, true, null));
            return null;
        });
        assertThat(opened).containsExactly("area:municipalities", "municipality:" + dresden);
        assertThat(text(stage, "#mapAttribution")).contains("GeoBasis-DE / BKG");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            ((Button) stage.getScene().lookup("#mapReset")).fire();
            ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#mapByCoverage")).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.zoom()).isEqualTo(1.0);
        javafx.scene.layout.HBox legend = (javafx.scene.layout.HBox) stage.getScene().lookup("#mapLegend");
        assertThat(legend.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("erreicht", "über den Verbund erreicht", "nicht erreicht");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            stage.close();
            return null;
        });
    }

    private static String text(Stage stage, String id) {
        Node n = stage.getScene().lookup(id);
        return n instanceof Label l ? l.getText() : null;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
