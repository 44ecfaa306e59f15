package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.importing.CheckedRow;
import de.ssg.lotsenkontor.importing.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking or line of the file, read and checked: what it becomes (an expense, the
 * cancellation of an imported one, or nothing and why) and the values understood. Plain values.
 *
 * @param account     the expense account (DATEV; or the list's account column), or null
 * @param chart       the chart the account belongs to, or null
 * @param category    the cost category found, or null
 * @param cancels     for {@link Outcome#CANCELS}: the id of the booked expense this reversal cancels
 * @param reason      a short stable code of the outcome for the command line's summary ("duplicate", …)
 */
public record ExpenseImportRow(int row, Outcome outcome, String reason, LocalDate date, String receiptNo,
        String account, Chart chart, String contraAccount, String payee, String purpose, BigDecimal gross,
        CategoryOption category, Long cancels, List<RowProblem> problems) implements CheckedRow {

    /** What a row becomes. */
    public enum Outcome {
        /** A new expense. */
        IMPORT(false),
        /** A reversal that cancels an expense imported before. */
        CANCELS(false),
        /** Its receipt number is already booked in the contract and year (or earlier in the file). */
        DUPLICATE(false),
        /** A booking and its reversal, both in the file: they cancel each other. */
        REVERSED(false),
        /** No programme expense: income, a revenue booking, a pending bank row, an amount of zero. */
        NOT_EXPENSE(false),
        /** A reversal or refund whose booking is neither in the file nor booked: for the user to check. */
        UNMATCHED_REVERSAL(false),
        /** An expense on an account that no category is mapped to. */
        UNMAPPED(true),
        /** A foreign-currency amount without a base amount in euro: the user decides. */
        DECISION(true),
        /** The row cannot be read: an amount that is text, a day that does not exist, … */
        ERROR(true);

        private final boolean blocking;

        Outcome(boolean blocking) {
            this.blocking = blocking;
        }

        /** Whether a row with this outcome keeps "all or nothing" from being applied. */
        public boolean blocking() {
            return blocking;
        }
    }

    public ExpenseImportRow {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean valid() {
        return outcome == Outcome.IMPORT || outcome == Outcome.CANCELS;
    }

    @Override
    public boolean blocksAllOrNothing() {
        return outcome.blocking();
    }

    public String categoryName() {
        return category == null ? null : category.name();
    }
}
