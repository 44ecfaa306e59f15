package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new request for funds ({@code id} null) or the changed values of one, with what was received. */
public record FundsRequestInput(Long id, int expectedVersion, long contractId, String requestNo, LocalDate requestedOn,
        BigDecimal requested, LocalDate receivedOn, BigDecimal received, String note) {

    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "funding.field.requestNo", requestNo);
        Checks.maxLength(v, "funding.field.requestNo", requestNo, 40);
        Checks.required(v, "funding.field.requestedOn", requestedOn);
        Checks.required(v, "funding.field.requested", requested);
        ExpenseInput.amount(v, "funding.field.requested", requested, false);
        ExpenseInput.amount(v, "funding.field.received", received, true);
        if ((receivedOn == null) != (received == null)) {
            v.add(new Violation(received == null ? "funding.field.received" : "funding.field.receivedOn",
                    "funding.validation.receivedBoth"));
        }
        if (receivedOn != null && requestedOn != null && receivedOn.isBefore(requestedOn)) {
            v.add(new Violation("funding.field.receivedOn", "common.validation.notBefore",
                    de.ssg.lotsenkontor.common.Formats.date(requestedOn)));
        }
        Checks.maxLength(v, "funding.field.note", note, 1000);
        return v;
    }
}
