package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.expenseimport.AccountMapping;
import de.ssg.lotsenkontor.funding.expenseimport.Chart;
import de.ssg.lotsenkontor.funding.expenseimport.ImportBatch;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.TableColumns;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
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

    private final ExpenseImportsViewModel model;
    private final ExpenseImportFlow flow;
    private final TableView<ImportBatch> batches = new TableView<>();
    private final TableView<AccountMapping> accounts = new TableView<>();
    private final VBox root;

    /** Lays out and binds the tab; the view model holds the commands, the flow the import steps. */
    public ExpenseImportTab(ExpenseImportsViewModel model, ExpenseImportFlow flow) {
        this.model = model;
        this.flow = flow;
        ObservableObjectValue<ContractRow> contract = model.contract();
        ComboBox<Chart> chart = new ComboBox<>();
        TextField account = new TextField();
        TextField name = new TextField();
        ComboBox<CategoryOption> category = new ComboBox<>(model.categories());

        Button importButton = new Button(I18n.text("expimportui.import"));
        importButton.setId("expenseImportButton");
        importButton.getStyleClass().add("accent");
        importButton.disableProperty().bind(Bindings.isNull(contract));
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
        batches.setItems(model.batches());
        model.selectedBatchProperty().bind(batches.getSelectionModel().selectedItemProperty());
        Button cancel = new Button(I18n.text("expimportui.cancelBatch"));
        cancel.setId("cancelBatchButton");
        cancel.disableProperty().bind(model.cancelBatchCommand().canRunBinding().not());
        cancel.setOnAction(e -> model.cancelBatchCommand().run());
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
        accounts.setItems(model.accounts());
        model.selectedAccountProperty().bind(accounts.getSelectionModel().selectedItemProperty());
        chart.setId("mappingChart");
        chart.getItems().setAll(Chart.values());
        chart.valueProperty().bindBidirectional(model.chartProperty());
        account.textProperty().bindBidirectional(model.accountProperty());
        name.textProperty().bindBidirectional(model.accountNameProperty());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        account.setId("mappingAccount");
        account.setPromptText(I18n.text("expimport.field.account"));
        account.setPrefColumnCount(6);
        name.setId("mappingName");
        name.setPromptText(I18n.text("expimport.field.accountName"));
        category.setId("mappingCategory");
        category.setPromptText(I18n.text("expimport.field.category"));
        Button save = new Button(I18n.text("expimportui.mapping.save"));
        save.setId("saveAccountMapping");
        save.disableProperty().bind(model.saveMappingCommand().canRunBinding().not());
        save.setOnAction(e -> model.saveMappingCommand().run());
        Button remove = new Button(I18n.text("expimportui.mapping.remove"));
        remove.setId("removeAccountMapping");
        remove.disableProperty().bind(model.removeMappingCommand().canRunBinding().not());
        remove.setOnAction(e -> model.removeMappingCommand().run());
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
        model.reload();
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
        model.reload();
    }
}
