package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseInput;
import de.ssg.lotsenkontor.funding.ExpenseLink;
import de.ssg.lotsenkontor.funding.ExpenseRow;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one expense: typed text, checked on every change (amounts with at most two
 * decimals, eligible not above gross, the date inside the contract); a booked expense needs a
 * reason for any correction. What was typed stays when saving is refused.
 */
public final class ExpenseFormModel extends DetailFormModel<ExpenseRow> {

    private final StringProperty receiptNo = new SimpleStringProperty("");
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty payee = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<CategoryOption> category = new SimpleObjectProperty<>();
    private final StringProperty grossText = new SimpleStringProperty("");
    private final StringProperty eligibleText = new SimpleStringProperty("");
    private final StringProperty receiptLocation = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty correctionReason = new SimpleStringProperty("");
    private final ObjectProperty<ExpenseLink> link = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractRow> contract = new SimpleObjectProperty<>();
    private List<CategoryOption> categories = List.of();
    private List<ExpenseLink> links = List.of();

    public ExpenseFormModel() {
        watch(receiptNo, dateText, payee, purpose, category, grossText, eligibleText, receiptLocation, note,
                correctionReason, contract, link);
    }

    void setContext(ContractRow c, List<CategoryOption> options, List<ExpenseLink> linkOptions) {
        contract.set(c);
        categories = options;
        links = linkOptions;
    }

    @Override
    protected void fill(ExpenseRow e) {
        if (e == null) {
            receiptNo.set("");
            payee.set("");
            purpose.set("");
            grossText.set("");
            eligibleText.set("");
            receiptLocation.set("");
            note.set("");
            correctionReason.set("");
            link.set(null);
            return; // date and category stay for the next receipt
        }
        receiptNo.set(e.receiptNo());
        dateText.set(Formats.date(e.paymentDate()));
        payee.set(e.payee());
        purpose.set(e.purpose());
        category.set(categories.stream().filter(c -> c.id() == e.categoryId()).findFirst().orElse(null));
        grossText.set(Formats.decimal(e.gross(), 2));
        eligibleText.set(Formats.decimal(e.eligible(), 2));
        receiptLocation.set(nz(e.receiptLocation()));
        note.set(nz(e.note()));
        correctionReason.set("");
        link.set(links.stream().filter(l -> l.kind() == ExpenseLink.Kind.COACH ? Objects.equals(e.coachId(), l.id())
                : Objects.equals(e.eventId(), l.id())).findFirst().orElse(null));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected boolean differsFrom(ExpenseRow e) {
        ExpenseInput in = input();
        return !Objects.equals(in.receiptNo(), e.receiptNo()) || !Objects.equals(in.paymentDate(), e.paymentDate())
                || !Objects.equals(in.payee(), e.payee()) || !Objects.equals(in.purpose(), e.purpose())
                || !Objects.equals(in.categoryId(), e.categoryId()) || !same(in.gross(), e.gross())
                || !same(in.eligibleOrGross(), e.eligible())
                || !Objects.equals(blankToNull(in.receiptLocation()), e.receiptLocation())
                || !Objects.equals(blankToNull(in.note()), e.note())
                || !Objects.equals(in.coachId(), e.coachId()) || !Objects.equals(in.eventId(), e.eventId());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    protected boolean differsFromNew() {
        return !receiptNo.get().isBlank() || !payee.get().isBlank() || !purpose.get().isBlank()
                || !grossText.get().isBlank();
    }

    @Override
    protected List<Violation> findViolations() {
        List<Violation> v = new ArrayList<>();
        if (!dateText.get().isBlank() && Formats.parseDate(dateText.get()).isEmpty()) {
            v.add(new Violation("funding.field.paymentDate", "common.validation.date"));
        }
        if (!grossText.get().isBlank() && Formats.parseDecimal(grossText.get()).isEmpty()) {
            v.add(new Violation("funding.field.gross", "funding.validation.amount"));
        }
        if (!eligibleText.get().isBlank() && Formats.parseDecimal(eligibleText.get()).isEmpty()) {
            v.add(new Violation("funding.field.eligible", "funding.validation.amount"));
        }
        ExpenseInput in = input();
        boolean unchanged = detailsProperty().get() != null && !isDirty();
        for (Violation x : in.validate()) {
            boolean unparsable = v.stream().anyMatch(p -> p.fieldKey().equals(x.fieldKey()));
            boolean reasonNotYetNeeded = unchanged && x.fieldKey().equals("funding.field.correctionReason");
            if (!unparsable && !reasonNotYetNeeded) {
                v.add(x);
            }
        }
        ContractRow c = contract.get();
        if (c != null && in.paymentDate() != null && !c.covers(in.paymentDate())) {
            v.add(new Violation("funding.field.paymentDate", "funding.validation.outsideContract",
                    Formats.date(c.start()), Formats.date(c.end())));
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The typed values as the service takes them. */
    public ExpenseInput input() {
        ExpenseRow shown = detailsProperty().get();
        ContractRow c = contract.get();
        Optional<BigDecimal> gross = Formats.parseDecimal(grossText.get());
        Optional<BigDecimal> eligible = Formats.parseDecimal(eligibleText.get());
        return new ExpenseInput(shown == null ? null : shown.id(), shown == null ? 0 : shown.version(),
                c == null ? 0 : c.id(), blankToNull(receiptNo.get()), Formats.parseDate(dateText.get()).orElse(null),
                blankToNull(payee.get()), blankToNull(purpose.get()), category.get() == null ? null : category.get().id(),
                gross.orElse(null), eligible.orElse(null), linked(ExpenseLink.Kind.COACH), linked(ExpenseLink.Kind.EVENT),
                blankToNull(receiptLocation.get()), blankToNull(note.get()),
                shown == null ? null : blankToNull(correctionReason.get()));
    }

    private Long linked(ExpenseLink.Kind kind) {
        ExpenseLink l = link.get();
        return l != null && l.kind() == kind ? l.id() : null;
    }

    /** Whether the shown expense is cancelled: it is only shown, never edited. */
    public boolean isCancelled() {
        return detailsProperty().get() != null && detailsProperty().get().cancelled();
    }

    public LocalDate typedDate() {
        return Formats.parseDate(dateText.get()).orElse(null);
    }

    public StringProperty receiptNoProperty() {
        return receiptNo;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty payeeProperty() {
        return payee;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectProperty<CategoryOption> categoryProperty() {
        return category;
    }

    public StringProperty grossTextProperty() {
        return grossText;
    }

    public StringProperty eligibleTextProperty() {
        return eligibleText;
    }

    public StringProperty receiptLocationProperty() {
        return receiptLocation;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The coach (travel) or event the expense is booked for; null for none. */
    public ObjectProperty<ExpenseLink> linkProperty() {
        return link;
    }

    public StringProperty correctionReasonProperty() {
        return correctionReason;
    }
}
