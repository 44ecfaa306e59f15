package de.ssg.lotsenkontor.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.References;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.UnitKind;
import de.ssg.lotsenkontor.municipality.directory.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directory.StateFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview dialog of the directory import: counts, tables with old → new, apply and cancel. */
@ExtendWith(ApplicationExtension.class)
class DirectoryImportDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        stage.requestFocus();
    }

    private static DirectoryPreview preview() {
        return new DirectoryPreview("31122023_Auszug_GV.xlsx", "Onlineprodukt_Gemeinden31122023",
                LocalDate.of(2023, 12, 31), StateFilter.SAXONY, "Sachsen", 418, 0,
                List.of(new Added("14522275", "Jahnatal", MunicipalityType.GEMEINDE, "Mittelsachsen", 4787)),
                List.of(new Renamed("14626110", "Görlitz, Stadt", "Görlitz, Stadt, Hochschulstadt")),
                List.of(new Changed("14521090", "Börnichen/Erzgeb.", List.of(
                        new FieldChange(Field.POPULATION, 956, 959),
                        new FieldChange(Field.AREA, new BigDecimal("15.46"), new BigDecimal("15.45"))))),
                List.of(new Vanished("14522420", "Ostrau", "Mittelsachsen",
                                new References(2, 1, 0, 3, 0, ParticipationStatus.AKTIV)),
                        new Vanished("14522640", "Zschaitz-Ottewig", "Mittelsachsen", References.NONE)),
                List.of(new UnitChange(UnitKind.ASSOCIATION_RENAMED, "147305311", "Torgau/Dreiheide", "Torgau")),
                new DirectoryStand(LocalDate.of(2022, 12, 31), "GV-ISys Auszug GV: alt.xlsx", "14", Instant.now()),
                List.of());
    }

    private CompletableFuture<Boolean> open(DirectoryPreview preview) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(DirectoryImportDialog.ask(stage, preview)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void showsCountsAndEveryDifferenceAndAppliesOnUebernehmen(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = open(preview());

        assertThat(robot.lookup("#directoryCounts").queryAs(Label.class).getText())
                .isEqualTo("418 Gemeinden in der Datei: 1 neu, 1 umbenannt, 1 geändert, 2 nicht mehr vorhanden.");
        assertThat(robot.lookup("#directoryToResolve").queryAs(Label.class).getText())
                .startsWith("1 nicht mehr vorhandene Kommune hat noch Daten des Programms");
        TabPane tabs = robot.lookup("#directoryTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Neu (1)", "Umbenannt (1)",
                "Geändert (1)", "Nicht mehr vorhanden (2)", "Landkreise und Verbände (1)");

        TableView<?> changed = robot.lookup("#directoryChangedTable").queryAs(TableView.class);
        assertThat(List.<Object>copyOf(changed.getItems())).containsExactly(
                (Object) new DirectoryImportDialog.ChangeRow("14521090", "Börnichen/Erzgeb.", "Einwohner", "956", "959"),
                new DirectoryImportDialog.ChangeRow("14521090", "Börnichen/Erzgeb.", "Fläche (km²)", "15,46", "15,45"));
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> vanished = robot.lookup("#directoryVanishedTable").queryAs(TableView.class);
        assertThat(vanished.getItems()).hasSize(2);
        Object refs = vanished.getColumns().get(3).getCellData(0);
        assertThat(String.valueOf(refs))
                .isEqualTo("2 Navigatoren, 1 Vor-Ort-Projekt, 3 Einträge im Teilnahmeverlauf, Teilnahmestatus „aktiv“");
        assertThat(String.valueOf(vanished.getColumns().get(3).getCellData(1))).isEqualTo("– (keine Daten des Programms)");

        robot.clickOn("#directoryApply");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void abbrechenChangesNothing(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = open(preview());
        robot.clickOn("#directoryCancel");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
