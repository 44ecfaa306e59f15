package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * Eligible spending of one contract year per month (1–12) and category, cancelled receipts left out.
 *
 * @param amounts {@code amounts[m][c]}: month m+1, category {@code categories.get(c)}
 */
public record MonthlySpend(int year, List<CategoryOption> categories, BigDecimal[][] amounts) {

    public BigDecimal month(int month) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (BigDecimal a : amounts[month - 1]) {
            sum = sum.add(a);
        }
        return sum;
    }
}
