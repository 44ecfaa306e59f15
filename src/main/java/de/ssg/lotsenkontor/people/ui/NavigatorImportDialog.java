package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.navigatorimport.ColumnMapping;
import de.ssg.lotsenkontor.people.navigatorimport.ImportMode;
import de.ssg.lotsenkontor.people.navigatorimport.ImportRow;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorFile;
import de.ssg.lotsenkontor.people.navigatorimport.RowProblem;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.TableColumns;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The preview of a navigator import: where the rows come from (file, sheet, header row), which
 * column of the file gives which field (one choice per field, proposed from the header), every
 * row with its values and either "ok" or its errors (row, column, reason), and the counts. The
 * import button takes the valid rows, or — with "Nur übernehmen, wenn alle Zeilen gültig sind"
 * — all rows and is disabled while any has errors. "Abbrechen" changes nothing.
 */
final class NavigatorImportDialog {

    static final ButtonType APPLY = new ButtonType(I18n.text("navimportui.apply.valid", 0), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(I18n.text("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** The fields in the order the mapping shows them: names and place, then contact and status. */
    private static final List<NavigatorField> FIELDS = List.of(
            NavigatorField.FIRST_NAME, NavigatorField.LAST_NAME, NavigatorField.FULL_NAME,
            NavigatorField.MUNICIPALITY, NavigatorField.AGS, NavigatorField.FURTHER_MUNICIPALITIES,
            NavigatorField.EMAIL, NavigatorField.PHONE, NavigatorField.DEPARTMENT,
            NavigatorField.STATUS, NavigatorField.SINCE, NavigatorField.UNTIL);
    /** Wide enough for the longest field name and "Spalte C: Kommune (Einsatzort)"; four fit in a line. */
    private static final double TILE_WIDTH = 250;

    /** What the user chose to import. */
    record Request(NavigatorFile file, ColumnMapping mapping, ImportMode mode) {
    }

    /** Reads another sheet of the workbook in the background; calls back on the FX thread. */
    @FunctionalInterface
    interface SheetLoader {
        void load(String sheet, Consumer<NavigatorFile> loaded, Runnable failed);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final NavigatorImportViewModel model;
    private final SheetLoader sheets;

    NavigatorImportDialog(Window owner, NavigatorImportViewModel model, SheetLoader sheets) {
        this.model = model;
        this.sheets = sheets;
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(I18n.text("navimportui.title"));
        dialog.headerTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.text("navimportui.header", model.fileProperty().get().describe()), model.fileProperty()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("navigatorImportPreview");
        dialog.getDialogPane().getStylesheets().add(PeopleView.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, CANCEL);
        Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
        apply.setId("navImportApply");
        apply.getStyleClass().add("accent");
        apply.textProperty().bind(model.applyText());
        apply.disableProperty().bind(model.canApplyBinding().not());
        ((Button) dialog.getDialogPane().lookupButton(CANCEL)).setId("navImportCancel");
        dialog.getDialogPane().setContent(content());
        DialogService.sizeAsWorkingWindow(dialog, 1200, 860);
    }

    /** Shows the preview and waits; what to import, or empty when the user cancelled. */
    static Optional<Request> ask(Window owner, NavigatorImportViewModel model, SheetLoader sheets) {
        NavigatorImportDialog d = new NavigatorImportDialog(owner, model, sheets);
        return d.dialog.showAndWait().filter(b -> b == APPLY)
                .map(b -> new Request(model.fileProperty().get(), model.mapping(), model.mode()));
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    // ------------------------------------------------------------------ content

    private Node content() {
        VBox box = new VBox(10);
        box.setId("navImportContent");
        box.disableProperty().bind(model.busyProperty());
        if (model.fileProperty().get().sheetNames().size() > 1) {
            box.getChildren().add(sheetChoice());
        }
        box.getChildren().add(mapping());

        Label missing = new Label();
        missing.setId("navImportMissing");
        missing.getStyleClass().add("validation-message");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.textProperty().bind(model.missingText());
        missing.managedProperty().bind(missing.textProperty().isNotEmpty());
        missing.visibleProperty().bind(missing.managedProperty());

        Label counts = new Label();
        counts.setId("navImportCounts");
        counts.getStyleClass().add("text-bold");
        counts.textProperty().bind(model.countsText());
        CheckBox onlyErrors = new CheckBox(I18n.text("navimportui.onlyErrors"));
        onlyErrors.setId("navImportOnlyErrors");
        onlyErrors.selectedProperty().bindBidirectional(model.onlyErrorsProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox countLine = new HBox(12, counts, gap, onlyErrors);
        countLine.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox allOrNothing = new CheckBox(I18n.text("navimportui.allOrNothing"));
        allOrNothing.setId("navImportAllOrNothing");
        allOrNothing.selectedProperty().bindBidirectional(model.allOrNothingProperty());
        Label hint = new Label();
        hint.setId("navImportHint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(model.hintText());
        VBox mode = new VBox(4, allOrNothing, hint);

        box.getChildren().addAll(missing, countLine, table, mode);
        return box;
    }

    private Node sheetChoice() {
        ComboBox<String> sheet = new ComboBox<>();
        sheet.setId("navImportSheet");
        sheet.getItems().setAll(model.fileProperty().get().sheetNames());
        sheet.setValue(model.fileProperty().get().sheetName());
        sheet.valueProperty().addListener((obs, old, now) -> {
            NavigatorFile current = model.fileProperty().get();
            if (now == null || now.equals(current.sheetName())) {
                return;
            }
            model.busyProperty().set(true);
            sheets.load(now, file -> {
                model.setFile(file);
                model.busyProperty().set(false);
            }, () -> {
                model.busyProperty().set(false);
                sheet.setValue(current.sheetName());
            });
        });
        Label label = new Label(I18n.text("navimportui.sheet"));
        label.setLabelFor(sheet);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, label, sheet);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** One small block per field (its name over the column choice), flowing into as many lines as the width needs. */
    private Node mapping() {
        TilePane tiles = new TilePane(14, 8);
        tiles.setId("navImportMapping");
        tiles.setPrefColumns(4);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setTileAlignment(Pos.TOP_LEFT);
        for (NavigatorField field : FIELDS) {
            ComboBox<Choice<Integer>> choice = new ComboBox<>(model.columnChoices());
            choice.setId("navImportMap-" + field.name());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().bindBidirectional(model.choiceProperty(field));
            choice.setVisibleRowCount(14);
            Label label = new Label(field.label());
            label.setLabelFor(choice);
            label.setMnemonicParsing(false);
            tiles.getChildren().add(new VBox(3, label, choice));
        }
        Label hint = new Label(I18n.text("navimportui.mapping.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox inner = new VBox(8, hint, tiles);
        TitledPane pane = new TitledPane(I18n.text("navimportui.mapping"), inner);
        pane.setId("navImportMappingPane");
        pane.setCollapsible(true);
        pane.setExpanded(true);
        pane.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the choices
        return pane;
    }

    private TableView<ImportRow> table() {
        TableView<ImportRow> table = new TableView<>();
        table.setId("navImportTable");
        table.getStyleClass().addAll("striped", "import-table");
        List<ColumnDef<ImportRow>> columns = List.of(
                ColumnDef.<ImportRow>of("row", I18n.text("navimportui.col.row"), ColumnType.INTEGER, 5,
                        ImportRow::row),
                ColumnDef.<ImportRow>of("check", I18n.text("navimportui.col.check"), ColumnType.TEXT, 46,
                        NavigatorImportDialog::checkText),
                ColumnDef.<ImportRow>of("firstName", I18n.text("people.field.firstName"), ColumnType.TEXT, 12,
                        ImportRow::firstName),
                ColumnDef.<ImportRow>of("lastName", I18n.text("people.field.lastName"), ColumnType.TEXT, 12,
                        ImportRow::lastName),
                ColumnDef.<ImportRow>of("municipality", I18n.text("people.field.municipality"), ColumnType.TEXT, 24,
                        ImportRow::municipalityLabel),
                ColumnDef.<ImportRow>of("ags", I18n.text("navimportui.col.ags"), ColumnType.TEXT, 9,
                        r -> r.municipality() == null ? null : r.municipality().ags()),
                ColumnDef.<ImportRow>of("department", I18n.text("people.field.department"), ColumnType.TEXT, 12,
                        ImportRow::department),
                ColumnDef.<ImportRow>of("email", I18n.text("people.field.email"), ColumnType.TEXT, 22,
                        ImportRow::email),
                ColumnDef.<ImportRow>of("phone", I18n.text("people.field.phone"), ColumnType.TEXT, 13,
                        ImportRow::phone),
                ColumnDef.<ImportRow>of("status", I18n.text("people.field.status"), ColumnType.TEXT, 14,
                        r -> I18n.of("people.status", r.status())),
                ColumnDef.<ImportRow>of("since", I18n.text("people.field.since"), ColumnType.DATE, 10,
                        ImportRow::since),
                ColumnDef.<ImportRow>of("until", I18n.text("people.field.until"), ColumnType.DATE, 10,
                        ImportRow::until),
                ColumnDef.<ImportRow>of("further", I18n.text("people.field.furtherMunicipalities"), ColumnType.TEXT,
                        18, ImportRow::furtherLabel));
        TableColumns.addAll(table, columns);
        @SuppressWarnings("unchecked")
        TableColumn<ImportRow, Object> check = (TableColumn<ImportRow, Object>) table.getColumns().get(1);
        check.setCellFactory(c -> new CheckCell(check));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(INVALID, !empty && item != null && !item.valid());
            }
        });
        table.setItems(model.shownRows());
        table.setPlaceholder(new Label(I18n.text("navimportui.table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** "ok", or the row's problems one per line. */
    static String checkText(ImportRow row) {
        if (row.valid()) {
            return I18n.text("navimportui.ok");
        }
        return String.join("\n", row.problems().stream().map(RowProblem::text).toList());
    }

    /**
     * The "Prüfung" cell: a green "ok", or the errors in red, each on its own line, wrapped at
     * the column's width (a {@link Text} with a wrapping width, so that the row grows with it).
     */
    private static final class CheckCell extends TableCell<ImportRow, Object> {

        private final Text text = new Text();

        CheckCell(TableColumn<ImportRow, Object> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("import-check");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            ImportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            text.setText(checkText(row));
            text.pseudoClassStateChanged(INVALID, !row.valid());
            setGraphic(text);
            setTooltip(row.valid() ? null : new Tooltip(text.getText()));
        }
    }
}
