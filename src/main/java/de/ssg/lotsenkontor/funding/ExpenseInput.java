package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new expense ({@code id} null) or the corrected values of a booked one, with the reason for a
 * correction. {@code eligible} null means "the gross amount". Checked live by the form and again
 * by the service.
 */
public record ExpenseInput(Long id, int expectedVersion, long contractId, String receiptNo, LocalDate paymentDate,
        String payee, String purpose, Long categoryId, BigDecimal gross, BigDecimal eligible, Long coachId,
        Long eventId, String receiptLocation, String note, String correctionReason) {

    public static final int RECEIPT_MAX = 40;
    public static final int PAYEE_MAX = 200;
    public static final int PURPOSE_MAX = 400;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    public boolean isNew() {
        return id == null;
    }

    /** The eligible amount that will be booked: as typed, else the gross amount. */
    public BigDecimal eligibleOrGross() {
        return eligible != null ? eligible : gross;
    }

    /** The checks that need no database: required fields, lengths, amounts. */
    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "funding.field.receiptNo", receiptNo);
        Checks.maxLength(v, "funding.field.receiptNo", receiptNo, RECEIPT_MAX);
        Checks.required(v, "funding.field.paymentDate", paymentDate);
        Checks.required(v, "funding.field.payee", payee);
        Checks.maxLength(v, "funding.field.payee", payee, PAYEE_MAX);
        Checks.required(v, "funding.field.purpose", purpose);
        Checks.maxLength(v, "funding.field.purpose", purpose, PURPOSE_MAX);
        Checks.required(v, "funding.field.category", categoryId);
        Checks.required(v, "funding.field.gross", gross);
        amount(v, "funding.field.gross", gross, false);
        amount(v, "funding.field.eligible", eligible, true);
        if (gross != null && eligible != null && eligible.compareTo(gross) > 0) {
            v.add(new Violation("funding.field.eligible", "funding.validation.eligibleAboveGross"));
        }
        Checks.maxLength(v, "funding.field.receiptLocation", receiptLocation, 200);
        Checks.maxLength(v, "funding.field.note", note, 2000);
        if (!isNew()) {
            Checks.required(v, "funding.field.correctionReason", correctionReason);
            Checks.maxLength(v, "funding.field.correctionReason", correctionReason, 500);
        }
        return v;
    }

    /** Money: positive (or, where {@code zeroAllowed}, zero), at most two decimals, not absurdly large. */
    static void amount(List<Violation> v, String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            v.add(new Violation(field, "common.validation.notNegative"));
        } else if (value.signum() == 0 && !zeroAllowed) {
            v.add(new Violation(field, "common.validation.positive"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(new Violation(field, "funding.validation.cents"));
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            v.add(new Violation(field, "funding.validation.tooLarge"));
        }
    }
}
