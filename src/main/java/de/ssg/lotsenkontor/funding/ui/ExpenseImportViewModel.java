package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.funding.expenseimport.AccountMapping;
import de.ssg.lotsenkontor.funding.expenseimport.Chart;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseField;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseFile;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportCheck;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportContext;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportSummary;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.ui.ImportPreviewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * State of the expense import preview: the shared preview model with the expense fields, the
 * mapping remembered for the file's source (else proposed from its titles), and the check against
 * the contract, the categories and the account mapping as stored when the file was opened. When
 * the user maps accounts in the preview, {@link #accountsChanged} checks every row again.
 */
public class ExpenseImportViewModel extends ImportPreviewModel<ExpenseField, ExpenseImportRow> {

    private final ExpenseFile expenseFile;
    private final Holder holder;
    private final StringBinding summary;

    /** The context the check reads; replaced when accounts are mapped. */
    private static final class Holder {
        ExpenseImportContext context;
    }

    public ExpenseImportViewModel(ExpenseFile file, ColumnMapping<ExpenseField> start, ExpenseImportContext context) {
        this(file, start, holder(context));
    }

    private ExpenseImportViewModel(ExpenseFile file, ColumnMapping<ExpenseField> start, Holder holder) {
        super(file.file(), ExpenseField.class, f -> f == file.file() ? start : ExpenseImportCheck.propose(f),
                (f, mapping) -> ExpenseImportCheck.check(new ExpenseFile(f, file.datev()), mapping, holder.context));
        this.expenseFile = file;
        this.holder = holder;
        this.summary = Bindings.createStringBinding(() -> previewProperty().get() == null ? ""
                : ExpenseImportSummary.of(previewProperty().get()).text(), previewProperty());
    }

    private static Holder holder(ExpenseImportContext context) {
        Holder h = new Holder();
        h.context = context;
        return h;
    }

    public ExpenseFile expenseFile() {
        return expenseFile;
    }

    /** "13 Zeilen gelesen: 6 zu übernehmen, …" */
    public StringBinding summaryText() {
        return summary;
    }

    /** The header's warnings, one per line; empty for most files. */
    public String warningsText() {
        return String.join("\n", expenseFile.warnings());
    }

    /** The accounts of the rows skipped for want of a category, with their chart, in file order. */
    public Map<String, Chart> unmappedAccounts() {
        Map<String, Chart> out = new LinkedHashMap<>();
        if (previewProperty().get() == null) {
            return out;
        }
        for (ExpenseImportRow r : previewProperty().get().rows()) {
            if (r.outcome() == ExpenseImportRow.Outcome.UNMAPPED && r.account() != null) {
                out.putIfAbsent(r.account(), r.chart() == null ? Chart.SKR03 : r.chart());
            }
        }
        return out;
    }

    /** The account mapping changed (mapped in the preview): every row is checked again. */
    public void accountsChanged(List<AccountMapping> accounts) {
        holder.context = holder.context.withAccounts(accounts);
        recheck();
    }

    /**
     * The category of rows that name none (no category or account column: a bank statement, a
     * plain list), as {@code --category} on the command line; null: such rows are skipped. Every
     * row is checked again. Bookings on unmapped accounts stay skipped: they are never guessed.
     */
    public void defaultCategoryChanged(de.ssg.lotsenkontor.funding.CategoryOption category) {
        holder.context = holder.context.withDefaultCategory(category);
        recheck();
    }

    /** The chosen category of rows that name none, or null. */
    public de.ssg.lotsenkontor.funding.CategoryOption defaultCategory() {
        return holder.context.defaultCategory();
    }

    public ExpenseImportContext context() {
        return holder.context;
    }
}
