package de.ssg.lotsenkontor.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The area "Finanzen" of the real app: a receipt typed with the keyboard only, Enter moving on. */
class FinanceViewFxTest {

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        int year = LocalDate.now().getYear();
        try (Database db = TestDatabases.open(folder)) {
            FundingQueries queries = new FundingQueries(db);
            FundingService service = new FundingService(db, queries, Clock.systemDefaultZone());
            var c = service.saveContract(new ContractInput(null, 0, "FX-1", "Testvertrag", "Freistaat Sachsen", year,
                    year + 1, new BigDecimal("100000.00"), null, null));
            long travel = queries.categories().stream().filter(k -> k.code().equals("REISE")).findFirst()
                    .orElseThrow().id();
            service.setPlan(c.id(), year, travel, new BigDecimal("1000.00"));
            service.setPlan(c.id(), year + 1, travel, new BigDecimal("2500.00"));
        }
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#budgetFindings").tryQuery().isPresent()
                && robot.lookup("#contractChoice").queryAs(ComboBox.class).getValue() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    @Test
    void aReceiptIsTypedWithEnterBookedAndTheFormStaysForTheNext() throws Exception {
        robot.interact(() -> robot.lookup("#financeTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxTestSupport.waitUntil(() -> robot.lookup("#expReceiptNo").tryQuery().map(n -> n.isVisible()).orElse(false));
        String today = text("#expPaymentDate .text-field");
        robot.clickOn("#expReceiptNo").write("FX-0001");
        robot.type(KeyCode.ENTER); // to the date, which keeps today
        robot.type(KeyCode.ENTER);
        robot.write("Deutsche Bahn").type(KeyCode.ENTER);
        robot.write("Fahrt zum Netzwerktreffen").type(KeyCode.ENTER);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> category = robot.lookup("#expCategory").queryAs(ComboBox.class);
            category.getSelectionModel().select(category.getItems().stream()
                    .filter(o -> o.toString().equals("Reisekosten")).findFirst().orElseThrow());
        });
        robot.clickOn("#expGross").write("1.250,40").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER); // eligible left empty = gross; Enter on the last field books

        FxTestSupport.waitUntil(() -> robot.lookup("#ledgerCount").queryAs(Label.class).getText()
                .equals("1 von 1 Belegen"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#expReceiptNo")).isEmpty();
        assertThat(text("#expPaymentDate .text-field")).isEqualTo(today);
        assertThat(robot.lookup("#expCategory").queryAs(ComboBox.class).getValue().toString()).isEqualTo("Reisekosten");
        assertThat(robot.lookup("#ledgerTotals").queryAs(Label.class).getText()).contains("brutto 1.250,40 €");
        try (Connection c = FxTestSupport.jdbc(folder);
                PreparedStatement q = c.prepareStatement(
                        "SELECT receipt_no, payee, gross_amount, eligible_amount, source FROM expense");
                ResultSet rs = q.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("FX-0001");
            assertThat(rs.getString(2)).isEqualTo("Deutsche Bahn");
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("1250.40");
            assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("1250.40");
            assertThat(rs.getString(5)).isEqualTo("MANUELL");
        }
    }

    @Test
    void theChartsOfSollIstFollowTheChosenYearWithTheSameSeries() throws Exception {
        int year = LocalDate.now().getYear();
        FxTestSupport.waitUntil(() -> travelPlan() == 1000.0);
        BarChart<?, ?> bars = robot.lookup("#planChart").queryAs(BarChart.class);
        LineChart<?, ?> line = robot.lookup("#burnChart").queryAs(LineChart.class);
        Object planSeries = bars.getData().get(0);
        Object proRataSeries = line.getData().get(1);
        assertThat(lastProRata()).isEqualTo(totalPlan(bars));

        robot.interact(() -> robot.lookup("#yearChoice").queryAs(ComboBox.class).setValue(year + 1));
        FxTestSupport.waitUntil(() -> travelPlan() == 2500.0);
        assertThat(bars.getData().get(0)).isSameAs(planSeries);
        assertThat(line.getData().get(1)).isSameAs(proRataSeries);
        assertThat(line.getData().get(1).getData()).hasSize(12);
        assertThat(lastProRata()).isEqualTo(totalPlan(bars));
        // next year has not begun: no month spent yet
        assertThat(line.getData().get(0).getData()).isEmpty();

        robot.interact(() -> robot.lookup("#yearChoice").queryAs(ComboBox.class).setValue(year));
        FxTestSupport.waitUntil(() -> travelPlan() == 1000.0);
        assertThat(line.getData().get(0).getData()).hasSize(LocalDate.now().getMonthValue());
        assertThat(lastProRata()).isEqualTo(totalPlan(bars));
    }

    /** The plan bar of "Reisekosten" in the chart of plan and spending. */
    private double travelPlan() {
        BarChart<?, ?> bars = robot.lookup("#planChart").queryAs(BarChart.class);
        return bars.getData().isEmpty() ? -1 : bars.getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("Reisekosten")).findFirst()
                .map(d -> ((Number) d.getXValue()).doubleValue()).orElse(-1.0);
    }

    private static double totalPlan(BarChart<?, ?> bars) {
        return bars.getData().get(0).getData().stream().mapToDouble(d -> ((Number) d.getXValue()).doubleValue()).sum();
    }

    /** The pro-rata plan at the end of December: the year's whole plan. */
    private double lastProRata() {
        LineChart<?, ?> line = robot.lookup("#burnChart").queryAs(LineChart.class);
        var points = line.getData().get(1).getData();
        return ((Number) points.get(points.size() - 1).getYValue()).doubleValue();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }
}
