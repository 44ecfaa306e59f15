package de.ssg.lotsenkontor.report;

import java.util.List;
import java.util.Objects;

/**
 * How a computed cell follows from other cells of the same table, independent of any
 * spreadsheet syntax: a workbook renderer writes it as a live formula (so that a user may change
 * a cell and the result follows), a page renderer prints the value that {@link Computed} carries.
 * Rows are indexes into {@link ReportTable#rows()}, columns indexes into its columns.
 */
public sealed interface Formula {

    /** The value of one cell of the table. */
    record Cell(int row, int column) implements Formula {
        public Cell {
            if (row < 0 || column < 0) {
                throw new IllegalArgumentException("negative cell " + row + "/" + column);
            }
        }
    }

    /** The sum of the terms (no terms: zero). */
    record Sum(List<Formula> terms) implements Formula {
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    /** {@code minuend − subtrahend}. */
    record Difference(Formula minuend, Formula subtrahend) implements Formula {
        public Difference {
            Objects.requireNonNull(minuend);
            Objects.requireNonNull(subtrahend);
        }
    }

    /** {@code numerator ÷ denominator}; empty when the denominator is zero. */
    record Ratio(Formula numerator, Formula denominator) implements Formula {
        public Ratio {
            Objects.requireNonNull(numerator);
            Objects.requireNonNull(denominator);
        }
    }

    static Cell cell(int row, int column) {
        return new Cell(row, column);
    }

    static Formula minus(Formula a, Formula b) {
        return new Difference(a, b);
    }

    static Formula ratio(Formula a, Formula b) {
        return new Ratio(a, b);
    }

    static Formula sum(List<? extends Formula> terms) {
        return new Sum(List.copyOf(terms));
    }

    /** Every cell the formula reads. */
    default List<Cell> cells() {
        java.util.ArrayList<Cell> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Formula f, List<Cell> out) {
        if (f instanceof Cell c) {
            out.add(c);
        } else if (f instanceof Sum s) {
            s.terms().forEach(t -> collect(t, out));
        } else if (f instanceof Difference d) {
            collect(d.minuend(), out);
            collect(d.subtrahend(), out);
        } else if (f instanceof Ratio r) {
            collect(r.numerator(), out);
            collect(r.denominator(), out);
        }
    }
}
