package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The funder's rules as plain computations (no database): the 20 % rule (ANBest-P 1.2), the
 * pro-rata plan and the year-end forecast, the two-month rule (ANBest-P 1.4) and the proof-of-use
 * deadlines (ANBest-P 6.1).
 */
public final class BudgetRules {

    /** A single category may exceed its plan by this share when others save as much. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.20");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int SHARE_SCALE = 6;

    private BudgetRules() {
    }

    /** One category's plan and spending as read from the database. */
    public record Line(long categoryId, String category, BigDecimal original, BigDecimal current,
            BigDecimal spentGross, BigDecimal spentEligible) {
    }

    /** The share of {@code year} that has passed on {@code asOf}: 0 before it, 1 after it. */
    public static BigDecimal elapsed(int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (asOf.isBefore(first)) {
            return BigDecimal.ZERO;
        }
        if (asOf.getYear() > year) {
            return BigDecimal.ONE;
        }
        long days = ChronoUnit.DAYS.between(first, asOf) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(first.lengthOfYear()), SHARE_SCALE,
                RoundingMode.HALF_UP);
    }

    /** Budget against actual with the 20 % rule applied to every category and the total. */
    public static BudgetActual evaluate(ContractRow contract, int year, LocalDate asOf, List<Line> lines) {
        BigDecimal elapsed = elapsed(year, asOf);
        BigDecimal original = ZERO;
        BigDecimal current = ZERO;
        BigDecimal gross = ZERO;
        BigDecimal eligible = ZERO;
        for (Line l : lines) {
            original = original.add(l.original());
            current = current.add(l.current());
            gross = gross.add(l.spentGross());
            eligible = eligible.add(l.spentEligible());
        }
        boolean totalExceeded = eligible.compareTo(current) > 0;
        List<CategoryBudget> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(budget(l, elapsed, status(l.current(), l.spentEligible(), totalExceeded)));
        }
        Line sum = new Line(0, null, original, current, gross, eligible);
        CategoryBudget total = budget(sum, elapsed, totalExceeded ? BudgetStatus.OVER_LIMIT : BudgetStatus.OK);
        return new BudgetActual(contract, year, asOf, elapsed, out, total, totalExceeded);
    }

    /** The 20 % rule for one category. */
    public static BudgetStatus status(BigDecimal plan, BigDecimal spent, boolean totalExceeded) {
        if (spent.compareTo(plan) <= 0) {
            return BudgetStatus.OK;
        }
        if (plan.signum() == 0) {
            return BudgetStatus.OVER_LIMIT;
        }
        BigDecimal limit = plan.multiply(BigDecimal.ONE.add(TOLERANCE));
        if (spent.compareTo(limit) > 0) {
            return BudgetStatus.OVER_LIMIT;
        }
        return totalExceeded ? BudgetStatus.NOT_BALANCED : BudgetStatus.BALANCED;
    }

    private static CategoryBudget budget(Line l, BigDecimal elapsed, BudgetStatus status) {
        BigDecimal deviation = l.spentEligible().subtract(l.current());
        BigDecimal proRata = l.current().multiply(elapsed).setScale(2, RoundingMode.HALF_UP);
        BigDecimal forecast = elapsed.signum() == 0 ? ZERO
                : l.spentEligible().divide(elapsed, 2, RoundingMode.HALF_UP);
        return new CategoryBudget(l.categoryId(), l.category(), l.original(), l.current(), l.spentGross(),
                l.spentEligible(), l.current().subtract(l.spentEligible()), share(l.spentEligible(), l.current()),
                proRata, forecast, deviation, share(deviation, l.current()), status);
    }

    /** {@code part ÷ whole} to six decimals; null when there is no whole. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The plan for the two months after {@code day} (the day itself excluded), pro rata per day of
     * each year's total plan; {@code yearPlan} gives a year's total plan (zero outside the contract).
     */
    public static BigDecimal planForTwoMonthsAfter(LocalDate day, java.util.function.IntFunction<BigDecimal> yearPlan) {
        LocalDate from = day.plusDays(1);
        LocalDate until = day.plusMonths(2); // inclusive
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = from.getYear(); y <= until.getYear(); y++) {
            LocalDate a = from.getYear() == y ? from : LocalDate.of(y, 1, 1);
            LocalDate b = until.getYear() == y ? until : LocalDate.of(y, 12, 31);
            long days = ChronoUnit.DAYS.between(a, b) + 1;
            sum = sum.add(yearPlan.apply(y).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(a.lengthOfYear()), 10, RoundingMode.HALF_UP));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** The interim proof of {@code year} is due by 30 April of the next year. */
    public static LocalDate interimDue(int year) {
        return LocalDate.of(year + 1, 4, 30);
    }

    /** The final proof is due six months after the contract ends. */
    public static LocalDate finalDue(ContractRow contract) {
        return contract.end().plusMonths(6);
    }
}
