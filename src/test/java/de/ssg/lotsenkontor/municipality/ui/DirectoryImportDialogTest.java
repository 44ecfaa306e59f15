package de.ssg.lotsenkontor.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportService;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.References;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitKind;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysWorkbooks;
import de.ssg.lotsenkontor.municipality.directoryimport.StateFilter;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    /** The whole way: file → preview (answered) → apply in the background → Kommunen view reloads → result. */
    @Test
    void theFlowAppliesReloadsTheViewAndReports(FxRobot robot, @TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("db"))) {
            ReferenceData.loadIfEmpty(db);
            Clock clock = Clock.systemDefaultZone();
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage, dir);
            tasks.setDialogs(dialogs);
            MunicipalityView[] view = new MunicipalityView[1];
            robot.interact(() -> {
                view[0] = new MunicipalityView(new MunicipalityViewModel(new MunicipalityQueries(db),
                        new MunicipalityService(db, clock), tasks, dialogs, clock), tasks, dialogs, clock, null,
                        id -> List.of());
                stage.getScene().setRoot(new StackPane(view[0].node()));
                stage.setWidth(1300);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view[0].loadedProperty().get());
            assertThat(robot.lookup("#directoryStand").queryAs(Label.class).getText())
                    .isEqualTo("Gemeindeverzeichnis, Stand 31.12.2024");

            List<String> status = new CopyOnWriteArrayList<>();
            List<DirectoryPreview> shown = new CopyOnWriteArrayList<>();
            DirectoryImportFlow flow = new DirectoryImportFlow(new DirectoryImportService(db, clock), tasks, dialogs,
                    status::add, view[0]::reload);
            flow.answerPreviewWith((owner, preview) -> shown.add(preview));
            Path file = GvIsysWorkbooks.afterMerger(dir, "gv.xlsx");
            robot.interact(() -> flow.read(file));

            // the result is reported in a dialog; the view shows the new Stand behind it
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            assertThat(shown).singleElement().satisfies(p -> assertThat(p.vanished()).hasSize(410));
            DialogPane result = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(result.getHeaderText()).isEqualTo("Gemeindeverzeichnis übernommen");
            assertThat(((Label) result.getContent()).getText())
                    .startsWith("Das Gemeindeverzeichnis mit Stand 31.12.2022 wurde übernommen. 8 Gemeinden in der Datei");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#directoryStand")
                    .queryAs(Label.class).getText().equals("Gemeindeverzeichnis, Stand 31.12.2022"));
            assertThat(status).containsExactly("Gemeindeverzeichnis übernommen, Stand 31.12.2022.");
            robot.interact(() -> ((Button) result.lookupButton(result.getButtonTypes().get(0))).fire());
            tasks.shutdown();
        }
    }

    @Test
    void abbrechenChangesNothing(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = open(preview());
        robot.clickOn("#directoryCancel");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
