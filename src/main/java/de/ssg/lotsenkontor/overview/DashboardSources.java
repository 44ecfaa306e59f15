package de.ssg.lotsenkontor.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard figures owned by events, projects and funding. Each method answers
 * {@link Optional#empty()} while its feature offers no query for it; the dashboard then shows "—"
 * with a tooltip. {@code AppContext} wires an implementation backed by the features' query classes.
 */
public interface DashboardSources {

    /** Events that started this year and their attending participants. */
    record EventFigures(long events, long participants) {
    }

    /** Local projects by {@code ProjectStatus} name, in display order. */
    record ProjectFigures(Map<String, Long> byStatus) {
    }

    /** This year's budget: planned and spent (eligible) amounts, scale 2. */
    record BudgetFigures(BigDecimal planned, BigDecimal spent) {

        /** Spent as a share 0–1 of planned; 0 without a plan. */
        public double spentShare() {
            return planned.signum() == 0 ? 0 : spent.doubleValue() / planned.doubleValue();
        }

        public BigDecimal remaining() {
            return planned.subtract(spent);
        }
    }

    /** A proof of use (or interim proof) that is due. */
    record Deadline(String what, LocalDate due) {
    }

    /** One cost category: planned and spent this year. */
    record CategoryLine(String category, BigDecimal planned, BigDecimal spent) {
    }

    Optional<EventFigures> events(int year);

    Optional<ProjectFigures> projects();

    Optional<BudgetFigures> budget(int year);

    Optional<Deadline> nextProofDeadline(LocalDate today);

    Optional<List<CategoryLine>> planVsSpent(int year);

    /** This year's budget and its plan against spent per category, read together. */
    record BudgetAndPlan(Optional<BudgetFigures> budget, Optional<List<CategoryLine>> planVsSpent) {
    }

    /** {@link #budget} and {@link #planVsSpent} of {@code year}; a source may read them in one go. */
    default BudgetAndPlan budgetAndPlan(int year) {
        return new BudgetAndPlan(budget(year), planVsSpent(year));
    }

    /** No source yet: every figure is "not available". */
    DashboardSources NONE = new DashboardSources() {
        @Override
        public Optional<EventFigures> events(int year) {
            return Optional.empty();
        }

        @Override
        public Optional<ProjectFigures> projects() {
            return Optional.empty();
        }

        @Override
        public Optional<BudgetFigures> budget(int year) {
            return Optional.empty();
        }

        @Override
        public Optional<Deadline> nextProofDeadline(LocalDate today) {
            return Optional.empty();
        }

        @Override
        public Optional<List<CategoryLine>> planVsSpent(int year) {
            return Optional.empty();
        }
    };
}
