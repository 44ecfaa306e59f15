package de.ssg.lotsenkontor.funding.expenseimport;

import java.util.Collection;

/**
 * The chart of accounts the accounting software books in: DATEV's SKR03 or SKR04. It decides
 * which accounts are expense accounts (SKR03 4xxx, SKR04 6xxx) and which hold money (bank and
 * cash: SKR03 1000–1299, SKR04 1600–1899). A Sachkonto longer than four digits is judged by its
 * first four; personal accounts (debtors, creditors: longer than the file's account length) are
 * neither.
 */
public enum Chart {
    SKR03('4', 1000, 1299),
    SKR04('6', 1600, 1899);

    private final char expenseClass;
    private final int moneyFrom;
    private final int moneyTo;

    Chart(char expenseClass, int moneyFrom, int moneyTo) {
        this.expenseClass = expenseClass;
        this.moneyFrom = moneyFrom;
        this.moneyTo = moneyTo;
    }

    /** Whether {@code account} (digits, at most {@code length} long) is an expense account of this chart. */
    public boolean isExpense(String account, int length) {
        String base = base(account, length);
        return base != null && base.charAt(0) == expenseClass;
    }

    /** Whether {@code account} is a bank or cash account of this chart. */
    public boolean isMoney(String account, int length) {
        String base = base(account, length);
        if (base == null) {
            return false;
        }
        int n = Integer.parseInt(base);
        return n >= moneyFrom && n <= moneyTo;
    }

    /** The four-digit general ledger account an account belongs to; null for a personal account. */
    static String base(String account, int length) {
        if (account == null || account.isEmpty() || account.length() > Math.max(length, 4)) {
            return null;
        }
        String padded = account.length() < 4 ? "0".repeat(4 - account.length()) + account : account;
        return padded.substring(0, 4);
    }

    /** "SKR03" or "SKR04" from a DATEV header's field ("03", "3", "04", "SKR04"); null when it says neither. */
    public static Chart parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace("SKR", "");
        return switch (t) {
            case "03", "3" -> SKR03;
            case "04", "4" -> SKR04;
            default -> null;
        };
    }

    /**
     * The chart the accounts of a file belong to: SKR04 when its expense-looking accounts are
     * mostly 6xxx or its money accounts mostly 16xx–18xx, else SKR03.
     */
    public static Chart guess(Collection<String[]> accountPairs, int length) {
        int skr03 = 0;
        int skr04 = 0;
        for (String[] pair : accountPairs) {
            for (Chart c : values()) {
                boolean a = c.isExpense(pair[0], length) && c.isMoney(pair[1], length);
                boolean b = c.isExpense(pair[1], length) && c.isMoney(pair[0], length);
                if (a || b) {
                    if (c == SKR03) {
                        skr03++;
                    } else {
                        skr04++;
                    }
                }
            }
        }
        return skr04 > skr03 ? SKR04 : SKR03;
    }
}
