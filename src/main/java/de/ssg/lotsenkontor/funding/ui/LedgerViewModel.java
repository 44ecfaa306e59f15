package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseLink;
import de.ssg.lotsenkontor.funding.ExpenseLinkQueries;
import de.ssg.lotsenkontor.funding.ExpenseRow;
import de.ssg.lotsenkontor.funding.ExpenseSource;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingReports;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Printable;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.SearchableRows;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The expense ledger of one contract year: the rows with search and filters (category, month,
 * amount range, source, cancelled shown or not) and running totals of what is shown; the form for
 * fast entry (after saving, the next receipt keeps date and category); cancelling with a reason;
 * the export of the ledger.
 */
public final class LedgerViewModel {

    private final FundingQueries queries;
    private final ExpenseLinkQueries linkQueries;
    private final FundingService service;
    private final TaskRunner tasks;
    private final FinanceDialogs dialogs;
    private final Clock clock;
    private final SearchableRows<ExpenseRow> rows = new SearchableRows<>(ExpenseRow::id,
            r -> SearchText.normalize(r.receiptNo() + " " + r.payee() + " " + r.purpose() + " " + r.category() + " "
                    + (r.note() == null ? "" : r.note()) + " " + (r.receiptLocation() == null ? "" : r.receiptLocation())),
            "fundingui.ledger.count");
    private final ObservableList<CategoryOption> categories = FXCollections.observableArrayList();
    private final ObservableList<ExpenseLink> links = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryOption> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> monthFilter = new SimpleObjectProperty<>();
    private final StringProperty minAmount = new SimpleStringProperty("");
    private final StringProperty maxAmount = new SimpleStringProperty("");
    private final ObjectProperty<ExpenseSource> sourceFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showCancelled = new SimpleBooleanProperty(true);
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty saveError = new SimpleStringProperty("");
    private final ExpenseFormModel form = new ExpenseFormModel();
    private final ObjectProperty<ExpenseRow> selected = new SimpleObjectProperty<>();
    private final Command save;
    private final Command cancel;
    private final Command create;
    private final Command export;
    private ContractRow contract;
    private int year;

    LedgerViewModel(FundingQueries queries, ExpenseLinkQueries linkQueries, FundingService service, TaskRunner tasks,
            FinanceDialogs dialogs, Clock clock) {
        this.queries = queries;
        this.linkQueries = linkQueries;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        rows.filterBy(this::predicate, categoryFilter, monthFilter, minAmount, maxAmount, sourceFilter, showCancelled);
        rows.shown().addListener((ListChangeListener<ExpenseRow>) c -> updateTotals());
        save = new Command(form.canSaveBinding(), this::save);
        cancel = new Command(Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().cancelled(),
                selected), this::cancelSelected);
        create = new Command(this::startNew);
        export = new Command(this::export);
        save.busyProperty().bind(form.busyProperty());
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                form.show(row);
            }
        });
    }

    public void load(ContractRow c, int y) {
        this.contract = c;
        this.year = y;
        tasks.run(I18n.text("fundingui.loading"), () -> new Object[] {queries.expenses(c.id(), y), queries.categories(),
            linkQueries.links(y)}, loaded -> {
                    @SuppressWarnings("unchecked")
                    List<ExpenseRow> list = (List<ExpenseRow>) loaded[0];
                    @SuppressWarnings("unchecked")
                    List<CategoryOption> cats = (List<CategoryOption>) loaded[1];
                    @SuppressWarnings("unchecked")
                    List<ExpenseLink> linkOptions = (List<ExpenseLink>) loaded[2];
                    categories.setAll(cats.stream().filter(CategoryOption::active).toList());
                    links.setAll(linkOptions);
                    form.setContext(c, cats, linkOptions);
                    rows.setAll(list);
                    updateTotals();
                    if (!form.editingBinding().get()) {
                        startNew();
                    }
                }, error -> dialogs.showFailure(I18n.text("fundingui.loadFailed"), error));
    }

    /** Search and filters as one test of a row. */
    private Predicate<ExpenseRow> predicate() {
        Predicate<ExpenseRow> search = rows.searchMatchesAllWords();
        CategoryOption cat = categoryFilter.get();
        Integer month = monthFilter.get();
        BigDecimal min = Formats.parseDecimal(minAmount.get()).orElse(null);
        BigDecimal max = Formats.parseDecimal(maxAmount.get()).orElse(null);
        ExpenseSource source = sourceFilter.get();
        boolean cancelled = showCancelled.get();
        return r -> (cat == null || r.categoryId() == cat.id())
                && (month == null || r.paymentDate().getMonthValue() == month)
                && (min == null || r.gross().compareTo(min) >= 0)
                && (max == null || r.gross().compareTo(max) <= 0)
                && (source == null || r.source() == source)
                && (cancelled || !r.cancelled())
                && search.test(r);
    }

    private void updateTotals() {
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        BigDecimal eligible = BigDecimal.ZERO.setScale(2);
        int cancelled = 0;
        for (ExpenseRow r : rows.shown()) {
            if (r.cancelled()) {
                cancelled++;
            } else {
                gross = gross.add(r.gross());
                eligible = eligible.add(r.eligible());
            }
        }
        totals.set(I18n.text("fundingui.ledger.totals", Formats.money(gross), Formats.money(eligible), cancelled));
    }

    /** Clears search and filters. */
    public void resetFilters() {
        rows.searchProperty().set("");
        categoryFilter.set(null);
        monthFilter.set(null);
        minAmount.set("");
        maxAmount.set("");
        sourceFilter.set(null);
        showCancelled.set(true);
    }

    /** An empty form for the next receipt; the date and category typed last stay. */
    public void startNew() {
        selected.set(null);
        saveError.set("");
        if (form.dateTextProperty().get().isBlank()) {
            LocalDate today = LocalDate.now(clock);
            LocalDate day = contract != null && year != today.getYear() ? LocalDate.of(year, 1, 1) : today;
            form.dateTextProperty().set(Formats.date(day));
        }
        form.startNew();
    }

    /** Books the new receipt or the correction; a refusal keeps everything typed. */
    public void save() {
        if (!form.canSaveBinding().get()) {
            return;
        }
        boolean isNew = form.detailsProperty().get() == null;
        var input = form.input();
        form.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.ledger.saving"), () -> service.saveExpense(input), saved -> {
            form.busyProperty().set(false);
            saveError.set("");
            rows.addingNewRowsIn(java.util.Comparator.comparing(ExpenseRow::paymentDate)
                    .thenComparing(ExpenseRow::receiptNo));
            if (saved.year() == year) {
                rows.replace(saved);
            }
            updateTotals();
            if (isNew) {
                form.startNew(); // date and category stay for the next receipt
            } else {
                form.show(saved);
            }
        }, error -> {
            form.busyProperty().set(false);
            if (error instanceof ConcurrentChangeException || error instanceof ValidationException
                    || error instanceof de.ssg.lotsenkontor.common.DomainException) {
                saveError.set(error.getMessage());
            } else {
                dialogs.showFailure(I18n.text("fundingui.ledger.saveFailed"), error);
            }
        });
    }

    /** Cancels the selected receipt after asking for the reason. */
    public void cancelSelected() {
        ExpenseRow row = selected.get();
        if (row == null || row.cancelled()) {
            return;
        }
        Optional<String> reason = dialogs.askReason(I18n.text("fundingui.ledger.cancelTitle"),
                I18n.text("fundingui.ledger.cancelText", row.receiptNo(), Formats.money(row.gross()), row.payee()),
                I18n.text("fundingui.ledger.cancelButton"));
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        cancel.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.ledger.cancelling"), () -> service.cancelExpense(row.id(), row.version(),
                reason.get()), done -> {
                    cancel.busyProperty().set(false);
                    rows.replace(done);
                    updateTotals();
                    selected.set(done);
                }, error -> {
                    cancel.busyProperty().set(false);
                    dialogs.showFailure(I18n.text("fundingui.ledger.cancelTitle"), error);
                });
    }

    /** The ledger of the shown contract year for the print button: the same report as the export. */
    public Printable ledgerPrintable() {
        if (contract == null) {
            throw new DomainException("fundingui.print.noContract");
        }
        ContractRow c = contract;
        int y = year;
        String name = I18n.text("fundingui.export.ledgerFile", c.reference().replaceAll("[^A-Za-z0-9-]", "_"),
                String.valueOf(y));
        return new Printable(I18n.text("fundingui.print.ledgerTitle", c.reference(), String.valueOf(y)), name.replaceAll("\\.xlsx$", ""),
                () -> new FundingReports(queries).expenses(c, y, LocalDate.now(clock)));
    }

    /** Writes the ledger of the shown contract year as a workbook. */
    public void export() {
        if (contract == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(I18n.text("fundingui.export.ledgerTitle"),
                I18n.text("fundingui.export.ledgerFile", contract.reference().replaceAll("[^A-Za-z0-9-]", "_"),
                        String.valueOf(year)));
        if (file.isEmpty()) {
            return;
        }
        ContractRow c = contract;
        int y = year;
        export.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.export.running"), () -> {
            ReportRenderers.render(new FundingReports(queries).expenses(c, y, LocalDate.now(clock)), ReportFormat.XLSX,
                    file.get(), null);
            return file.get();
        }, written -> {
            export.busyProperty().set(false);
            dialogs.showInfo(I18n.text("fundingui.export.ledgerTitle"), I18n.text("fundingui.export.done", written));
        }, error -> {
            export.busyProperty().set(false);
            dialogs.showFailure(I18n.text("fundingui.export.failed"), error);
        });
    }

    public SearchableRows<ExpenseRow> rows() {
        return rows;
    }

    /** The coaches and the year's events an expense can be linked to. */
    public ObservableList<ExpenseLink> links() {
        return links;
    }

    public ObservableList<CategoryOption> categories() {
        return categories;
    }

    public ObjectProperty<CategoryOption> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Integer> monthFilterProperty() {
        return monthFilter;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    public StringProperty maxAmountProperty() {
        return maxAmount;
    }

    public ObjectProperty<ExpenseSource> sourceFilterProperty() {
        return sourceFilter;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }

    public ExpenseFormModel form() {
        return form;
    }

    public ObjectProperty<ExpenseRow> selectedProperty() {
        return selected;
    }

    public Command saveCommand() {
        return save;
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command newCommand() {
        return create;
    }

    public Command exportCommand() {
        return export;
    }
}
