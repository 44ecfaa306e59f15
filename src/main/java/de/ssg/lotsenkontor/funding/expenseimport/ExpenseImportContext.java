package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rows of a file are checked against, as stored when the file was opened: the contract
 * imported into, the cost categories, the account → category mapping and the receipts booked in
 * the contract.
 *
 * @param accounts        the mapping by chart and account ({@link #key})
 * @param receipts        the booked receipts by year and number ({@link #receiptKey})
 * @param defaultCategory the category of rows that name none (a bank statement); null: none
 * @param now             the import's time, for the trace
 */
public record ExpenseImportContext(ContractRow contract, List<CategoryOption> categories,
        Map<String, AccountMapping> accounts, Map<String, Booked> receipts, CategoryOption defaultCategory,
        LocalDateTime now) {

    /** A booked receipt. */
    public record Booked(long id, BigDecimal gross, boolean cancelled) {
    }

    public static String key(Chart chart, String account) {
        return chart.name() + ":" + account;
    }

    public static String receiptKey(int year, String receipt) {
        return year + "|" + receipt;
    }

    /** The mapping of an account, trying it as written and as its four-digit general ledger account. */
    public AccountMapping mapping(Chart chart, String account, int length) {
        AccountMapping m = accounts.get(key(chart, account));
        if (m == null) {
            String base = Chart.base(account, length);
            if (base != null) {
                m = accounts.get(key(chart, base));
            }
        }
        return m;
    }

    /** An active category by its code or name ("SACH", "Sachausgaben", "sachausgaben"). */
    public CategoryOption category(String text) {
        String k = TextKeys.words(text);
        for (CategoryOption c : categories) {
            if (c.active() && (TextKeys.words(c.code()).equals(k) || TextKeys.words(c.name()).equals(k))) {
                return c;
            }
        }
        return null;
    }

    public CategoryOption categoryById(long id) {
        return categories.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    /** Whether the rows checked against {@code other} would be checked the same against this (the time aside). */
    public boolean sameAs(ExpenseImportContext other) {
        return other != null && java.util.Objects.equals(contract, other.contract)
                && categories.equals(other.categories) && accounts.equals(other.accounts)
                && receipts.equals(other.receipts) && java.util.Objects.equals(defaultCategory, other.defaultCategory);
    }

    /** A copy with another default category. */
    public ExpenseImportContext withDefaultCategory(CategoryOption category) {
        return new ExpenseImportContext(contract, categories, accounts, receipts, category, now);
    }

    /** A copy with other account mappings (after the user mapped one in the preview). */
    public ExpenseImportContext withAccounts(List<AccountMapping> mappings) {
        Map<String, AccountMapping> m = new HashMap<>();
        for (AccountMapping a : mappings) {
            m.put(key(a.chart(), a.account()), a);
        }
        return new ExpenseImportContext(contract, categories, m, receipts, defaultCategory, now);
    }
}
