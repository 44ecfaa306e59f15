package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.YearTotals;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's figures of events, projects and funding agree with the rows and with Finanzen. */
class FeatureDashboardSourcesTest {

    @TempDir
    static Path folder;
    static AppContext context;
    static FeatureDashboardSources sources;

    @BeforeAll
    static void demo() {
        context = AppContext.open(DataPaths.of(folder.resolve("db")));
        new DemoData(context.database(), context.clock()).generate(1, DemoData.DEFAULT_SEED, Progress.NONE);
        sources = new FeatureDashboardSources(context.database(), context.fundingQueries());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void eventsOfAYearAndTheirParticipantsAreCountedFromTheRows() {
        long[] counted = context.database().withConnection(c -> {
            long events = 0;
            long present = 0;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, starts_on FROM event")) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getDate(2).toLocalDate().getYear() == 2024) {
                        events++;
                        ids.add(rs.getLong(1));
                    }
                }
                try (ResultSet a = c.createStatement().executeQuery("SELECT event_id, status FROM attendance")) {
                    while (a.next()) {
                        if (ids.contains(a.getLong(1)) && "TEILGENOMMEN".equals(a.getString(2))) {
                            present++;
                        }
                    }
                }
            }
            return new long[] {events, present};
        });
        DashboardSources.EventFigures figures = sources.events(2024).orElseThrow();
        assertThat(figures.events()).isEqualTo(counted[0]).isPositive();
        assertThat(figures.participants()).isEqualTo(counted[1]).isPositive();
    }

    @Test
    void projectsByStatusAddUpToAllProjects() {
        long all = context.database().withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM local_project")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        DashboardSources.ProjectFigures figures = sources.projects().orElseThrow();
        assertThat(figures.byStatus()).containsKeys("IDEE", "ABGESCHLOSSEN", "ABGEBROCHEN");
        assertThat(figures.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all).isPositive();
    }

    @Test
    void theBudgetOfAYearIsWhatFinanzenShows() {
        ContractRow contract = context.fundingQueries().contracts().stream()
                .filter(c -> c.firstYear() <= 2024 && 2024 <= c.lastYear()).findFirst().orElseThrow();
        YearTotals totals = context.fundingQueries().yearTotals(contract).stream()
                .filter(t -> t.year() == 2024).findFirst().orElseThrow();
        DashboardSources.BudgetFigures budget = sources.budget(2024).orElseThrow();
        assertThat(budget.planned()).isEqualByComparingTo(totals.planned());
        assertThat(budget.spent()).isEqualByComparingTo(totals.spentEligible());
        assertThat(budget.remaining()).isEqualByComparingTo(totals.planned().subtract(totals.spentEligible()));
        assertThat(sources.budget(1999)).isEmpty();
        BigDecimal categories = sources.planVsSpent(2024).orElseThrow().stream()
                .map(DashboardSources.CategoryLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(categories).isEqualByComparingTo(totals.spentEligible());
    }

    @Test
    void theNextDeadlineIsAnOpenOneNotBeforeTheFirstContractEnds() {
        DashboardSources.Deadline next = sources.nextProofDeadline(LocalDate.of(2026, 1, 15)).orElseThrow();
        assertThat(next.due()).isAfterOrEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(next.what()).isNotBlank();
    }
}
