package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ExpenseInput;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow.Outcome;
import de.ssg.lotsenkontor.importing.Cells;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.RowProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every row of an expense file under a column mapping against what is stored; pure and
 * quick (100,000 rows in well under a second), writes nothing.
 *
 * <p><b>DATEV:</b> the amount is unsigned, the Soll/Haben mark says which side {@code Konto} is on,
 * {@code Gegenkonto} takes the other. An expense is an expense account in Soll against a bank or
 * cash account in Haben; the other way round (or marked Generalumkehr) it is a reversal, which
 * cancels its booking in the file (same receipt, account and amount) or an expense imported
 * before, or is listed for the user. The year of a {@code DDMM} date comes from the header.
 *
 * <p><b>Bank statements and lists:</b> an amount that is negative, marked S (Soll) or in the debit
 * column is money paid; when a file has no negative amounts and no mark, every amount is an
 * expense (a list of receipts). Pending rows ("vorgemerkt") are left out. The category comes from
 * a category column, from an account column through the mapping, or from the default category.
 *
 * <p>A receipt number already booked in the contract and year is a duplicate; a file without
 * receipt numbers gets stable ones made from the booking, so importing a file twice imports
 * nothing the second time.
 */
public final class ExpenseImportCheck {

        private ExpenseImportCheck() {
    }

    /** What a mapping must give: an amount, a date, and for DATEV the accounts and the Soll/Haben mark. */
    public static List<String> missing(ExpenseFile file, ColumnMapping<ExpenseField> m) {
        List<String> out = new ArrayList<>();
        if (!m.has(ExpenseField.AMOUNT) && !(m.has(ExpenseField.DEBIT_AMOUNT) || m.has(ExpenseField.CREDIT_AMOUNT))) {
            out.add(I18n.text("expimport.missing.amount"));
        }
        if (!m.has(ExpenseField.DATE)) {
            out.add(I18n.text("expimport.missing.date"));
        }
        if (file.isDatev()) {
            if (!m.has(ExpenseField.ACCOUNT) || !m.has(ExpenseField.CONTRA_ACCOUNT)) {
                out.add(I18n.text("expimport.missing.accounts"));
            }
            if (!m.has(ExpenseField.DEBIT_CREDIT)) {
                out.add(I18n.text("expimport.missing.debitCredit"));
            }
        }
        return out;
    }

    /** The mapping the titles suggest. */
    public static ColumnMapping<ExpenseField> propose(ImportFile file) {
        return ColumnMapping.propose(ExpenseField.class, file.headers());
    }

    public static ImportPreview<ExpenseField, ExpenseImportRow> check(ExpenseFile file,
            ColumnMapping<ExpenseField> mapping, ExpenseImportContext context) {
        List<String> missing = missing(file, mapping);
        if (!missing.isEmpty()) {
            return new ImportPreview<>(file.file(), mapping, List.of(), missing);
        }
        List<Parsed> parsed = file.isDatev() ? datev(file, mapping, context) : list(file, mapping, context);
        return new ImportPreview<>(file.file(), mapping, decide(file, parsed, context), List.of());
    }

    // ------------------------------------------------------------------ reading the rows

    /** A row as read: the booking, or the problems that keep it from being read. */
    private static final class Parsed {
        int row;
        Kind kind;
        String skipReason;
        String skipText;
        LocalDate date;
        String receipt;
        String account;
        String contra;
        String payee;
        String text;
        BigDecimal gross;
        CategoryOption category;
        boolean unmapped;
        Chart chart;
        String decision;
        BigDecimal baseAmount;
        List<RowProblem> problems = new ArrayList<>();
        Outcome outcome;
        String reason;
        Long cancels;
    }

    private enum Kind {
        EXPENSE, REVERSAL, OTHER
    }

    private static List<Parsed> datev(ExpenseFile ef, ColumnMapping<ExpenseField> m, ExpenseImportContext ctx) {
        ImportFile f = ef.file();
        DatevHeader h = ef.datev();
        int length = h.accountLength();
        List<Parsed> rows = new ArrayList<>(f.rows().size());
        List<String[]> pairs = new ArrayList<>();
        for (SheetRow r : f.rows()) {
            Parsed p = new Parsed();
            p.row = r.number();
            p.problems.addAll(f.readProblems(p.row));
            p.gross = unsignedAmount(f, r, m, ExpenseField.AMOUNT, p.problems);
            String sh = text(r, m, ExpenseField.DEBIT_CREDIT);
            if (sh == null || !(sh.equalsIgnoreCase("S") || sh.equalsIgnoreCase("H"))) {
                p.problems.add(problem(f, p.row, m, ExpenseField.DEBIT_CREDIT, sh == null
                        ? I18n.text("expimport.reason.missing", ExpenseField.DEBIT_CREDIT.label())
                        : I18n.text("expimport.reason.debitCredit", Cells.echo(sh))));
            }
            String konto = account(f, r, m, ExpenseField.ACCOUNT, p.problems);
            String gegen = account(f, r, m, ExpenseField.CONTRA_ACCOUNT, p.problems);
            p.date = datevDate(f, r, m, h, p.problems);
            p.receipt = text(r, m, ExpenseField.RECEIPT);
            p.text = text(r, m, ExpenseField.TEXT);
            p.payee = text(r, m, ExpenseField.PAYEE);
            boolean gu = "1".equals(text(r, m, ExpenseField.REVERSAL));
            currency(f, r, m, h.currency(), p);
            if (p.baseAmount != null) {
                p.gross = p.baseAmount;
            }
            if (p.problems.isEmpty()) {
                boolean debit = sh.equalsIgnoreCase("S") != gu; // a Generalumkehr turns the sides round
                String soll = debit ? konto : gegen;
                String haben = debit ? gegen : konto;
                pairs.add(new String[] {konto, gegen});
                p.account = soll;
                p.contra = haben;
                p.kind = gu ? Kind.REVERSAL : Kind.OTHER;
                // classified below, once the chart is known
                p.skipReason = gu ? "GU" : null;
            }
            rows.add(p);
        }
        Chart chart = h.chart() != null ? h.chart() : Chart.guess(pairs, length);
        for (Parsed p : rows) {
            if (!p.problems.isEmpty() || p.account == null) {
                continue;
            }
            boolean gu = "GU".equals(p.skipReason);
            p.skipReason = null;
            p.chart = chart;
            String soll = p.account;
            String haben = p.contra;
            if (chart.isExpense(soll, length) && chart.isMoney(haben, length)) {
                p.kind = gu ? Kind.REVERSAL : Kind.EXPENSE;
                if (gu) {
                    // a Generalumkehr of a refund: books the expense again; rare, left to the user
                    p.kind = Kind.OTHER;
                    p.skipReason = "reversalUnmatched";
                    p.skipText = I18n.text("expimport.reason.guExpense", soll, haben);
                }
                p.account = soll;
                p.contra = haben;
            } else if (chart.isMoney(soll, length) && chart.isExpense(haben, length)) {
                p.kind = Kind.REVERSAL;
                p.account = haben;
                p.contra = soll;
            } else {
                p.kind = Kind.OTHER;
                p.skipReason = "notExpense";
                p.skipText = I18n.text("expimport.reason.notExpense", soll, haben, chart.name());
                continue;
            }
            if (p.gross != null && p.gross.signum() == 0) {
                p.kind = Kind.OTHER;
                p.skipReason = "zero";
                p.skipText = I18n.text("expimport.reason.zero");
            }
            AccountMapping am = null;
            if (p.kind != Kind.OTHER) {
                am = ctx.mapping(chart, p.account, length);
            }
            if (p.kind == Kind.EXPENSE && am == null) {
                p.unmapped = true;
            } else if (am != null) {
                p.category = ctx.categoryById(am.categoryId());
            }
            if (p.payee == null) {
                p.payee = p.text != null ? p.text : I18n.text("expimport.payee.account", p.account);
            }
        }
        return rows;
    }

    private static List<Parsed> list(ExpenseFile ef, ColumnMapping<ExpenseField> m, ExpenseImportContext ctx) {
        ImportFile f = ef.file();
        List<Parsed> rows = new ArrayList<>(f.rows().size());
        boolean marked = m.has(ExpenseField.DEBIT_CREDIT) || m.has(ExpenseField.DEBIT_AMOUNT)
                || m.has(ExpenseField.CREDIT_AMOUNT);
        boolean anyNegative = false;
        if (!marked && m.has(ExpenseField.AMOUNT)) {
            for (SheetRow r : f.rows()) {
                BigDecimal a = Cells.decimal(r.cell(m.column(ExpenseField.AMOUNT))).orElse(null);
                if (a != null && a.signum() < 0) {
                    anyNegative = true;
                    break;
                }
            }
        }
        for (SheetRow r : f.rows()) {
            Parsed p = new Parsed();
            p.row = r.number();
            p.problems.addAll(f.readProblems(p.row));
            BigDecimal signed = null;
            if (m.has(ExpenseField.AMOUNT)) {
                signed = amount(f, r, m, ExpenseField.AMOUNT, p.problems, false);
                if (signed != null && m.has(ExpenseField.DEBIT_CREDIT)) {
                    String sh = text(r, m, ExpenseField.DEBIT_CREDIT);
                    String k = sh == null ? "" : sh.trim().toUpperCase(Locale.ROOT);
                    if (k.equals("S") || k.equals("SOLL") || k.equals("D") || k.equals("DEBIT")) {
                        signed = signed.abs().negate();
                    } else if (k.equals("H") || k.equals("HABEN") || k.equals("C") || k.equals("CREDIT")) {
                        signed = signed.abs();
                    } else {
                        p.problems.add(problem(f, p.row, m, ExpenseField.DEBIT_CREDIT, sh == null
                                ? I18n.text("expimport.reason.missing", ExpenseField.DEBIT_CREDIT.label())
                                : I18n.text("expimport.reason.debitCredit", Cells.echo(sh))));
                    }
                }
            }
            if (signed == null && p.problems.isEmpty()) {
                BigDecimal d = m.has(ExpenseField.DEBIT_AMOUNT)
                        ? amount(f, r, m, ExpenseField.DEBIT_AMOUNT, p.problems, true) : null;
                BigDecimal c = m.has(ExpenseField.CREDIT_AMOUNT)
                        ? amount(f, r, m, ExpenseField.CREDIT_AMOUNT, p.problems, true) : null;
                if (d != null && d.signum() != 0) {
                    signed = d.abs().negate();
                } else if (c != null) {
                    signed = c.abs();
                } else if (p.problems.isEmpty()) {
                    p.problems.add(problem(f, p.row, m, m.has(ExpenseField.AMOUNT) ? ExpenseField.AMOUNT
                            : ExpenseField.DEBIT_AMOUNT, I18n.text("expimport.reason.missing",
                            I18n.text("expimport.field.amount"))));
                }
            }
            SheetCell dateCell = cell(r, m, ExpenseField.DATE);
            if (dateCell == null) {
                p.problems.add(problem(f, p.row, m, ExpenseField.DATE,
                        I18n.text("expimport.reason.missing", ExpenseField.DATE.label())));
            } else {
                p.date = Cells.date(dateCell, f.date1904()).orElse(null);
                if (p.date == null) {
                    p.problems.add(problem(f, p.row, m, ExpenseField.DATE,
                            I18n.text("expimport.reason.date", Cells.display(dateCell))));
                }
            }
            p.receipt = text(r, m, ExpenseField.RECEIPT);
            p.text = text(r, m, ExpenseField.TEXT);
            p.payee = text(r, m, ExpenseField.PAYEE);
            String status = text(r, m, ExpenseField.STATUS);
            currency(f, r, m, "EUR", p);
            if (!p.problems.isEmpty()) {
                rows.add(p);
                continue;
            }
            if (status != null && (status.toLowerCase(Locale.GERMAN).contains("vorgemerkt")
                    || status.toLowerCase(Locale.ROOT).contains("pending"))) {
                other(p, "pending", I18n.text("expimport.reason.pending", Cells.echo(status)));
            } else if (signed.signum() == 0) {
                other(p, "zero", I18n.text("expimport.reason.zero"));
            } else if ((marked || anyNegative) && signed.signum() > 0) {
                other(p, "income", I18n.text("expimport.reason.income", Formats.money(signed)));
            } else {
                p.kind = Kind.EXPENSE;
                p.gross = p.baseAmount != null ? p.baseAmount : signed.abs();
                category(f, r, m, ctx, p);
            }
            if (p.payee == null) {
                p.payee = p.text != null ? p.text : I18n.text("expimport.payee.unknown");
            }
            rows.add(p);
        }
        return rows;
    }

    private static void other(Parsed p, String reason, String text) {
        p.kind = Kind.OTHER;
        p.skipReason = reason;
        p.skipText = text;
    }

    /** The category of a list row: from its category column, its account through the mapping, or the default. */
    private static void category(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m, ExpenseImportContext ctx,
            Parsed p) {
        String named = text(r, m, ExpenseField.CATEGORY);
        if (named != null) {
            p.category = ctx.category(named);
            if (p.category == null) {
                p.problems.add(problem(f, p.row, m, ExpenseField.CATEGORY,
                        I18n.text("expimport.reason.unknownCategory", Cells.echo(named), categoryNames(ctx))));
            }
            return;
        }
        String account = m.has(ExpenseField.ACCOUNT) ? account(f, r, m, ExpenseField.ACCOUNT, p.problems) : null;
        if (account != null) {
            p.account = account;
            Chart chart = account.startsWith("6") ? Chart.SKR04 : Chart.SKR03;
            p.chart = chart;
            AccountMapping am = ctx.mapping(chart, account, account.length());
            if (am == null) {
                am = ctx.mapping(chart == Chart.SKR03 ? Chart.SKR04 : Chart.SKR03, account, account.length());
            }
            if (am == null) {
                p.unmapped = true;
            } else {
                p.category = ctx.categoryById(am.categoryId());
            }
            return;
        }
        if (p.problems.isEmpty()) {
            p.category = ctx.defaultCategory();
            if (p.category == null) {
                p.unmapped = true;
            }
        }
    }

    private static String categoryNames(ExpenseImportContext ctx) {
        List<String> names = new ArrayList<>();
        for (CategoryOption c : ctx.categories()) {
            if (c.active()) {
                names.add(c.code() + " " + c.name());
            }
        }
        return String.join(", ", names);
    }

    // ------------------------------------------------------------------ deciding

    private static List<ExpenseImportRow> decide(ExpenseFile file, List<Parsed> rows, ExpenseImportContext ctx) {
        // reversals first: each cancels its booking in the file, else one booked before
        Map<String, List<Parsed>> expensesByKey = new HashMap<>();
        for (Parsed p : rows) {
            if (p.problems.isEmpty() && p.kind == Kind.EXPENSE && p.receipt != null) {
                expensesByKey.computeIfAbsent(reversalKey(p), k -> new ArrayList<>()).add(p);
            }
        }
        Set<Long> cancelledNow = new HashSet<>();
        for (Parsed p : rows) {
            if (!p.problems.isEmpty() || p.kind != Kind.REVERSAL) {
                continue;
            }
            List<Parsed> candidates = p.receipt == null ? null : expensesByKey.get(reversalKey(p));
            Parsed target = null;
            if (candidates != null) {
                for (Parsed c : candidates) {
                    if (c.outcome == null) {
                        target = c;
                        break;
                    }
                }
            }
            if (target != null) {
                target.outcome = Outcome.REVERSED;
                target.reason = "reversed";
                target.problems.add(RowProblem.ofRow(file.file().sheetName(), target.row,
                        I18n.text("expimport.reason.reversedBy", p.row)));
                p.outcome = Outcome.REVERSED;
                p.reason = "reversed";
                p.problems.add(RowProblem.ofRow(file.file().sheetName(), p.row,
                        I18n.text("expimport.reason.reverses", target.row)));
                continue;
            }
            ExpenseImportContext.Booked booked = p.receipt == null || p.date == null ? null
                    : ctx.receipts().get(ExpenseImportContext.receiptKey(p.date.getYear(), p.receipt));
            if (booked != null && !booked.cancelled() && booked.gross().compareTo(p.gross) == 0
                    && cancelledNow.add(booked.id())) {
                p.outcome = Outcome.CANCELS;
                p.reason = "cancels";
                p.cancels = booked.id();
                continue;
            }
            p.outcome = Outcome.UNMATCHED_REVERSAL;
            p.reason = "reversalUnmatched";
            p.problems.add(RowProblem.ofRow(file.file().sheetName(), p.row, I18n.text(
                    "expimport.reason.unmatchedReversal", p.receipt == null ? "–" : p.receipt,
                    Formats.money(p.gross))));
        }
        // then every expense: contract, category, currency, receipt number, duplicates
        Map<String, Parsed> seen = new HashMap<>();
        List<ExpenseImportRow> out = new ArrayList<>(rows.size());
        for (Parsed p : rows) {
            String sheet = file.file().sheetName();
            if (p.outcome == null) {
                if (!p.problems.isEmpty()) {
                    p.outcome = Outcome.ERROR;
                    p.reason = "error";
                } else if (p.kind == Kind.OTHER) {
                    p.outcome = "reversalUnmatched".equals(p.skipReason) ? Outcome.UNMATCHED_REVERSAL
                            : Outcome.NOT_EXPENSE;
                    p.reason = p.skipReason;
                    p.problems.add(RowProblem.ofRow(sheet, p.row, p.skipText));
                } else if (p.decision != null) {
                    p.outcome = Outcome.DECISION;
                    p.reason = "foreignCurrency";
                    p.problems.add(RowProblem.ofRow(sheet, p.row, p.decision));
                } else if (!ctx.contract().covers(p.date)) {
                    p.outcome = Outcome.ERROR;
                    p.reason = "outsideContract";
                    p.problems.add(RowProblem.ofRow(sheet, p.row, I18n.text("expimport.reason.outsideContract",
                            Formats.date(p.date), ctx.contract().label())));
                } else if (p.unmapped) {
                    p.outcome = Outcome.UNMAPPED;
                    p.reason = "unmappedAccount";
                    p.problems.add(RowProblem.ofRow(sheet, p.row, p.account == null
                            ? I18n.text("expimport.reason.noCategory")
                            : I18n.text("expimport.reason.unmapped", p.account)));
                } else {
                    receiptAndDuplicates(file, p, seen, ctx);
                }
            }
            out.add(new ExpenseImportRow(p.row, p.outcome, p.reason, p.date, p.receipt, p.account, p.chart, p.contra,
                    cut(p.payee, ExpenseInput.PAYEE_MAX), purpose(p), p.gross, p.category, p.cancels, p.problems));
        }
        return out;
    }

    private static void receiptAndDuplicates(ExpenseFile file, Parsed p, Map<String, Parsed> seen,
            ExpenseImportContext ctx) {
        String sheet = file.file().sheetName();
        if (p.receipt == null) {
            p.receipt = derivedReceipt(p);
        }
        if (p.receipt.length() > ExpenseInput.RECEIPT_MAX) {
            p.outcome = Outcome.ERROR;
            p.reason = "error";
            p.problems.add(RowProblem.ofRow(sheet, p.row, I18n.text("expimport.reason.receiptLength",
                    Cells.echo(p.receipt), ExpenseInput.RECEIPT_MAX)));
            return;
        }
        int year = p.date.getYear();
        String base = p.receipt;
        Parsed earlier = seen.get(ExpenseImportContext.receiptKey(year, base));
        if (earlier != null && same(earlier, p)) {
            p.outcome = Outcome.DUPLICATE;
            p.reason = "duplicate";
            p.problems.add(RowProblem.ofRow(sheet, p.row, I18n.text("expimport.reason.duplicateInFile",
                    base, earlier.row)));
            return;
        }
        // one receipt split over several accounts: the second part gets "-2", the third "-3", …
        int n = 1;
        String receipt = base;
        while (seen.containsKey(ExpenseImportContext.receiptKey(year, receipt))) {
            n++;
            receipt = base + "-" + n;
        }
        seen.put(ExpenseImportContext.receiptKey(year, receipt), p);
        p.receipt = receipt;
        if (receipt.length() > ExpenseInput.RECEIPT_MAX) {
            p.outcome = Outcome.ERROR;
            p.reason = "error";
            p.problems.add(RowProblem.ofRow(sheet, p.row, I18n.text("expimport.reason.receiptLength",
                    Cells.echo(receipt), ExpenseInput.RECEIPT_MAX)));
            return;
        }
        if (ctx.receipts().containsKey(ExpenseImportContext.receiptKey(year, receipt))) {
            p.outcome = Outcome.DUPLICATE;
            p.reason = "duplicate";
            p.problems.add(RowProblem.ofRow(sheet, p.row, I18n.text("expimport.reason.duplicate", receipt,
                    String.valueOf(year))));
            return;
        }
        p.outcome = Outcome.IMPORT;
        p.reason = "imported";
    }

    private static boolean same(Parsed a, Parsed b) {
        return a.date.equals(b.date) && a.gross.compareTo(b.gross) == 0 && eq(a.account, b.account)
                && eq(a.text, b.text) && eq(a.payee, b.payee);
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String reversalKey(Parsed p) {
        return p.receipt + "|" + p.account + "|" + p.gross.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A receipt number made from the booking itself, the same for the same booking in any file. */
    static String derivedReceipt(Parsed p) {
        String content = p.date + "|" + p.gross.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "|"
                + (p.account == null ? "" : p.account) + "|" + (p.payee == null ? "" : p.payee) + "|"
                + (p.text == null ? "" : p.text);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "A-" + p.date.toString().replace("-", "") + "-" + HexFormat.of().formatHex(hash, 0, 4)
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String purpose(Parsed p) {
        String text = p.text != null ? p.text : p.account != null
                ? I18n.text("expimport.purpose.account", p.account) : I18n.text("expimport.purpose.none");
        return cut(text, ExpenseInput.PURPOSE_MAX);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ------------------------------------------------------------------ cells

    private static SheetCell cell(SheetRow r, ColumnMapping<ExpenseField> m, ExpenseField field) {
        Integer c = m.column(field);
        if (c == null) {
            return null;
        }
        SheetCell cell = r.cell(c);
        return cell == null || cell.isBlank() ? null : cell;
    }

    private static String text(SheetRow r, ColumnMapping<ExpenseField> m, ExpenseField field) {
        String t = Cells.text(cell(r, m, field));
        return t == null || t.isEmpty() ? null : t;
    }

    private static RowProblem problem(ImportFile f, int row, ColumnMapping<ExpenseField> m, ExpenseField field,
            String reason) {
        Integer c = m.column(field);
        return f.problem(row, c == null ? -1 : c, reason);
    }

    /** A signed amount ({@code 1.234,56}, {@code -12}, {@code 12,5}); null with a problem when it is no amount. */
    private static BigDecimal amount(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m, ExpenseField field,
            List<RowProblem> problems, boolean emptyAllowed) {
        SheetCell cell = cell(r, m, field);
        if (cell == null) {
            if (!emptyAllowed) {
                problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.missing", field.label())));
            }
            return null;
        }
        BigDecimal a = Cells.decimal(cell).orElse(null);
        if (a == null) {
            problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.amount", Cells.display(cell))));
            return null;
        }
        a = a.setScale(Math.max(2, a.scale()), RoundingMode.UNNECESSARY);
        if (a.scale() > 2) {
            BigDecimal rounded = a.setScale(2, RoundingMode.HALF_UP);
            if (f.format() == ImportFile.Format.XLSX && a.subtract(rounded).abs().compareTo(new BigDecimal("0.000001")) < 0) {
                a = rounded; // a workbook's float noise
            } else {
                problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.cents", Cells.display(cell))));
                return null;
            }
        }
        if (a.abs().compareTo(ExpenseInput.MAX_AMOUNT) > 0) {
            problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.tooLarge", Cells.display(cell))));
            return null;
        }
        return a;
    }

    /** DATEV's unsigned amount: a minus is an error (the Soll/Haben mark gives the direction). */
    private static BigDecimal unsignedAmount(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m,
            ExpenseField field, List<RowProblem> problems) {
        BigDecimal a = amount(f, r, m, field, problems, false);
        if (a != null && a.signum() < 0) {
            problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.negative",
                    Cells.display(cell(r, m, field)))));
            return null;
        }
        return a;
    }

    /** An account number as written (leading zeros kept); null with a problem when it is no number. */
    private static String account(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m, ExpenseField field,
            List<RowProblem> problems) {
        String t = text(r, m, field);
        if (t == null) {
            problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.missing", field.label())));
            return null;
        }
        if (!Cells.allDigits(t) || t.length() > 12) {
            problems.add(problem(f, r.number(), m, field, I18n.text("expimport.reason.account", Cells.echo(t))));
            return null;
        }
        return t;
    }

    /** A DATEV receipt date: {@code DDMM} (or {@code DMM}) in the header's year, or a full {@code DDMMYYYY} / {@code TT.MM.JJJJ}. */
    private static LocalDate datevDate(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m, DatevHeader h,
            List<RowProblem> problems) {
        String t = text(r, m, ExpenseField.DATE);
        if (t == null) {
            problems.add(problem(f, r.number(), m, ExpenseField.DATE,
                    I18n.text("expimport.reason.missing", ExpenseField.DATE.label())));
            return null;
        }
        if (t.indexOf('.') >= 0 || t.indexOf('-') >= 0) {
            LocalDate d = Cells.date(t).orElse(null);
            if (d == null) {
                problems.add(problem(f, r.number(), m, ExpenseField.DATE,
                        I18n.text("expimport.reason.date", Cells.echo(t))));
            }
            return d;
        }
        if (!Cells.allDigits(t) || t.length() < 3 || t.length() == 5 || t.length() == 7 || t.length() > 8) {
            problems.add(problem(f, r.number(), m, ExpenseField.DATE,
                    I18n.text("expimport.reason.ddmm", Cells.echo(t))));
            return null;
        }
        String s = t.length() == 3 ? "0" + t : t;
        int day = Integer.parseInt(s.substring(0, 2));
        int month = Integer.parseInt(s.substring(2, 4));
        if (s.length() == 8) {
            int year = Integer.parseInt(s.substring(4));
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                problems.add(problem(f, r.number(), m, ExpenseField.DATE,
                        I18n.text("expimport.reason.noSuchDay", Cells.echo(t), String.format("%02d.%02d.%d", day, month,
                                year))));
                return null;
            }
        }
        if (!h.hasYear()) {
            problems.add(problem(f, r.number(), m, ExpenseField.DATE, I18n.text("expimport.reason.noYear", Cells.echo(t))));
            return null;
        }
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            md = null;
        }
        LocalDate d = md == null ? null : h.dateOf(md).orElse(null);
        if (d == null) {
            problems.add(problem(f, r.number(), m, ExpenseField.DATE, I18n.text("expimport.reason.noSuchDay",
                    Cells.echo(t), String.format("%02d.%02d.%d", day, month, h.yearFor(Math.min(Math.max(month, 1), 12))))));
        }
        return d;
    }

    /** A foreign-currency amount: the base amount in euro when the file gives one, else a decision for the user. */
    private static void currency(ImportFile f, SheetRow r, ColumnMapping<ExpenseField> m, String batchCurrency,
            Parsed p) {
        String wkz = text(r, m, ExpenseField.CURRENCY);
        String currency = wkz == null ? batchCurrency : wkz.toUpperCase(Locale.ROOT);
        if (currency.equals("EUR") || currency.equals("€")) {
            return;
        }
        String baseCurrency = text(r, m, ExpenseField.BASE_CURRENCY);
        BigDecimal base = m.has(ExpenseField.BASE_AMOUNT)
                ? amount(f, r, m, ExpenseField.BASE_AMOUNT, p.problems, true) : null;
        if (base != null && base.signum() != 0 && (baseCurrency == null || baseCurrency.equalsIgnoreCase("EUR"))) {
            p.baseAmount = base.abs();
            return;
        }
        String shown = Cells.display(cell(r, m, ExpenseField.AMOUNT));
        p.decision = I18n.text("expimport.reason.foreign", currency, shown.isEmpty() ? "?" : shown);
    }
}
