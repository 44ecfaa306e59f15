package de.ssg.lotsenkontor.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.funding.expenseimport.DatevFiles;
import de.ssg.lotsenkontor.funding.expenseimport.DatevImportTestData;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The expense import in the real window: Finanzen → Importe, a DATEV batch read (the native file
 * chooser bypassed), its preview with the counts, an unmapped account mapped in the preview, the
 * import, the expenses in the ledger with their trace, and the batch cancelled as a whole.
 */
class ExpenseImportFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();
    private int year;

    @BeforeEach
    void start() throws Exception {
        year = LocalDate.now().getYear();
        try (Database db = TestDatabases.open(folder)) {
            FundingQueries queries = new FundingQueries(db);
            new FundingService(db, queries, Clock.systemDefaultZone()).saveContract(new ContractInput(null, 0,
                    "FX-IMP", "Testvertrag", "Freistaat Sachsen", year, year + 1, new BigDecimal("100000.00"), null,
                    null));
        }
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT7)
                .release(javafx.scene.input.KeyCode.DIGIT7, javafx.scene.input.KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#financeTabs").tryQuery().isPresent()
                && robot.lookup("#contractChoice").queryAs(ComboBox.class).getValue() != null);
        robot.interact(() -> robot.lookup("#financeTabs").queryAs(TabPane.class).getSelectionModel().select(4));
        FxTestSupport.waitUntil(() -> robot.lookup("#expenseImportButton").tryQuery().map(Node::isVisible)
                .orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    private Optional<DialogPane> dialog(String header) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> header.equals(p.getHeaderText())).findFirst();
    }

    @Test
    void aDatevBatchIsPreviewedMappedImportedFoundInTheLedgerAndCancelledAsAWhole() throws Exception {
        Path file = DatevFiles.write(folder.resolve("Buchungen.csv"), DatevFiles.Style.standard()
                .period(year + "0101", year + "0201", year + "0228"), DatevImportTestData.february(), false);
        ExpenseImportTab tab = (ExpenseImportTab) robot.lookup("#expenseImportTab").query().getProperties()
                .get(ExpenseImportTab.class);
        robot.interact(() -> tab.importFile(file));
        FxTestSupport.waitUntil(() -> robot.lookup("#expenseImportPreview").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#expenseImportPreview").queryAs(DialogPane.class);
        assertThat(robot.lookup("#expImportContract").queryAs(Label.class).getText()).contains("FX-IMP");
        assertThat(robot.lookup("#expImportSummary").queryAs(Label.class).getText())
                .startsWith("13 Zeilen gelesen: 6 zu übernehmen");
        TableView<?> table = robot.lookup("#expImportTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(13);

        // the account without a category is mapped right in the preview
        Button map = robot.lookup("#expImportMapAccounts").queryAs(Button.class);
        assertThat(map.isDisabled()).isFalse();
        javafx.application.Platform.runLater(map::fire); // opens a modal form: not waited for
        FxTestSupport.waitUntil(() -> robot.lookup("#mapAccount-4711").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CategoryOption> box = robot.lookup("#mapAccount-4711").queryAs(ComboBox.class);
            box.getSelectionModel().select(box.getItems().stream().filter(c -> c.code().equals("SACH")).findFirst()
                    .orElseThrow());
        });
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Zuordnen".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(confirm::fire);
        FxTestSupport.waitUntil(() -> robot.lookup("#expImportSummary").queryAs(Label.class).getText()
                .startsWith("13 Zeilen gelesen: 7 zu übernehmen"));
        assertThat(map.isDisabled()).isTrue();

        Button apply = (Button) pane.lookupButton(de.ssg.lotsenkontor.ui.ImportPreviewDialog.APPLY);
        assertThat(apply.getText()).isEqualTo("Gültige Zeilen übernehmen (7)");
        robot.interact(apply::fire);
        FxTestSupport.waitUntil(() -> dialog("Ausgaben importiert").isPresent());
        DialogPane done = dialog("Ausgaben importiert").orElseThrow();
        assertThat(((Label) done.getContent()).getText()).startsWith("7 Ausgaben gebucht, 0 durch Storno aufgehoben.");
        robot.interact(() -> ((Button) done.lookupButton(done.getButtonTypes().get(0))).fire());

        // the expenses are in the ledger
        robot.interact(() -> robot.lookup("#financeTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxTestSupport.waitUntil(() -> robot.lookup("#ledgerTable").queryAs(TableView.class).getItems().size() == 7);
        try (Connection c = FxTestSupport.jdbc(folder); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT import_batch_id), MIN(source_file), SUM(gross_amount) FROM expense"
                        + " WHERE source = 'IMPORT'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getString(3)).isEqualTo("Buchungen.csv");
            assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("1825.01");
        }

        // the import is listed and cancelled as a whole
        robot.interact(() -> robot.lookup("#financeTabs").queryAs(TabPane.class).getSelectionModel().select(4));
        TableView<?> batches = robot.lookup("#importBatchTable").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> batches.getItems().size() == 1);
        robot.interact(() -> batches.getSelectionModel().select(0));
        Button cancelButton = robot.lookup("#cancelBatchButton").queryAs(Button.class);
        javafx.application.Platform.runLater(cancelButton::fire);
        FxTestSupport.waitUntil(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reasonField").queryAs(TextField.class).setText("Falscher Stapel"));
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Stornieren".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        FxTestSupport.waitUntil(() -> {
            try (Connection c = FxTestSupport.jdbc(folder); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM expense WHERE cancelled_on IS NOT NULL AND cancel_reason = 'Falscher Stapel'")) {
                rs.next();
                return rs.getInt(1) == 7;
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneCategoryChosenInThePreviewBooksEveryRowWithoutOne() throws Exception {
        Path file = folder.resolve("Belege.csv");
        java.nio.file.Files.writeString(file, "Datum;Betrag;Empfänger;Verwendungszweck;Belegnummer\n"
                + "03.02." + year + ";12,50;Papier Meyer;Druckerpapier;L-1\n"
                + "04.02." + year + ";1.020,00;Bürohaus;Regal;L-2\n"
                + "05.02." + year + ";7,49;Post;Porto;L-3\n", java.nio.charset.StandardCharsets.UTF_8);
        ExpenseImportTab tab = (ExpenseImportTab) robot.lookup("#expenseImportTab").query().getProperties()
                .get(ExpenseImportTab.class);
        robot.interact(() -> tab.importFile(file));
        FxTestSupport.waitUntil(() -> robot.lookup("#expenseImportPreview").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#expenseImportPreview").queryAs(DialogPane.class);
        Label summary = robot.lookup("#expImportSummary").queryAs(Label.class);
        // without a category column every row is skipped for want of a category, never guessed
        assertThat(summary.getText()).startsWith("3 Zeilen gelesen: 0 zu übernehmen");

        @SuppressWarnings("unchecked")
        ComboBox<CategoryOption> category = robot.lookup("#expImportDefaultCategory").queryAs(ComboBox.class);
        FxTestSupport.reveal(category);
        robot.clickOn(category);
        FxTestSupport.waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                        && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("SACH")));
        Node sach = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                        && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("SACH")).findFirst().orElseThrow();
        robot.clickOn(sach);
        FxTestSupport.waitUntil(() -> summary.getText().startsWith("3 Zeilen gelesen: 3 zu übernehmen"));
        assertThat(category.getValue().code()).isEqualTo("SACH");

        Button apply = (Button) pane.lookupButton(de.ssg.lotsenkontor.ui.ImportPreviewDialog.APPLY);
        assertThat(apply.getText()).isEqualTo("Gültige Zeilen übernehmen (3)");
        robot.interact(apply::fire);
        FxTestSupport.waitUntil(() -> dialog("Ausgaben importiert").isPresent());
        DialogPane done = dialog("Ausgaben importiert").orElseThrow();
        robot.interact(() -> ((Button) done.lookupButton(done.getButtonTypes().get(0))).fire());
        try (Connection c = FxTestSupport.jdbc(folder); ResultSet rs = c.createStatement().executeQuery(
                "SELECT e.receipt_no, k.code, e.gross_amount FROM expense e JOIN cost_category k ON k.id = e.category_id"
                        + " WHERE e.source_file = 'Belege.csv' ORDER BY e.receipt_no")) {
            java.util.List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3));
            }
            assertThat(rows).containsExactly("L-1 SACH 12.50", "L-2 SACH 1020.00", "L-3 SACH 7.49");
        }
    }

    @Test
    void removingAnAccountMappingAsksFirst() throws Exception {
        TableView<?> accounts = robot.lookup("#accountMappingTable").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !accounts.getItems().isEmpty());
        int index = -1;
        for (int i = 0; i < accounts.getItems().size(); i++) {
            var a = (de.ssg.lotsenkontor.funding.expenseimport.AccountMapping) accounts.getItems().get(i);
            if (a.chart().name().equals("SKR03") && a.account().equals("4930")) {
                index = i;
            }
        }
        assertThat(index).as("default mapping SKR03 4930").isNotNegative();
        final int row = index;
        robot.interact(() -> {
            accounts.getSelectionModel().select(row);
            accounts.scrollTo(row);
        });
        Button remove = robot.lookup("#removeAccountMapping").queryAs(Button.class);
        FxTestSupport.reveal(remove);
        robot.clickOn(remove);
        FxTestSupport.waitUntil(() -> dialog("Kontenzuordnung entfernen").isPresent());
        DialogPane ask = dialog("Kontenzuordnung entfernen").orElseThrow();
        assertThat(((Label) ask.getContent()).getText()).contains("4930").contains("SKR03").contains("Sachausgaben");
        // declined: the mapping stays
        Button no = ask.getButtonTypes().stream().map(b -> (Button) ask.lookupButton(b))
                .filter(b -> "Abbrechen".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(no);
        FxTestSupport.waitUntil(() -> dialog("Kontenzuordnung entfernen").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mapped("4930")).isEqualTo(1);

        FxTestSupport.reveal(remove);
        robot.clickOn(remove);
        FxTestSupport.waitUntil(() -> dialog("Kontenzuordnung entfernen").isPresent());
        DialogPane again = dialog("Kontenzuordnung entfernen").orElseThrow();
        Button yes = again.getButtonTypes().stream().map(b -> (Button) again.lookupButton(b))
                .filter(b -> "Zuordnung entfernen".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(yes);
        FxTestSupport.waitUntil(() -> {
            try {
                return mapped("4930") == 0;
            } catch (Exception e) {
                return false;
            }
        });
        FxTestSupport.waitUntil(() -> accounts.getItems().stream().noneMatch(a -> "4930".equals(
                ((de.ssg.lotsenkontor.funding.expenseimport.AccountMapping) a).account())
                && "SKR03".equals(((de.ssg.lotsenkontor.funding.expenseimport.AccountMapping) a).chart().name())));
    }

    private int mapped(String account) throws Exception {
        try (Connection c = FxTestSupport.jdbc(folder); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM account_category WHERE chart = 'SKR03' AND account = '" + account + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
