package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.List;

/** The columns of the expense ledger, shared by the screen table and the workbook export. */
public final class ExpenseColumns {

    private ExpenseColumns() {
    }

    public static List<ColumnDef<ExpenseRow>> all() {
        return List.of(
                ColumnDef.of("receiptNo", t("receiptNo"), ColumnType.TEXT, 14, ExpenseRow::receiptNo),
                ColumnDef.of("paymentDate", I18n.text("funding.column.paymentDate"), ColumnType.DATE, 10,
                        ExpenseRow::paymentDate),
                ColumnDef.of("gross", I18n.text("funding.column.gross"), ColumnType.MONEY, 12, ExpenseRow::gross),
                ColumnDef.of("eligible", t("eligible"), ColumnType.MONEY, 12, ExpenseRow::eligible),
                ColumnDef.of("payee", t("payee"), ColumnType.TEXT, 20, ExpenseRow::payee),
                ColumnDef.of("purpose", t("purpose"), ColumnType.TEXT, 26, ExpenseRow::purpose),
                ColumnDef.of("category", t("category"), ColumnType.TEXT, 16, ExpenseRow::category),
                ColumnDef.of("source", t("source"), ColumnType.TEXT, 9, r -> I18n.of("funding.source", r.source())),
                ColumnDef.of("cancelledOn", t("cancelledOn"), ColumnType.DATE, 11, ExpenseRow::cancelledOn),
                ColumnDef.of("cancelReason", t("cancelReason"), ColumnType.TEXT, 24, ExpenseRow::cancelReason),
                ColumnDef.of("receiptLocation", t("receiptLocation"), ColumnType.TEXT, 16,
                        ExpenseRow::receiptLocation),
                ColumnDef.of("note", t("note"), ColumnType.TEXT, 24, ExpenseRow::note));
    }

    private static String t(String field) {
        return I18n.text("funding.field." + field);
    }
}
