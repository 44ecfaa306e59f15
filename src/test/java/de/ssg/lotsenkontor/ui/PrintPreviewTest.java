package de.ssg.lotsenkontor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.print.PrintDocument;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview in a real (headless) window, and the print entries of the table export. */
class PrintPreviewTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePreviewShowsPageByPageZoomsSavesAndExplainsWhyItCannotPrint() throws Exception {
        var columns = List.of(new ReportTable.Column("Nr.", ColumnType.INTEGER, 6),
                new ReportTable.Column("Name", ColumnType.TEXT, 30));
        var table = ReportTable.builder("Liste", columns);
        for (int i = 0; i < 150; i++) {
            table.values(i, "Eintrag " + i);
        }
        PrintDocument document = PrintDocument.of(Report.ofTable("Liste", null, TableExportTest.TODAY, table.build()),
                Progress.NONE);
        int pages = document.pageCount();
        assertThat(pages).isGreaterThan(2);
        Path file = folder.resolve("liste");
        TableExportTest.RecordingDialogs dialogs = new TableExportTest.RecordingDialogs(file);
        BackgroundTasks tasks = new BackgroundTasks();
        Stage stage = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> new PrintPreview(tasks, dialogs).open(document, "Liste_2026-11-26.pdf"));
        ImageView page = (ImageView) stage.getScene().getRoot().lookup("#previewScroll").lookup(".image-view");
        waitFor(() -> page.getImage() != null);
        assertThat(label(stage, "#previewPage")).isEqualTo("Seite 1 von " + pages);
        var first = page.getImage();

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            stage.getScene().getAccelerators().get(new javafx.scene.input.KeyCodeCombination(
                    javafx.scene.input.KeyCode.PAGE_DOWN)).run();
            return null;
        });
        waitFor(() -> page.getImage() != first);
        assertThat(label(stage, "#previewPage")).isEqualTo("Seite 2 von " + pages);

        double fitWidth = page.getImage().getWidth();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> zoom = (ComboBox<String>) stage.getScene().lookup("#previewZoom");
            zoom.getSelectionModel().select("200 %");
            return null;
        });
        waitFor(() -> Math.abs(page.getImage().getWidth() - 595 * 96 / 72.0 * 2) < 3);
        assertThat(page.getImage().getWidth()).isNotEqualTo(fitWidth);

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            ((Button) stage.getScene().lookup("#previewSave")).fire();
            return null;
        });
        Path saved = folder.resolve("liste.pdf");
        waitFor(() -> label(stage, "#previewStatus").startsWith("Gespeichert"));
        assertThat(dialogs.suggestedName).isEqualTo("Liste_2026-11-26.pdf");
        try (var pdf = Loader.loadPDF(saved.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
        }

        // headless and (here) without a printer: a German message, no crash
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            ((Button) stage.getScene().lookup("#previewPrint")).fire();
            return null;
        });
        waitFor(() -> !dialogs.failures.isEmpty());
        assertThat(dialogs.failures.get(0)).matches(".*(kein Drucker eingerichtet|Druckdialog kann).*");
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            stage.close();
            return null;
        });
    }

    @Test
    void theTableExportSavesWhatTheUserSeesAsPdf() throws Exception {
        Path file = folder.resolve("Mitglieder.pdf");
        TableExportTest.RecordingDialogs dialogs = new TableExportTest.RecordingDialogs(file);
        BackgroundTasks tasks = new BackgroundTasks();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TableView<TableExportTest.Member> table = new TableView<>();
            TableColumns.addAll(table, TableExportTest.COLUMNS);
            table.getItems().setAll(TableExportTest.MEMBERS);
            table.getColumns().get(1).setVisible(false); // "Stunden" hidden
            Button button = new TableExport(tasks, dialogs, TableExportTest.CLOCK).button(table, () -> "Mitglieder",
                    () -> "4 Mitglieder");
            Stage stage = new Stage();
            stage.setScene(new Scene(new BorderPane(table, button, null, null, null), 800, 400));
            stage.show();
            new TableExport(tasks, dialogs, TableExportTest.CLOCK).savePdf(table, "Mitglieder", "4 Mitglieder");
            return null;
        });
        waitFor(() -> !dialogs.infos.isEmpty());
        assertThat(dialogs.suggestedName).isEqualTo("Mitglieder_2026-11-26.pdf");
        assertThat(dialogs.infos.get(0)).isEqualTo("Exportiert: " + file);
        try (var pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Mitglieder").contains("4 Mitglieder").contains("Özdemir")
                    .contains("1.234,56 €").contains("01.03.2024").doesNotContain("Stunden");
        }
    }

    @Test
    void theExportButtonOffersExcelPreviewAndPdfAndCtrlPOpensThePreview() throws Exception {
        TableExportTest.RecordingDialogs dialogs = new TableExportTest.RecordingDialogs(folder.resolve("x.pdf"));
        BackgroundTasks tasks = new BackgroundTasks();
        List<String> items = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TableView<TableExportTest.Member> table = new TableView<>();
            TableColumns.addAll(table, TableExportTest.COLUMNS);
            table.getItems().setAll(TableExportTest.MEMBERS);
            Button button = new TableExport(tasks, dialogs, TableExportTest.CLOCK).button(table, () -> "Mitglieder",
                    null);
            Stage stage = new Stage();
            stage.setScene(new Scene(new BorderPane(table, button, null, null, null), 800, 400));
            stage.show();
            button.fire();
            javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                    .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
            List<String> texts = menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
            menu.hide();
            javafx.event.Event.fireEvent(table, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.P,
                    false, true, false, false));
            return texts;
        });
        assertThat(items).containsExactly("Als Excel-Mappe speichern …", "Druckvorschau …", "Als PDF speichern …");
        waitFor(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Druckvorschau – Mitglieder".equals(s.getTitle()) && s.isShowing()));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && "Druckvorschau – Mitglieder".equals(s.getTitle())).toList().forEach(w -> ((Stage) w).close());
            return null;
        });
    }

    private static String label(Stage stage, String id) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ((Label) stage.getScene().lookup(id)).getText());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
