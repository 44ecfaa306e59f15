package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.BudgetActual;
import de.ssg.lotsenkontor.funding.CategoryBudget;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.ProofDeadline;
import de.ssg.lotsenkontor.funding.ProofKind;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard figures of events, projects and funding: counts of events and projects in SQL,
 * budget and deadlines through the funding feature's own queries and rules (so the dashboard shows
 * exactly what Finanzen shows).
 */
public final class FeatureDashboardSources implements DashboardSources {

    private final Database database;
    private final FundingQueries funding;

    public FeatureDashboardSources(Database database, FundingQueries funding) {
        this.database = database;
        this.funding = funding;
    }

    @Override
    public Optional<EventFigures> events(int year) {
        return Optional.of(database.withConnection(c -> {
            // a range on starts_on, so its index is used (EXTRACT(YEAR ...) would scan every event)
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*),"
                    + " (SELECT COUNT(*) FROM attendance a JOIN event e2 ON e2.id = a.event_id"
                    + "  WHERE a.status = 'TEILGENOMMEN' AND e2.starts_on >= ? AND e2.starts_on <= ?)"
                    + " FROM event e WHERE e.starts_on >= ? AND e.starts_on <= ?")) {
                q.setObject(1, LocalDate.of(year, 1, 1));
                q.setObject(2, LocalDate.of(year, 12, 31));
                q.setObject(3, LocalDate.of(year, 1, 1));
                q.setObject(4, LocalDate.of(year, 12, 31));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return new EventFigures(rs.getLong(1), rs.getLong(2));
                }
            }
        }));
    }

    @Override
    public Optional<ProjectFigures> projects() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT status, COUNT(*) FROM local_project GROUP BY status");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                }
            }
            return null;
        });
        return Optional.of(new ProjectFigures(byStatus));
    }

    @Override
    public BudgetAndPlan budgetAndPlan(int year) {
        // the contracts' budgets are read once for both figures
        Optional<List<BudgetActual>> budgets = budgets(year);
        return new BudgetAndPlan(budgets.map(FeatureDashboardSources::totals),
                budgets.map(FeatureDashboardSources::perCategory));
    }

    @Override
    public Optional<BudgetFigures> budget(int year) {
        return budgets(year).map(FeatureDashboardSources::totals);
    }

    private static BudgetFigures totals(List<BudgetActual> list) {
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        for (BudgetActual b : list) {
            planned = planned.add(b.total().current());
            spent = spent.add(b.total().spentEligible());
        }
        return new BudgetFigures(planned, spent);
    }

    @Override
    public Optional<Deadline> nextProofDeadline(LocalDate today) {
        List<Deadline> open = new ArrayList<>();
        for (ContractRow contract : funding.contracts()) {
            for (ProofDeadline d : funding.deadlines(contract.id(), today)) {
                if (d.open()) {
                    open.add(new Deadline(what(d, contract), d.due()));
                }
            }
        }
        return open.stream().min(Comparator.comparing(Deadline::due));
    }

    @Override
    public Optional<List<CategoryLine>> planVsSpent(int year) {
        return budgets(year).map(FeatureDashboardSources::perCategory);
    }

    private static List<CategoryLine> perCategory(List<BudgetActual> list) {
        Map<String, CategoryLine> lines = new LinkedHashMap<>();
        for (BudgetActual b : list) {
            for (CategoryBudget cat : b.categories()) {
                lines.merge(cat.category(), new CategoryLine(cat.category(), cat.current(), cat.spentEligible()),
                        (x, y) -> new CategoryLine(x.category(), x.planned().add(y.planned()),
                                x.spent().add(y.spent())));
            }
        }
        return List.copyOf(lines.values());
    }

    /** The budget against actual of every contract that covers {@code year}; empty without one. */
    private Optional<List<BudgetActual>> budgets(int year) {
        List<BudgetActual> found = new ArrayList<>();
        LocalDate asOf = LocalDate.of(year, 12, 31);
        for (ContractRow contract : funding.contracts()) {
            if (contract.firstYear() <= year && year <= contract.lastYear()) {
                found.add(funding.budgetActual(contract.id(), year, asOf));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static String what(ProofDeadline d, ContractRow contract) {
        String kind = I18n.of("funding.proofKind", d.kind());
        return d.kind() == ProofKind.SCHLUSS ? kind + " " + contract.reference()
                : kind + " " + d.year() + " (" + contract.reference() + ")";
    }
}
