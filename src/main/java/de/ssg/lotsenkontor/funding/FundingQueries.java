package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every read of the finance area: plain standard SQL, aggregates computed by the database,
 * results as row records. Needs no Hibernate, so screens and commands read at once.
 */
public final class FundingQueries {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String CONTRACT = """
            SELECT id, reference, title, funder, first_year, last_year, annual_amount, signed_on, note, version
            FROM funding_contract""";
    /** The amount in force: the highest revision of each contract, year and category. */
    private static final String PLAN_IN_FORCE = """
            SELECT b.contract_id, b.budget_year, b.category_id, b.planned_amount FROM budget_line b
            WHERE b.revision = (SELECT MAX(b2.revision) FROM budget_line b2 WHERE b2.contract_id = b.contract_id
                AND b2.budget_year = b.budget_year AND b2.category_id = b.category_id)""";
    private static final String EXPENSE = """
            SELECT e.id, e.contract_id, e.fiscal_year, e.receipt_no, e.payment_date, e.payee, e.purpose, e.category_id,
                   c.name, e.gross_amount, e.eligible_amount, e.source, e.cancelled_on, e.cancel_reason, e.coach_id,
                   e.event_id, e.receipt_location, e.note, e.version
            FROM expense e JOIN cost_category c ON c.id = e.category_id""";

    private final Database database;

    public FundingQueries(Database database) {
        this.database = database;
    }

    // ---- contracts and categories ----------------------------------------------------------

    public List<ContractRow> contracts() {
        return database.withConnection(c -> list(c, CONTRACT + " ORDER BY first_year, reference", q -> { },
                FundingQueries::contract));
    }

    public Optional<ContractRow> contractByReference(String reference) {
        return database.withConnection(c -> list(c, CONTRACT + " WHERE reference = ?", q -> set(q, 1, reference),
                FundingQueries::contract)).stream().findFirst();
    }

    public ContractRow contract(long id) {
        return database.withConnection(c -> list(c, CONTRACT + " WHERE id = ?", q -> set(q, 1, id),
                FundingQueries::contract)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(I18n.text("funding.contract.the")));
    }

    public List<CategoryOption> categories() {
        return database.withConnection(c -> categories(c));
    }

    private static List<CategoryOption> categories(Connection c) throws SQLException {
        return list(c, "SELECT id, code, name, sort_order, active, version FROM cost_category ORDER BY sort_order, name",
                q -> { }, rs -> new CategoryOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getInt(6)));
    }

    /** Per year of the contract: plan in force, spent gross and eligible, number of receipts. */
    public List<YearTotals> yearTotals(ContractRow contract) {
        return database.withConnection(c -> {
            Map<Integer, BigDecimal> planned = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT p.budget_year, SUM(p.planned_amount) FROM ("
                    + PLAN_IN_FORCE + ") p WHERE p.contract_id = ? GROUP BY p.budget_year")) {
                q.setLong(1, contract.id());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        planned.put(rs.getInt(1), rs.getBigDecimal(2));
                    }
                }
            }
            Map<Integer, Object[]> spent = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT fiscal_year, SUM(gross_amount), SUM(eligible_amount), COUNT(*) FROM expense
                    WHERE contract_id = ? AND cancelled_on IS NULL GROUP BY fiscal_year""")) {
                q.setLong(1, contract.id());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        spent.put(rs.getInt(1), new Object[] {rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4)});
                    }
                }
            }
            List<YearTotals> out = new ArrayList<>();
            for (int y = contract.firstYear(); y <= contract.lastYear(); y++) {
                Object[] s = spent.get(y);
                out.add(new YearTotals(y, money(planned.get(y)), s == null ? ZERO : money((BigDecimal) s[0]),
                        s == null ? ZERO : money((BigDecimal) s[1]), s == null ? 0 : (Long) s[2]));
            }
            return out;
        });
    }

    // ---- plan and budget against actual ----------------------------------------------------

    /**
     * Plan (original and in force) and spending of every category of a contract year: the active
     * categories and any other that has a plan or spending there, in the office's order.
     */
    public List<BudgetRules.Line> budgetLines(long contractId, int year) {
        return database.withConnection(c -> {
            // three small queries instead of one with correlated subqueries: each uses its index once
            Map<Long, BigDecimal[]> plans = new HashMap<>(); // original, current, current's revision
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT category_id, revision, planned_amount FROM budget_line
                    WHERE contract_id = ? AND budget_year = ?""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal[] p = plans.computeIfAbsent(rs.getLong(1),
                                k -> new BigDecimal[] {ZERO, ZERO, BigDecimal.valueOf(-1)});
                        int revision = rs.getInt(2);
                        BigDecimal amount = money(rs.getBigDecimal(3));
                        if (revision == 0) {
                            p[0] = amount;
                        }
                        if (revision > p[2].intValue()) {
                            p[1] = amount;
                            p[2] = BigDecimal.valueOf(revision);
                        }
                    }
                }
            }
            Map<Long, BigDecimal[]> spent = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT category_id, SUM(gross_amount), SUM(eligible_amount) FROM expense
                    WHERE contract_id = ? AND fiscal_year = ? AND cancelled_on IS NULL GROUP BY category_id""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        spent.put(rs.getLong(1), new BigDecimal[] {money(rs.getBigDecimal(2)),
                            money(rs.getBigDecimal(3))});
                    }
                }
            }
            List<BudgetRules.Line> out = new ArrayList<>();
            for (CategoryOption k : categories(c)) {
                BigDecimal[] p = plans.get(k.id());
                BigDecimal[] x = spent.get(k.id());
                if (!k.active() && p == null && x == null) {
                    continue;
                }
                out.add(new BudgetRules.Line(k.id(), k.name(), p == null ? ZERO : p[0], p == null ? ZERO : p[1],
                        x == null ? ZERO : x[0], x == null ? ZERO : x[1]));
            }
            return out;
        });
    }

    /** Budget against actual of a year with its spending per month, for the Soll/Ist view. */
    public record BudgetView(BudgetActual budget, MonthlySpend monthly) {
    }

    /**
     * Budget against actual and the spending per month and category of a contract year, read
     * with one pass over the year's receipts (grouped by category and month in SQL) and the plan.
     */
    public BudgetView budgetView(long contractId, int year, LocalDate asOf) {
        ContractRow contract = contract(contractId);
        return database.withConnection(c -> {
            List<CategoryOption> categories = categories(c);
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < categories.size(); i++) {
                index.put(categories.get(i).id(), i);
            }
            BigDecimal[][] months = new BigDecimal[12][categories.size()];
            for (BigDecimal[] row : months) {
                java.util.Arrays.fill(row, ZERO);
            }
            BigDecimal[] gross = new BigDecimal[categories.size()];
            BigDecimal[] eligible = new BigDecimal[categories.size()];
            java.util.Arrays.fill(gross, ZERO);
            java.util.Arrays.fill(eligible, ZERO);
            boolean[] used = new boolean[categories.size()];
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT category_id, EXTRACT(MONTH FROM payment_date), SUM(gross_amount), SUM(eligible_amount)
                    FROM expense WHERE contract_id = ? AND fiscal_year = ? AND cancelled_on IS NULL
                    GROUP BY category_id, EXTRACT(MONTH FROM payment_date)""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        int k = index.get(rs.getLong(1));
                        months[rs.getInt(2) - 1][k] = money(rs.getBigDecimal(4));
                        gross[k] = gross[k].add(money(rs.getBigDecimal(3)));
                        eligible[k] = eligible[k].add(money(rs.getBigDecimal(4)));
                        used[k] = true;
                    }
                }
            }
            Map<Long, BigDecimal[]> plans = plans(c, contractId, year);
            List<BudgetRules.Line> lines = new ArrayList<>();
            for (int k = 0; k < categories.size(); k++) {
                CategoryOption o = categories.get(k);
                BigDecimal[] p = plans.get(o.id());
                if (!o.active() && p == null && !used[k]) {
                    continue;
                }
                lines.add(new BudgetRules.Line(o.id(), o.name(), p == null ? ZERO : p[0], p == null ? ZERO : p[1],
                        gross[k], eligible[k]));
            }
            return new BudgetView(BudgetRules.evaluate(contract, year, asOf, lines),
                    new MonthlySpend(year, categories, months));
        });
    }

    /** Per category of a contract year: {original, in force, revision in force}. */
    private static Map<Long, BigDecimal[]> plans(Connection c, long contractId, int year) throws SQLException {
        Map<Long, BigDecimal[]> plans = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT category_id, revision, planned_amount FROM budget_line
                WHERE contract_id = ? AND budget_year = ?""")) {
            q.setLong(1, contractId);
            q.setInt(2, year);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] p = plans.computeIfAbsent(rs.getLong(1),
                            k -> new BigDecimal[] {ZERO, ZERO, BigDecimal.valueOf(-1)});
                    int revision = rs.getInt(2);
                    BigDecimal amount = money(rs.getBigDecimal(3));
                    if (revision == 0) {
                        p[0] = amount;
                    }
                    if (revision > p[2].intValue()) {
                        p[1] = amount;
                        p[2] = BigDecimal.valueOf(revision);
                    }
                }
            }
        }
        return plans;
    }

    /** Budget against actual of a contract year on {@code asOf}, with the 20 % rule. */
    public BudgetActual budgetActual(long contractId, int year, LocalDate asOf) {
        return BudgetRules.evaluate(contract(contractId), year, asOf, budgetLines(contractId, year));
    }

    /** Every amount of the plan of a contract year, by category and revision. */
    public List<RevisionRow> revisions(long contractId, int year) {
        return database.withConnection(c -> list(c, """
                SELECT b.id, b.category_id, c.name, b.revision, b.planned_amount, b.valid_from,
                       COALESCE(b.reason, b.note), b.version
                FROM budget_line b JOIN cost_category c ON c.id = b.category_id
                WHERE b.contract_id = ? AND b.budget_year = ? ORDER BY c.sort_order, c.name, b.revision""",
                q -> {
                    set(q, 1, contractId);
                    set(q, 2, year);
                }, rs -> new RevisionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        money(rs.getBigDecimal(5)), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8))));
    }

    /** Eligible spending per month and category of a contract year. */
    public MonthlySpend monthly(long contractId, int year) {
        return database.withConnection(c -> {
            List<CategoryOption> categories = categories(c);
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < categories.size(); i++) {
                index.put(categories.get(i).id(), i);
            }
            BigDecimal[][] amounts = new BigDecimal[12][categories.size()];
            for (BigDecimal[] row : amounts) {
                java.util.Arrays.fill(row, ZERO);
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT EXTRACT(MONTH FROM payment_date), category_id, SUM(eligible_amount) FROM expense
                    WHERE contract_id = ? AND fiscal_year = ? AND cancelled_on IS NULL
                    GROUP BY EXTRACT(MONTH FROM payment_date), category_id""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        amounts[rs.getInt(1) - 1][index.get(rs.getLong(2))] = money(rs.getBigDecimal(3));
                    }
                }
            }
            return new MonthlySpend(year, categories, amounts);
        });
    }

    // ---- expenses --------------------------------------------------------------------------

    /** The ledger of a contract (one year, or all with {@code year} null), cancelled receipts included, by date. */
    public List<ExpenseRow> expenses(long contractId, Integer year) {
        return database.withConnection(c -> list(c, EXPENSE + " WHERE e.contract_id = ?"
                + (year == null ? "" : " AND e.fiscal_year = ?") + " ORDER BY e.payment_date, e.receipt_no", q -> {
                    set(q, 1, contractId);
                    if (year != null) {
                        set(q, 2, year);
                    }
                }, FundingQueries::expense));
    }

    /** The receipts of a proof of use: not cancelled, by category in the office's order, then date and number. */
    public List<ExpenseRow> proofExpenses(long contractId, int year) {
        return database.withConnection(c -> list(c, EXPENSE + """
                 WHERE e.contract_id = ? AND e.fiscal_year = ? AND e.cancelled_on IS NULL
                ORDER BY c.sort_order, c.name, e.payment_date, e.receipt_no""", q -> {
                    set(q, 1, contractId);
                    set(q, 2, year);
                }, FundingQueries::expense));
    }

    public ExpenseRow expense(long id) {
        return database.withConnection(c -> list(c, EXPENSE + " WHERE e.id = ?", q -> set(q, 1, id),
                FundingQueries::expense)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(I18n.text("funding.expense.the")));
    }

    public List<ExpenseChangeRow> changes(long expenseId) {
        return database.withConnection(c -> list(c, """
                SELECT changed_at, reason, field, old_value, new_value FROM expense_change WHERE expense_id = ?
                ORDER BY changed_at, id""", q -> set(q, 1, expenseId), rs -> new ExpenseChangeRow(
                rs.getObject(1, java.time.LocalDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5))));
    }

    // ---- funds requests and deadlines -------------------------------------------------------

    /** The money of a contract on {@code asOf}, every request checked against the two-month rule, and the deadlines. */
    public FundsPosition funds(long contractId, LocalDate asOf) {
        ContractRow contract = contract(contractId);
        return database.withConnection(c -> {
            Map<Integer, BigDecimal> yearPlans = yearPlans(c, contractId);
            TreeMap<LocalDate, BigDecimal> spentByDay = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT payment_date, SUM(eligible_amount) FROM expense WHERE contract_id = ? AND cancelled_on IS NULL
                    GROUP BY payment_date""")) {
                q.setLong(1, contractId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        spentByDay.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
                    }
                }
            }
            record Req(long id, int year, String no, LocalDate on, BigDecimal amount, LocalDate receivedOn,
                    BigDecimal received, String note, int version) {
            }
            List<Req> reqs = list(c, """
                    SELECT id, budget_year, request_no, requested_on, requested_amount, received_on, received_amount, note,
                           version FROM funds_request WHERE contract_id = ? ORDER BY requested_on, request_no""",
                    q -> set(q, 1, contractId), rs -> new Req(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), money(rs.getBigDecimal(5)),
                            rs.getObject(6, LocalDate.class), rs.getBigDecimal(7) == null ? null
                                    : money(rs.getBigDecimal(7)), rs.getString(8), rs.getInt(9)));
            List<FundsRequestRow> rows = new ArrayList<>();
            BigDecimal requestedBefore = ZERO;
            for (Req r : reqs) {
                BigDecimal spent = spentUpTo(spentByDay, r.on());
                BigDecimal heldAfter = requestedBefore.add(r.amount()).subtract(spent);
                BigDecimal plan = BudgetRules.planForTwoMonthsAfter(r.on(), y -> yearPlans.getOrDefault(y, ZERO));
                rows.add(new FundsRequestRow(r.id(), contractId, r.year(), r.no(), r.on(), r.amount(), r.receivedOn(),
                        r.received(), r.note(), r.version(), heldAfter, plan, heldAfter.compareTo(plan) > 0));
                requestedBefore = requestedBefore.add(r.amount());
            }
            BigDecimal received = ZERO;
            BigDecimal pending = ZERO;
            for (Req r : reqs) {
                if (r.received() != null && r.receivedOn() != null && !r.receivedOn().isAfter(asOf)) {
                    received = received.add(r.received());
                } else if (!r.on().isAfter(asOf)) {
                    pending = pending.add(r.amount());
                }
            }
            BigDecimal spent = spentUpTo(spentByDay, asOf);
            BigDecimal held = received.subtract(spent);
            BigDecimal plan = BudgetRules.planForTwoMonthsAfter(asOf, y -> yearPlans.getOrDefault(y, ZERO));
            BigDecimal may = plan.subtract(held).subtract(pending).max(ZERO);
            return new FundsPosition(contract, asOf, received, pending, spent, held, plan, may, rows,
                    deadlines(c, contract, asOf));
        });
    }

    /**
     * The two-month rule for a request not yet saved: the money held after it arrives (earlier
     * requests plus this one, minus what was spent up to {@code on}) against the plan for the
     * following two months.
     */
    public FundsRequestRow checkRequest(long contractId, Long requestId, LocalDate on, BigDecimal amount) {
        FundsPosition position = funds(contractId, on);
        BigDecimal before = ZERO;
        for (FundsRequestRow r : position.requests()) {
            if (!r.requestedOn().isAfter(on) && (requestId == null || r.id() != requestId)) {
                before = before.add(r.requested());
            }
        }
        BigDecimal heldAfter = before.add(amount).subtract(position.spent());
        return new FundsRequestRow(requestId == null ? 0 : requestId, contractId, on.getYear(), null, on, amount, null,
                null, null, 0, heldAfter, position.twoMonthPlan(), heldAfter.compareTo(position.twoMonthPlan()) > 0);
    }

    /** Requested and received (sums) of the requests booked to one year of a contract. */
    public BigDecimal[] requestTotals(long contractId, int year) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT COALESCE(SUM(requested_amount), 0), COALESCE(SUM(received_amount), 0) FROM funds_request
                    WHERE contract_id = ? AND budget_year = ?""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return new BigDecimal[] {money(rs.getBigDecimal(1)), money(rs.getBigDecimal(2))};
                }
            }
        });
    }

    private static BigDecimal spentUpTo(TreeMap<LocalDate, BigDecimal> byDay, LocalDate day) {
        BigDecimal sum = ZERO;
        for (BigDecimal a : byDay.headMap(day, true).values()) {
            sum = sum.add(a);
        }
        return sum;
    }

    private static Map<Integer, BigDecimal> yearPlans(Connection c, long contractId) throws SQLException {
        Map<Integer, BigDecimal> plans = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT p.budget_year, SUM(p.planned_amount) FROM ("
                + PLAN_IN_FORCE + ") p WHERE p.contract_id = ? GROUP BY p.budget_year")) {
            q.setLong(1, contractId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    plans.put(rs.getInt(1), rs.getBigDecimal(2));
                }
            }
        }
        return plans;
    }

    /** The proofs of use of a contract: an interim proof per year but the last, and the final proof. */
    public List<ProofDeadline> deadlines(long contractId, LocalDate asOf) {
        ContractRow contract = contract(contractId);
        return database.withConnection(c -> deadlines(c, contract, asOf));
    }

    private static List<ProofDeadline> deadlines(Connection c, ContractRow contract, LocalDate asOf)
            throws SQLException {
        Map<String, LocalDate> submitted = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT budget_year, kind, submitted_on FROM proof_submission WHERE contract_id = ?")) {
            q.setLong(1, contract.id());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    submitted.put(rs.getString(2) + rs.getInt(1), rs.getObject(3, LocalDate.class));
                }
            }
        }
        List<ProofDeadline> out = new ArrayList<>();
        for (int y = contract.firstYear(); y < contract.lastYear(); y++) {
            LocalDate due = BudgetRules.interimDue(y);
            LocalDate on = submitted.get(ProofKind.ZWISCHEN.name() + y);
            out.add(new ProofDeadline(ProofKind.ZWISCHEN, y, due, on, on == null && due.isBefore(asOf)));
        }
        LocalDate due = BudgetRules.finalDue(contract);
        LocalDate on = submitted.get(ProofKind.SCHLUSS.name() + contract.lastYear());
        out.add(new ProofDeadline(ProofKind.SCHLUSS, contract.lastYear(), due, on, on == null && due.isBefore(asOf)));
        return out;
    }

    // ---- plumbing --------------------------------------------------------------------------

    private static ContractRow contract(ResultSet rs) throws SQLException {
        return new ContractRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), money(rs.getBigDecimal(7)), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getInt(10));
    }

    private static ExpenseRow expense(ResultSet rs) throws SQLException {
        return new ExpenseRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                money(rs.getBigDecimal(10)), money(rs.getBigDecimal(11)), ExpenseSource.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class), rs.getString(14), (Long) rs.getObject(15, Long.class),
                (Long) rs.getObject(16, Long.class), rs.getString(17), rs.getString(18), rs.getInt(19));
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement q) throws SQLException;
    }

    @FunctionalInterface
    private interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> list(Connection c, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setFetchSize(1000);
            binder.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    private static void set(PreparedStatement q, int index, Object value) {
        try {
            q.setObject(index, value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    /** The figures the programme overview shows of this feature. */
    public record Figures(long expenses, BigDecimal expenseTotal) {
    }

    /** How many booked (not cancelled) expenses there are and what they add up to (gross, scale 2). */
    public Figures figures() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(*), COALESCE(SUM(gross_amount), 0) FROM expense WHERE cancelled_on IS NULL");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.UNNECESSARY));
            }
        });
    }
}
