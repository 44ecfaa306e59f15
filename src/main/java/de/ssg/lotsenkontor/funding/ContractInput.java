package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A new funding contract ({@code id} null) or the changed values of one. */
public record ContractInput(Long id, int expectedVersion, String reference, String title, String funder,
        Integer firstYear, Integer lastYear, BigDecimal annualAmount, LocalDate signedOn, String note) {

    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "funding.field.reference", reference);
        Checks.maxLength(v, "funding.field.reference", reference, 60);
        Checks.required(v, "funding.field.title", title);
        Checks.maxLength(v, "funding.field.title", title, 200);
        Checks.required(v, "funding.field.funder", funder);
        Checks.maxLength(v, "funding.field.funder", funder, 200);
        Checks.required(v, "funding.field.firstYear", firstYear);
        Checks.required(v, "funding.field.lastYear", lastYear);
        if (firstYear != null && (firstYear < 2000 || firstYear > 2100)) {
            v.add(new Violation("funding.field.firstYear", "funding.validation.year"));
        }
        if (firstYear != null && lastYear != null && lastYear < firstYear) {
            v.add(new Violation("funding.field.lastYear", "common.validation.notBefore", String.valueOf(firstYear)));
        }
        Checks.required(v, "funding.field.annualAmount", annualAmount);
        ExpenseInput.amount(v, "funding.field.annualAmount", annualAmount, false);
        Checks.maxLength(v, "funding.field.note", note, 2000);
        return v;
    }
}
