package de.ssg.lotsenkontor.report;

import java.util.Objects;

/**
 * A cell computed from other cells of its table: the {@link Formula} and the value it gives
 * today, exact ({@code BigDecimal} for money, a share as a {@code BigDecimal} between 0 and 1 for
 * percent; null when it is empty, e.g. a share of nothing). Workbooks write the formula with the
 * value as its cached result; pages print the value.
 */
public record Computed(Formula formula, Object value) {

    public Computed {
        Objects.requireNonNull(formula, "formula");
    }
}
