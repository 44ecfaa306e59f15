package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.expenseimport.AccountMapping;
import de.ssg.lotsenkontor.funding.expenseimport.Chart;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportService;
import de.ssg.lotsenkontor.funding.expenseimport.ImportBatch;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tab "Importe": the expense imports of the chosen contract (each cancelled as a whole, with a
 * reason) and the account → category mapping (add, change, remove). The view lays out and binds.
 */
public final class ExpenseImportsViewModel {

    private final ExpenseImportService service;
    private final FundingQueries queries;
    private final ObservableObjectValue<ContractRow> contract;
    private final TaskRunner tasks;
    private final FinanceDialogs dialogs;
    private final Runnable changed;
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ObservableList<AccountMapping> accounts = FXCollections.observableArrayList();
    private final ObservableList<CategoryOption> categories = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatch> selectedBatch = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountMapping> selectedAccount = new SimpleObjectProperty<>();
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>(Chart.SKR03);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty accountName = new SimpleStringProperty("");
    private final ObjectProperty<CategoryOption> category = new SimpleObjectProperty<>();
    private final Command cancelBatch;
    private final Command saveMapping;
    private final Command removeMapping;
    /** Counts the reloads, so that only the latest one's rows are shown (FX thread only). */
    private int reloads;

    /**
     * @param changed runs after an import or a cancellation (Finanzen reloads)
     */
    public ExpenseImportsViewModel(ExpenseImportService service, FundingQueries queries,
            ObservableObjectValue<ContractRow> contract, TaskRunner tasks, FinanceDialogs dialogs, Runnable changed) {
        this.service = service;
        this.queries = queries;
        this.contract = contract;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        cancelBatch = new Command(selectedBatch.isNotNull(), this::cancelSelectedBatch);
        saveMapping = new Command(Bindings.createBooleanBinding(() -> !account.get().isBlank() && category.get() != null
                && chart.get() != null, account, category, chart), cancelBatch.busyProperty(), this::saveMapping);
        removeMapping = new Command(selectedAccount.isNotNull(), cancelBatch.busyProperty(), this::removeMapping);
        selectedAccount.addListener((obs, o, a) -> {
            if (a != null) {
                chart.set(a.chart());
                account.set(a.account());
                accountName.set(a.accountName() == null ? "" : a.accountName());
                category.set(categories.stream().filter(c -> c.id() == a.categoryId()).findFirst().orElse(null));
            }
        });
        contract.addListener((obs, o, n) -> reload());
    }

    /** Reads the imports of the chosen contract, the mapping and the categories again. */
    public void reload() {
        ContractRow c = contract.get();
        int mine = ++reloads;
        tasks.run(I18n.text("expimportui.loading"), () -> new Object[] {c == null ? List.of() : service.batches(c.id()),
            service.accounts(), queries.categories()}, r -> {
                if (mine != reloads) {
                    return; // a later reload (another contract chosen meanwhile) shows its own rows
                }
                @SuppressWarnings("unchecked")
                List<ImportBatch> b = (List<ImportBatch>) r[0];
                @SuppressWarnings("unchecked")
                List<AccountMapping> a = (List<AccountMapping>) r[1];
                @SuppressWarnings("unchecked")
                List<CategoryOption> k = (List<CategoryOption>) r[2];
                batches.setAll(b);
                accounts.setAll(a);
                categories.setAll(k.stream().filter(CategoryOption::active).toList());
            }, error -> dialogs.showFailure(I18n.text("expimportui.tab"), error));
    }

    /** After an import: Finanzen and this tab read again. */
    public void imported() {
        changed.run();
        reload();
    }

    private void cancelSelectedBatch() {
        ImportBatch b = selectedBatch.get();
        dialogs.askReason(I18n.text("expimportui.cancelBatch.title"),
                I18n.text("expimportui.cancelBatch.message", b.file(), b.active(), Formats.money(b.activeTotal())),
                I18n.text("expimportui.cancelBatch.confirm")).ifPresent(reason -> {
                    cancelBatch.busyProperty().set(true);
                    tasks.run(I18n.text("expimportui.cancelBatch.title"), () -> service.cancelBatch(b.batchId(), reason),
                            n -> {
                                cancelBatch.busyProperty().set(false);
                                imported();
                            }, error -> {
                                cancelBatch.busyProperty().set(false);
                                dialogs.showFailure(I18n.text("expimportui.cancelBatch.title"), error);
                            });
                });
    }

    private void saveMapping() {
        AccountMapping selected = selectedAccount.get();
        boolean same = selected != null && selected.account().equals(account.get().trim())
                && selected.chart() == chart.get();
        Long id = same ? selected.id() : null;
        int version = same ? selected.version() : 0;
        Chart ch = chart.get();
        String acc = account.get();
        String n = accountName.get();
        long cat = category.get().id();
        busy(() -> service.saveAccount(id, version, ch, acc, n, cat));
    }

    /** Asks first: bookings on the account are skipped again until it is mapped anew. */
    private void removeMapping() {
        AccountMapping a = selectedAccount.get();
        if (!dialogs.confirm(I18n.text("expimportui.mapping.remove.title"), I18n.text(
                "expimportui.mapping.remove.message", a.account(), a.chart().name(), a.categoryName()),
                I18n.text("expimportui.mapping.remove.confirm"))) {
            return;
        }
        busy(() -> {
            service.removeAccount(a.id(), a.version());
            return a;
        });
    }

    private void busy(java.util.concurrent.Callable<?> work) {
        cancelBatch.busyProperty().set(true);
        tasks.run(I18n.text("expimportui.mapping.saving"), work, x -> {
            cancelBatch.busyProperty().set(false);
            reload();
        }, error -> {
            cancelBatch.busyProperty().set(false);
            dialogs.showFailure(I18n.text("expimportui.mapping"), error);
        });
    }

    public ObservableObjectValue<ContractRow> contract() {
        return contract;
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    public ObservableList<AccountMapping> accounts() {
        return accounts;
    }

    public ObservableList<CategoryOption> categories() {
        return categories;
    }

    public ObjectProperty<ImportBatch> selectedBatchProperty() {
        return selectedBatch;
    }

    public ObjectProperty<AccountMapping> selectedAccountProperty() {
        return selectedAccount;
    }

    public ObjectProperty<Chart> chartProperty() {
        return chart;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty accountNameProperty() {
        return accountName;
    }

    public ObjectProperty<CategoryOption> categoryProperty() {
        return category;
    }

    public Command cancelBatchCommand() {
        return cancelBatch;
    }

    public Command saveMappingCommand() {
        return saveMapping;
    }

    public Command removeMappingCommand() {
        return removeMapping;
    }
}
