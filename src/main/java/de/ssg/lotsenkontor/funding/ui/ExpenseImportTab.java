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
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.TableColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tab "Importe" of Finanzen: "Ausgaben importieren …" into the chosen contract, the imports
 * made so far (file, time, expenses, what still counts) with "Import stornieren …", which cancels
 * every expense of an import with a reason, and the account → category mapping, edited here.
 */
public final class ExpenseImportTab {

    private final ExpenseImportService service;
    private final FundingQueries queries;
    private final ObjectProperty<ContractRow> contract;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Runnable changed;
    private final ExpenseImportFlow flow;
    private final TableView<ImportBatch> batches = new TableView<>();
    private final TableView<AccountMapping> accounts = new TableView<>();
    private final ComboBox<Chart> chart = new ComboBox<>();
    private final TextField account = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<CategoryOption> category = new ComboBox<>();
    private final VBox root;
    /** Counts the reloads, so that only the latest one's rows are shown (FX thread only). */
    private int reloads;

    /**
     * @param changed runs on the FX thread after an import or a cancellation (Finanzen reloads)
     */
    public ExpenseImportTab(ExpenseImportService service, FundingQueries queries, ObjectProperty<ContractRow> contract,
            BackgroundTasks tasks, DialogService dialogs, Consumer<String> status, Runnable changed) {
        this.service = service;
        this.queries = queries;
        this.contract = contract;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        this.flow = new ExpenseImportFlow(service, contract::get, tasks, dialogs, status, () -> {
            changed.run();
            reload();
        });

        Button importButton = new Button(I18n.text("expimportui.import"));
        importButton.setId("expenseImportButton");
        importButton.getStyleClass().add("accent");
        importButton.disableProperty().bind(contract.isNull());
        importButton.setOnAction(e -> flow.start());
        Label hint = new Label(I18n.text("expimportui.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        importButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox top = new HBox(12, importButton, hint);
        top.setAlignment(Pos.CENTER_LEFT);

        batches.setId("importBatchTable");
        batches.setPlaceholder(new Label(I18n.text("expimportui.batches.empty")));
        TableColumns.addAll(batches, List.of(
                ColumnDef.<ImportBatch>of("file", I18n.text("expimportui.batch.file"), ColumnType.TEXT, 26,
                        ImportBatch::file),
                ColumnDef.<ImportBatch>of("on", I18n.text("expimportui.batch.on"), ColumnType.TEXT, 16,
                        b -> b.importedOn() == null ? "" : Formats.date(b.importedOn().toLocalDate()) + " "
                                + b.importedOn().toLocalTime().toString()),
                ColumnDef.<ImportBatch>of("expenses", I18n.text("expimportui.batch.expenses"), ColumnType.INTEGER, 8,
                        ImportBatch::expenses),
                ColumnDef.<ImportBatch>of("active", I18n.text("expimportui.batch.active"), ColumnType.INTEGER, 8,
                        ImportBatch::active),
                ColumnDef.<ImportBatch>of("total", I18n.text("expimportui.batch.total"), ColumnType.MONEY, 12,
                        ImportBatch::activeTotal),
                ColumnDef.<ImportBatch>of("batch", I18n.text("expimportui.batch.id"), ColumnType.TEXT, 24,
                        ImportBatch::batchId)));
        batches.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button cancel = new Button(I18n.text("expimportui.cancelBatch"));
        cancel.setId("cancelBatchButton");
        cancel.disableProperty().bind(batches.getSelectionModel().selectedItemProperty().isNull());
        cancel.setOnAction(e -> cancelSelected());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox batchBox = new VBox(6, new Label(I18n.text("expimportui.batches")), batches, cancel);
        VBox.setVgrow(batches, Priority.ALWAYS);

        accounts.setId("accountMappingTable");
        TableColumns.addAll(accounts, List.of(
                ColumnDef.<AccountMapping>of("chart", I18n.text("expimport.field.chart"), ColumnType.TEXT, 7,
                        a -> a.chart().name()),
                ColumnDef.<AccountMapping>of("account", I18n.text("expimport.field.account"), ColumnType.TEXT, 7,
                        AccountMapping::account),
                ColumnDef.<AccountMapping>of("name", I18n.text("expimport.field.accountName"), ColumnType.TEXT, 28,
                        AccountMapping::accountName),
                ColumnDef.<AccountMapping>of("category", I18n.text("expimport.field.category"), ColumnType.TEXT, 18,
                        AccountMapping::categoryName)));
        accounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accounts.getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (a != null) {
                chart.setValue(a.chart());
                account.setText(a.account());
                name.setText(a.accountName());
                category.getItems().stream().filter(c -> c.id() == a.categoryId()).findFirst()
                        .ifPresent(category::setValue);
            }
        });
        chart.setId("mappingChart");
        chart.getItems().setAll(Chart.values());
        chart.setValue(Chart.SKR03);
        account.setId("mappingAccount");
        account.setPromptText(I18n.text("expimport.field.account"));
        account.setPrefColumnCount(6);
        name.setId("mappingName");
        name.setPromptText(I18n.text("expimport.field.accountName"));
        category.setId("mappingCategory");
        category.setPromptText(I18n.text("expimport.field.category"));
        Button save = new Button(I18n.text("expimportui.mapping.save"));
        save.setId("saveAccountMapping");
        save.disableProperty().bind(account.textProperty().isEmpty().or(category.valueProperty().isNull()));
        save.setOnAction(e -> saveMapping());
        Button remove = new Button(I18n.text("expimportui.mapping.remove"));
        remove.setId("removeAccountMapping");
        remove.disableProperty().bind(accounts.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeMapping());
        for (javafx.scene.control.Control c : List.of(chart, account, save, remove)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        category.setMaxWidth(Double.MAX_VALUE);
        HBox form = new HBox(8, chart, account, name);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox buttons = new HBox(8, category, save, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(category, Priority.ALWAYS);
        VBox mappingBox = new VBox(6, new Label(I18n.text("expimportui.mapping")), accounts, form, buttons);
        VBox.setVgrow(accounts, Priority.ALWAYS);

        SplitPane split = new SplitPane(batchBox, mappingBox);
        split.setDividerPositions(0.48);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(10, top, split);
        root.setPadding(new Insets(10));
        root.setId("expenseImportTab");
        root.getProperties().put(ExpenseImportTab.class, this); // tests import a file without the native chooser
        contract.addListener((obs, o, n) -> reload());
        reload();
    }

    public Node node() {
        return root;
    }

    /** Reads a file into the chosen contract (without the file chooser). */
    public void importFile(Path file) {
        flow.read(file);
    }

    ExpenseImportFlow flow() {
        return flow;
    }

    /** Reads the imports of the chosen contract, the mapping and the categories again. */
    public void reload() {
        ContractRow c = contract.get();
        int mine = ++reloads;
        tasks.run(I18n.text("expimportui.loading"), p -> new Object[] {c == null ? List.of() : service.batches(c.id()),
                service.accounts(), queries.categories()}).onSuccess(r -> {
                    if (mine != reloads) {
                        return; // a later reload (another contract chosen meanwhile) shows its own rows
                    }
                    @SuppressWarnings("unchecked")
                    List<ImportBatch> b = (List<ImportBatch>) r[0];
                    @SuppressWarnings("unchecked")
                    List<AccountMapping> a = (List<AccountMapping>) r[1];
                    @SuppressWarnings("unchecked")
                    List<CategoryOption> k = (List<CategoryOption>) r[2];
                    batches.getItems().setAll(b);
                    accounts.getItems().setAll(a);
                    category.getItems().setAll(k.stream().filter(CategoryOption::active).toList());
                }).onFailure(error -> dialogs.showFailure(I18n.text("expimportui.tab"), error)).start();
    }

    private void cancelSelected() {
        ImportBatch b = batches.getSelectionModel().getSelectedItem();
        if (b == null) {
            return;
        }
        new FinanceDialogService(dialogs).askReason(I18n.text("expimportui.cancelBatch.title"),
                I18n.text("expimportui.cancelBatch.message", b.file(), b.active(), Formats.money(b.activeTotal())),
                I18n.text("expimportui.cancelBatch.confirm")).ifPresent(reason ->
                tasks.run(I18n.text("expimportui.cancelBatch.title"), p -> service.cancelBatch(b.batchId(), reason))
                        .onSuccess(n -> {
                            changed.run();
                            reload();
                        })
                        .onFailure(error -> dialogs.showFailure(I18n.text("expimportui.cancelBatch.title"), error))
                        .start());
    }

    private void saveMapping() {
        AccountMapping selected = accounts.getSelectionModel().getSelectedItem();
        boolean same = selected != null && selected.account().equals(account.getText().trim())
                && selected.chart() == chart.getValue();
        Long id = same ? selected.id() : null;
        int version = same ? selected.version() : 0;
        Chart ch = chart.getValue();
        String acc = account.getText();
        String n = name.getText();
        long cat = category.getValue().id();
        tasks.run(I18n.text("expimportui.mapping.saving"), p -> service.saveAccount(id, version, ch, acc, n, cat))
                .onSuccess(a -> reload())
                .onFailure(error -> dialogs.showFailure(I18n.text("expimportui.mapping"), error)).start();
    }

    private void removeMapping() {
        AccountMapping a = accounts.getSelectionModel().getSelectedItem();
        tasks.run(I18n.text("expimportui.mapping.saving"), p -> {
            service.removeAccount(a.id(), a.version());
            return a;
        }).onSuccess(x -> reload())
                .onFailure(error -> dialogs.showFailure(I18n.text("expimportui.mapping"), error)).start();
    }
}
