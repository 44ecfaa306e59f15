package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.expenseimport.AccountMapping;
import de.ssg.lotsenkontor.funding.expenseimport.Chart;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseField;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseFile;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportContext;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportResult;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportService;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportSummary;
import de.ssg.lotsenkontor.importing.ImportTexts;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.ImportFlow;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog.Request;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Ausgaben importieren …" in Finanzen: the shared {@link ImportFlow} with the expense import's
 * steps — read the file and what it is checked against (the contract chosen in Finanzen), show the
 * preview with the column mapping, the header's warnings, the counts and every row's outcome, map
 * accounts without a category right there ("Konten zuordnen …"), apply in one transaction, then
 * say what was booked and remember the column mapping for the file's source.
 */
public final class ExpenseImportFlow {

    static final ImportPreviewDialog.Look LOOK = new ImportPreviewDialog.Look(I18n.text("expimportui.title"),
            "expenseImportPreview", "expImport", 1250, 880);
    static final List<ExpenseField> FIELDS = List.of(ExpenseField.DATE, ExpenseField.AMOUNT,
            ExpenseField.DEBIT_CREDIT, ExpenseField.DEBIT_AMOUNT, ExpenseField.CREDIT_AMOUNT, ExpenseField.ACCOUNT,
            ExpenseField.CONTRA_ACCOUNT, ExpenseField.RECEIPT, ExpenseField.TEXT, ExpenseField.PAYEE,
            ExpenseField.CATEGORY, ExpenseField.CURRENCY, ExpenseField.BASE_AMOUNT, ExpenseField.REVERSAL,
            ExpenseField.STATUS);

    /** The choice "no category" for rows that name none. */
    private static final CategoryOption NO_CATEGORY = new CategoryOption(-1, "", "", 0, true, 0);

    private final ImportFlow<Prepared, Request<ExpenseField>, ExpenseImportResult> flow;

    /** The file as read and what it is checked against. */
    record Prepared(ExpenseFile file, ExpenseImportContext context, ContractRow contract,
            List<CategoryOption> categories) {
    }

    public ExpenseImportFlow(ExpenseImportService service, Supplier<ContractRow> contract, BackgroundTasks tasks,
            DialogService dialogs, Consumer<String> statusMessage, Runnable afterApply) {
        ImportFlow.Texts texts = new ImportFlow.Texts(I18n.text("expimportui.choose.title"),
                I18n.text("expimportui.choose.filter"), List.of("csv", "txt", "xlsx"),
                name -> I18n.text("expimportui.reading", name), I18n.text("expimportui.readFailed"),
                I18n.text("expimportui.applying"), I18n.text("expimportui.applyFailed"),
                I18n.text("expimportui.cancelled"));
        flow = new ImportFlow<>(texts, new Steps(service, contract, tasks, dialogs,
                new java.util.concurrent.atomic.AtomicReference<>()), tasks, dialogs, statusMessage, afterApply);
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    void answerPreviewWith(BiFunction<Window, Prepared, Optional<Request<ExpenseField>>> answer) {
        flow.answerPreviewWith(answer);
    }

    public void start() {
        flow.start();
    }

    public void read(Path file) {
        flow.read(file);
    }

    /** @param defaultCategory the category chosen in the preview for rows that name none, for the apply */
    private record Steps(ExpenseImportService service, Supplier<ContractRow> contract, BackgroundTasks tasks,
            DialogService dialogs, java.util.concurrent.atomic.AtomicReference<Long> defaultCategory) implements ImportFlow.Steps<Prepared, Request<ExpenseField>, ExpenseImportResult> {

        @Override
        public Prepared read(Path file, Progress progress) {
            ContractRow c = contract.get();
            if (c == null) {
                throw new de.ssg.lotsenkontor.common.DomainException("expimportui.noContract");
            }
            ExpenseFile f = service.read(file, null, progress);
            ExpenseImportContext context = service.context(c.id());
            return new Prepared(f, context, c, context.categories());
        }

        @Override
        public Optional<Request<ExpenseField>> preview(Window owner, Prepared prepared) {
            ExpenseImportViewModel model = new ExpenseImportViewModel(prepared.file(),
                    service.mapping(prepared.file(), null), prepared.context());
            Path path = prepared.file().file().path();
            Optional<Request<ExpenseField>> request = ImportPreviewDialog.askRows(owner, LOOK, model, FIELDS,
                    columns(), (sheet, loaded, failed) -> tasks.run(I18n.text("expimportui.reading", sheet),
                            p -> service.read(path, sheet, p).file())
                            .onSuccess(loaded)
                            .onFailure(error -> {
                                failed.run();
                                dialogs.showFailure(I18n.text("expimportui.readFailed"), error);
                            }).start(), extra(model, prepared));
            request.ifPresent(r -> service.remember(new ExpenseFile(r.file(), prepared.file().datev()), null,
                    r.mapping()));
            CategoryOption chosen = model.defaultCategory();
            defaultCategory.set(chosen == null ? null : chosen.id());
            return request.map(r -> new Request<>(r.file(), r.mapping(), r.mode()));
        }

        /** The header's warnings, the counts by outcome and "Konten zuordnen …". */
        private Node extra(ExpenseImportViewModel model, Prepared prepared) {
            Label contract = new Label(I18n.text("expimportui.contract", prepared.contract().label()));
            contract.setId("expImportContract");
            Label warnings = new Label(model.warningsText());
            warnings.setId("expImportWarnings");
            warnings.getStyleClass().add("warning");
            warnings.setWrapText(true);
            warnings.setMinHeight(Region.USE_PREF_SIZE);
            warnings.setManaged(!model.warningsText().isEmpty());
            warnings.setVisible(!model.warningsText().isEmpty());
            Label summary = new Label();
            summary.setId("expImportSummary");
            summary.setWrapText(true);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            summary.textProperty().bind(model.summaryText());
            Button map = new Button(I18n.text("expimportui.mapAccounts"));
            map.setId("expImportMapAccounts");
            map.disableProperty().bind(Bindings.createBooleanBinding(() -> model.unmappedAccounts().isEmpty(),
                    model.previewProperty()));
            map.setOnAction(e -> mapAccounts(model, prepared.categories()));
            HBox line = new HBox(12, summary, map);
            VBox box = new VBox(6, contract, warnings, line);
            if (!prepared.file().isDatev()) {
                box.getChildren().add(2, defaultCategory(model, prepared.categories()));
            }
            return box;
        }

        /** "Kategorie für Zeilen ohne Kategorie": one category for every row that names none, as {@code --category}. */
        private Node defaultCategory(ExpenseImportViewModel model, List<CategoryOption> categories) {
            ComboBox<CategoryOption> box = new ComboBox<>();
            box.setId("expImportDefaultCategory");
            box.getItems().add(NO_CATEGORY);
            box.getItems().addAll(categories.stream().filter(CategoryOption::active).toList());
            box.setButtonCell(categoryCell());
            box.setCellFactory(v -> categoryCell());
            box.setValue(model.defaultCategory() == null ? NO_CATEGORY : model.defaultCategory());
            box.valueProperty().addListener((obs, o, n) -> model.defaultCategoryChanged(
                    n == null || n == NO_CATEGORY ? null : n));
            Label label = new Label(I18n.text("expimportui.defaultCategory"));
            label.setLabelFor(box);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label hint = new Label(I18n.text("expimportui.defaultCategory.hint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            HBox line = new HBox(8, label, box, hint);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
            return line;
        }

        private static javafx.scene.control.ListCell<CategoryOption> categoryCell() {
            return new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(CategoryOption item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item == NO_CATEGORY
                            ? I18n.text("expimportui.defaultCategory.none") : item.code() + " – " + item.name());
                }
            };
        }

        /** Asks a category for each unmapped account; saves the mapping and checks the rows again. */
        private void mapAccounts(ExpenseImportViewModel model, List<CategoryOption> categories) {
            Map<String, Chart> accounts = model.unmappedAccounts();
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(6);
            Map<String, ComboBox<CategoryOption>> choices = new LinkedHashMap<>();
            int row = 0;
            for (Map.Entry<String, Chart> a : accounts.entrySet()) {
                ComboBox<CategoryOption> box = new ComboBox<>();
                box.setId("mapAccount-" + a.getKey());
                box.getItems().setAll(categories.stream().filter(CategoryOption::active).toList());
                box.setPromptText(I18n.text("expimportui.mapAccounts.none"));
                choices.put(a.getKey(), box);
                grid.addRow(row++, new Label(I18n.text("expimportui.mapAccounts.account", a.getKey(),
                        a.getValue().name())), box);
            }
            boolean ok = dialogs.showForm(I18n.text("expimportui.mapAccounts.title"),
                    I18n.text("expimportui.mapAccounts.header"), grid, I18n.text("expimportui.mapAccounts.save"),
                    Bindings.createBooleanBinding(() -> choices.values().stream().allMatch(b -> b.getValue() == null),
                            choices.values().stream().map(ComboBox::valueProperty).toArray(javafx.beans.Observable[]::new)));
            if (!ok) {
                return;
            }
            List<Object[]> chosen = new ArrayList<>();
            choices.forEach((account, box) -> {
                if (box.getValue() != null) {
                    chosen.add(new Object[] {accounts.get(account), account, box.getValue().id()});
                }
            });
            model.busyProperty().set(true);
            tasks.run(I18n.text("expimportui.mapAccounts.saving"), p -> {
                for (Object[] c : chosen) {
                    service.saveAccount(null, 0, (Chart) c[0], (String) c[1], null, (Long) c[2]);
                }
                return service.accounts();
            }).onSuccess((List<AccountMapping> all) -> {
                model.busyProperty().set(false);
                model.accountsChanged(all);
            }).onFailure(error -> {
                model.busyProperty().set(false);
                dialogs.showFailure(I18n.text("expimportui.mapAccounts.title"), error);
            }).start();
        }

        @Override
        public ExpenseImportResult apply(Request<ExpenseField> request, Progress progress) {
            ContractRow c = contract.get();
            ExpenseFile f = service.read(request.file().path(), request.file().sheetName(), progress);
            return service.apply(f, request.mapping(), request.mode(), c.id(), defaultCategory.get(), progress);
        }

        @Override
        public ImportFlow.Done done(ExpenseImportResult result) {
            ExpenseImportSummary s = ExpenseImportSummary.of(result.checked());
            String summary = result.batchId() == null ? I18n.text("expimportui.done.nothing")
                    : I18n.text("expimportui.done.summary", result.imported(), result.cancelled().size());
            String message = summary + "\n" + s.text();
            List<de.ssg.lotsenkontor.importing.RowProblem> problems = result.checked().rows().stream()
                    .filter(r -> !r.valid() && r.outcome() != ExpenseImportRow.Outcome.DUPLICATE)
                    .flatMap(r -> r.problems().stream()).toList();
            if (!problems.isEmpty()) {
                message += "\n\n" + I18n.text("expimportui.done.skipped") + ImportTexts.problemList(problems, 10);
            }
            return new ImportFlow.Done(summary, I18n.text("expimportui.done.title"), message, false);
        }
    }

    /** A checked row's values, after its number and check. */
    static List<ColumnDef<ExpenseImportRow>> columns() {
        return List.of(
                ColumnDef.<ExpenseImportRow>of("outcome", I18n.text("expimportui.col.outcome"), ColumnType.TEXT, 16,
                        r -> I18n.of("expimportui.outcome", r.outcome())),
                ColumnDef.<ExpenseImportRow>of("date", I18n.text("expimport.field.date"), ColumnType.DATE, 10,
                        ExpenseImportRow::date),
                ColumnDef.<ExpenseImportRow>of("receipt", I18n.text("expimport.field.receipt"), ColumnType.TEXT, 14,
                        ExpenseImportRow::receiptNo),
                ColumnDef.<ExpenseImportRow>of("account", I18n.text("expimport.field.account"), ColumnType.TEXT, 7,
                        ExpenseImportRow::account),
                ColumnDef.<ExpenseImportRow>of("category", I18n.text("expimport.field.category"), ColumnType.TEXT, 16,
                        ExpenseImportRow::categoryName),
                ColumnDef.<ExpenseImportRow>of("gross", I18n.text("expimportui.col.gross"), ColumnType.MONEY, 11,
                        ExpenseImportRow::gross),
                ColumnDef.<ExpenseImportRow>of("payee", I18n.text("expimport.field.payee"), ColumnType.TEXT, 18,
                        ExpenseImportRow::payee),
                ColumnDef.<ExpenseImportRow>of("purpose", I18n.text("expimportui.col.purpose"), ColumnType.TEXT, 24,
                        ExpenseImportRow::purpose));
    }
}
