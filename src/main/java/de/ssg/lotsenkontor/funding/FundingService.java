package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Every write of the finance area, through Hibernate, one transaction per call. Input is checked
 * again here (the forms check it live); a broken rule is refused with a German message naming the
 * field, and a change based on an outdated version with a {@link ConcurrentChangeException}. A
 * booked expense is never deleted: it is cancelled with a reason; a correction records every
 * changed field with its old and new value and the reason.
 */
public final class FundingService {

    private final Database database;
    private final FundingQueries queries;
    private final Clock clock;

    public FundingService(Database database, FundingQueries queries, Clock clock) {
        this.database = database;
        this.queries = queries;
        this.clock = clock;
    }

    // ---- contracts and categories ----------------------------------------------------------

    public ContractRow saveContract(ContractInput input) {
        long id = database.inTransaction(session -> {
            List<Violation> v = input.validate();
            FundingContract contract = input.id() == null ? null
                    : current(session, FundingContract.class, input.id(), input.expectedVersion(),
                            FundingContract::getVersion, "funding.contract.the");
            String reference = Checks.clean(input.reference());
            if (reference != null && !session.createSelectionQuery(
                    "select c.id from FundingContract c where c.reference = :r and c.id <> :id", Long.class)
                    .setParameter("r", reference).setParameter("id", input.id() == null ? -1L : input.id())
                    .getResultList().isEmpty()) {
                v.add(new Violation("funding.field.reference", "funding.validation.referenceTaken"));
            }
            ValidationException.throwIfAny(v);
            if (contract == null) {
                contract = new FundingContract(reference, Checks.clean(input.title()), Checks.clean(input.funder()),
                        input.firstYear(), input.lastYear(), input.annualAmount());
                session.persist(contract);
            } else {
                contract.setReference(reference);
                contract.setTitle(Checks.clean(input.title()));
                contract.setFunder(Checks.clean(input.funder()));
                contract.setFirstYear(input.firstYear());
                contract.setLastYear(input.lastYear());
                contract.setAnnualAmount(input.annualAmount());
            }
            contract.setSignedOn(input.signedOn());
            contract.setNote(Checks.clean(input.note()));
            session.flush();
            return contract.getId();
        });
        return queries.contract(id);
    }

    /** Adds a cost category at the end of the list, or renames, re-sorts, (de)activates one. */
    public CategoryOption saveCategory(Long id, int expectedVersion, String code, String name, int sortOrder,
            boolean active) {
        long saved = database.inTransaction(session -> {
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "funding.field.categoryName", name);
            Checks.maxLength(v, "funding.field.categoryName", name, 120);
            if (id == null) {
                Checks.required(v, "funding.field.categoryCode", code);
                Checks.maxLength(v, "funding.field.categoryCode", code, 20);
            }
            ValidationException.throwIfAny(v);
            boolean taken = !session.createSelectionQuery("select c.id from CostCategory c"
                    + " where lower(c.name) = lower(:name) and c.id <> :id", Long.class)
                    .setParameter("name", name.trim()).setParameter("id", id == null ? -1L : id).getResultList().isEmpty();
            if (taken) {
                throw new DomainException("funding.error.categoryNameTaken", name.trim());
            }
            CostCategory category;
            if (id == null) {
                category = new CostCategory(code.trim().toUpperCase(java.util.Locale.ROOT), name.trim(), sortOrder);
                session.persist(category);
            } else {
                category = current(session, CostCategory.class, id, expectedVersion, CostCategory::getVersion,
                        "funding.category.the");
                category.setName(name.trim());
                category.setSortOrder(sortOrder);
            }
            category.setActive(active);
            session.flush();
            return category.getId();
        });
        return queries.categories().stream().filter(c -> c.id() == saved).findFirst().orElseThrow();
    }

    /**
     * Moves a category one place up or down in the office's list: it swaps places with its
     * neighbour, in one transaction. At either end of the list nothing changes.
     */
    public void moveCategory(long id, int expectedVersion, boolean up) {
        database.inTransactionDo(session -> {
            CostCategory category = current(session, CostCategory.class, id, expectedVersion, CostCategory::getVersion,
                    "funding.category.the");
            List<CostCategory> all = session.createSelectionQuery(
                    "from CostCategory order by sortOrder, name", CostCategory.class).getResultList();
            int at = all.indexOf(category);
            int to = up ? at - 1 : at + 1;
            if (to < 0 || to >= all.size()) {
                return;
            }
            // renumber in steps of ten, so that the two swapped places are always distinct
            java.util.Collections.swap(all, at, to);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).getSortOrder() != (i + 1) * 10) {
                    all.get(i).setSortOrder((i + 1) * 10);
                }
            }
        });
    }

    // ---- plan and revisions ----------------------------------------------------------------

    /**
     * Sets the original plan (revision 0) of a category in a contract year; refused once the
     * funder revised it (then only {@link #revise} changes it).
     */
    public void setPlan(long contractId, int year, long categoryId, BigDecimal amount) {
        database.inTransactionDo(session -> {
            FundingContract contract = find(session, FundingContract.class, contractId, "funding.contract.the");
            CostCategory category = find(session, CostCategory.class, categoryId, "funding.category.the");
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "funding.field.planned", amount);
            ExpenseInput.amount(v, "funding.field.planned", amount, true);
            if (!contract.covers(year)) {
                v.add(new Violation("funding.field.year", "funding.validation.yearOutside",
                        String.valueOf(contract.getFirstYear()), String.valueOf(contract.getLastYear())));
            }
            ValidationException.throwIfAny(v);
            List<BudgetLine> lines = lines(session, contractId, year, categoryId);
            if (lines.size() > 1) {
                throw new DomainException("funding.error.planRevised", category.getName());
            }
            if (lines.isEmpty()) {
                session.persist(new BudgetLine(contract, year, category, 0, amount, LocalDate.of(year, 1, 1)));
            } else {
                lines.get(0).setPlannedAmount(amount);
            }
        });
    }

    /**
     * A revision granted by the funder (Änderungsbescheid): a new amount for a category from
     * {@code validFrom}, with its reason. The original and every earlier amount stay.
     */
    public RevisionRow revise(long contractId, int year, long categoryId, BigDecimal amount, LocalDate validFrom,
            String reason) {
        long id = database.inTransaction(session -> {
            FundingContract contract = find(session, FundingContract.class, contractId, "funding.contract.the");
            CostCategory category = find(session, CostCategory.class, categoryId, "funding.category.the");
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "funding.field.planned", amount);
            ExpenseInput.amount(v, "funding.field.planned", amount, true);
            Checks.required(v, "funding.field.validFrom", validFrom);
            if (validFrom != null && validFrom.getYear() != year) {
                v.add(new Violation("funding.field.validFrom", "funding.validation.inYear", String.valueOf(year)));
            }
            Checks.required(v, "funding.field.reason", reason);
            Checks.maxLength(v, "funding.field.reason", reason, 500);
            if (!contract.covers(year)) {
                v.add(new Violation("funding.field.year", "funding.validation.yearOutside",
                        String.valueOf(contract.getFirstYear()), String.valueOf(contract.getLastYear())));
            }
            ValidationException.throwIfAny(v);
            List<BudgetLine> lines = lines(session, contractId, year, categoryId);
            int revision = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).getRevision() + 1;
            if (revision > 0 && validFrom.isBefore(lines.get(lines.size() - 1).getValidFrom())) {
                throw new ValidationException(List.of(new Violation("funding.field.validFrom",
                        "common.validation.notBefore", Formats.date(lines.get(lines.size() - 1).getValidFrom()))));
            }
            if (revision == 0) {
                // a category planned for the first time by a revision: nothing was granted before
                session.persist(new BudgetLine(contract, year, category, 0, BigDecimal.ZERO.setScale(2),
                        LocalDate.of(year, 1, 1)));
                revision = 1;
            }
            BudgetLine line = new BudgetLine(contract, year, category, revision, amount, validFrom);
            line.setReason(reason.trim());
            session.persist(line);
            session.flush();
            return line.getId();
        });
        return queries.revisions(contractId, year).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    // ---- expenses --------------------------------------------------------------------------

    /**
     * Books a new expense or corrects a booked one. The fiscal year is the year of the payment
     * date, which must lie inside the contract; the receipt number is unique within contract and
     * year; the eligible amount defaults to the gross amount and never exceeds it. A correction
     * needs a reason and records each changed field.
     */
    public ExpenseRow saveExpense(ExpenseInput input) {
        long id = database.inTransaction(session -> {
            List<Violation> v = input.validate();
            FundingContract contract = find(session, FundingContract.class, input.contractId(), "funding.contract.the");
            Expense expense = input.isNew() ? null
                    : current(session, Expense.class, input.id(), input.expectedVersion(), Expense::getVersion,
                            "funding.expense.the");
            if (expense != null && expense.isCancelled()) {
                throw new DomainException("funding.error.cancelled", expense.getReceiptNo());
            }
            LocalDate date = input.paymentDate();
            if (date != null && !contract.covers(date.getYear())) {
                v.add(new Violation("funding.field.paymentDate", "funding.validation.outsideContract",
                        Formats.date(LocalDate.of(contract.getFirstYear(), 1, 1)),
                        Formats.date(LocalDate.of(contract.getLastYear(), 12, 31))));
            }
            CostCategory category = null;
            if (input.categoryId() != null) {
                category = session.find(CostCategory.class, input.categoryId());
                if (category == null || (!category.isActive()
                        && (expense == null || !expense.getCategory().getId().equals(category.getId())))) {
                    v.add(new Violation("funding.field.category", "funding.validation.unknownCategory"));
                }
            }
            String receipt = Checks.clean(input.receiptNo());
            if (receipt != null && date != null && !session.createSelectionQuery("""
                    select e.id from Expense e where e.contract.id = :c and e.fiscalYear = :y and e.receiptNo = :r
                    and e.id <> :id""", Long.class).setParameter("c", contract.getId()).setParameter("y", date.getYear())
                    .setParameter("r", receipt).setParameter("id", input.isNew() ? -1L : input.id())
                    .getResultList().isEmpty()) {
                v.add(new Violation("funding.field.receiptNo", "funding.validation.receiptTaken", receipt,
                        String.valueOf(date.getYear())));
            }
            linked(session, v, "coach", input.coachId(), "funding.field.coach");
            linked(session, v, "event", input.eventId(), "funding.field.event");
            ValidationException.throwIfAny(v);

            if (expense == null) {
                expense = new Expense(contract, date.getYear(), receipt, date, Checks.clean(input.payee()),
                        Checks.clean(input.purpose()), category, input.gross(), input.eligibleOrGross());
                apply(expense, input);
                session.persist(expense);
            } else {
                String reason = input.correctionReason().trim();
                LocalDateTime now = LocalDateTime.now(clock);
                List<ExpenseChange> changes = new ArrayList<>();
                long eid = expense.getId();
                record(changes, eid, now, reason, "receiptNo", expense.getReceiptNo(), receipt);
                record(changes, eid, now, reason, "paymentDate", Formats.date(expense.getPaymentDate()),
                        Formats.date(date));
                record(changes, eid, now, reason, "payee", expense.getPayee(), Checks.clean(input.payee()));
                record(changes, eid, now, reason, "purpose", expense.getPurpose(), Checks.clean(input.purpose()));
                record(changes, eid, now, reason, "category", expense.getCategory().getName(), category.getName());
                record(changes, eid, now, reason, "gross", Formats.money(expense.getGrossAmount()),
                        Formats.money(input.gross()));
                record(changes, eid, now, reason, "eligible", Formats.money(expense.getEligibleAmount()),
                        Formats.money(input.eligibleOrGross()));
                record(changes, eid, now, reason, "coach", str(expense.getCoachId()), str(input.coachId()));
                record(changes, eid, now, reason, "event", str(expense.getEventId()), str(input.eventId()));
                record(changes, eid, now, reason, "receiptLocation", expense.getReceiptLocation(),
                        Checks.clean(input.receiptLocation()));
                record(changes, eid, now, reason, "note", expense.getNote(), Checks.clean(input.note()));
                if (changes.isEmpty()) {
                    return expense.getId();
                }
                expense.setReceiptNo(receipt);
                expense.setPaymentDate(date);
                expense.setFiscalYear(date.getYear());
                expense.setPayee(Checks.clean(input.payee()));
                expense.setPurpose(Checks.clean(input.purpose()));
                expense.setCategory(category);
                expense.setGrossAmount(input.gross());
                expense.setEligibleAmount(input.eligibleOrGross());
                apply(expense, input);
                changes.forEach(session::persist);
            }
            session.flush();
            return expense.getId();
        });
        return queries.expense(id);
    }

    /** Cancels (storniert) a booked expense with a reason: it stays in the ledger and leaves every total. */
    public ExpenseRow cancelExpense(long id, int expectedVersion, String reason) {
        database.inTransactionDo(session -> {
            Expense expense = current(session, Expense.class, id, expectedVersion, Expense::getVersion,
                    "funding.expense.the");
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "funding.field.cancelReason", reason);
            Checks.maxLength(v, "funding.field.cancelReason", reason, 500);
            ValidationException.throwIfAny(v);
            if (expense.isCancelled()) {
                throw new DomainException("funding.error.cancelled", expense.getReceiptNo());
            }
            LocalDate today = LocalDate.now(clock);
            expense.cancel(today, reason.trim());
            session.persist(new ExpenseChange(id, LocalDateTime.now(clock), reason.trim(), "cancelled", null,
                    Formats.date(today)));
        });
        return queries.expense(id);
    }

    // ---- funds requests and proofs ----------------------------------------------------------

    public FundsRequestRow saveFundsRequest(FundsRequestInput input) {
        long id = database.inTransaction(session -> {
            List<Violation> v = input.validate();
            FundingContract contract = find(session, FundingContract.class, input.contractId(), "funding.contract.the");
            FundsRequest request = input.id() == null ? null
                    : current(session, FundsRequest.class, input.id(), input.expectedVersion(),
                            FundsRequest::getVersion, "funding.request.the");
            String no = Checks.clean(input.requestNo());
            if (no != null && !session.createSelectionQuery("""
                    select r.id from FundsRequest r where r.contract.id = :c and r.requestNo = :n and r.id <> :id""",
                    Long.class).setParameter("c", contract.getId()).setParameter("n", no)
                    .setParameter("id", input.id() == null ? -1L : input.id()).getResultList().isEmpty()) {
                v.add(new Violation("funding.field.requestNo", "funding.validation.requestTaken", no));
            }
            if (input.requestedOn() != null && !contract.covers(input.requestedOn().getYear())) {
                v.add(new Violation("funding.field.requestedOn", "funding.validation.outsideContract",
                        Formats.date(LocalDate.of(contract.getFirstYear(), 1, 1)),
                        Formats.date(LocalDate.of(contract.getLastYear(), 12, 31))));
            }
            ValidationException.throwIfAny(v);
            if (request == null) {
                request = new FundsRequest(contract, input.requestedOn().getYear(), no, input.requestedOn(),
                        input.requested());
                session.persist(request);
            } else {
                request.setRequestNo(no);
                request.setRequestedOn(input.requestedOn());
                request.setRequestedAmount(input.requested());
            }
            request.markReceived(input.receivedOn(), input.received());
            request.setNote(Checks.clean(input.note()));
            session.flush();
            return request.getId();
        });
        return queries.funds(input.contractId(), LocalDate.now(clock)).requests().stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow();
    }

    /** Records that a proof of use was handed to the funder on {@code on}. */
    public void markProofSubmitted(long contractId, int year, ProofKind kind, LocalDate on) {
        database.inTransactionDo(session -> {
            find(session, FundingContract.class, contractId, "funding.contract.the");
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "funding.field.submittedOn", on);
            ValidationException.throwIfAny(v);
            boolean exists = !session.createSelectionQuery("""
                    select p.id from ProofSubmission p where p.contractId = :c and p.year = :y and p.kind = :k""",
                    Long.class).setParameter("c", contractId).setParameter("y", year).setParameter("k", kind)
                    .getResultList().isEmpty();
            if (exists) {
                throw new DomainException("funding.error.proofSubmitted");
            }
            session.persist(new ProofSubmission(contractId, year, kind, on));
        });
    }

    // ---- plumbing --------------------------------------------------------------------------

    private static void apply(Expense expense, ExpenseInput input) {
        expense.setCoachId(input.coachId());
        expense.setEventId(input.eventId());
        expense.setReceiptLocation(Checks.clean(input.receiptLocation()));
        expense.setNote(Checks.clean(input.note()));
    }

    private static void record(List<ExpenseChange> out, long id, LocalDateTime now, String reason, String field,
            String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new ExpenseChange(id, now, reason, field, before, after));
        }
    }

    private static String str(Long id) {
        return id == null ? null : id.toString();
    }

    /** A linked coach or event must exist (read only; funding never writes those tables). */
    private static void linked(Session session, List<Violation> v, String table, Long id, String field) {
        if (id == null) {
            return;
        }
        Long n = session.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (n == 0) {
            v.add(new Violation(field, "funding.validation.unknownLink"));
        }
    }

    private static List<BudgetLine> lines(Session session, long contractId, int year, long categoryId) {
        return session.createSelectionQuery("""
                from BudgetLine b where b.contract.id = :c and b.year = :y and b.category.id = :k order by b.revision""",
                BudgetLine.class).setParameter("c", contractId).setParameter("y", year).setParameter("k", categoryId)
                .getResultList();
    }

    private static <T> T find(Session session, Class<T> type, long id, String theKey) {
        T found = session.find(type, id);
        if (found == null) {
            throw new NotFoundException(I18n.text(theKey));
        }
        return found;
    }

    private static <T> T current(Session session, Class<T> type, long id, int expectedVersion,
            java.util.function.ToIntFunction<T> version, String theKey) {
        T found = find(session, type, id, theKey);
        if (version.applyAsInt(found) != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text(theKey));
        }
        return found;
    }
}
