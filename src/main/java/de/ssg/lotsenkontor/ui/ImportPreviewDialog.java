package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.importing.CheckedRow;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportField;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
 * The one preview dialog of every import: "Vorschau – noch ist nichts geändert", where the data
 * comes from, what would change, and "Übernehmen" or "Abbrechen" (which changes nothing). It
 * shows either
 *
 * <ul>
 * <li>{@linkplain #askRows the rows of a list}: the sheet (when the workbook has several), one
 * column choice per field, what the mapping lacks, the counts, every row with "ok" or its errors
 * (row, column, reason), and the choice "valid rows" or "all or nothing"; or</li>
 * <li>{@linkplain #askDifferences the differences} a file makes: lines of counts and warnings, and one
 * table per kind of difference.</li>
 * </ul>
 *
 * Features give only their fields, columns and texts; ids are the feature's prefix plus the
 * part ({@code navImportTable}, {@code directoryApply}), so tests find what they look for.
 */
public final class ImportPreviewDialog {

    public static final ButtonType APPLY = new ButtonType(I18n.text("importui.apply"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(I18n.text("ui.button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final String STYLESHEET = ImportPreviewDialog.class.getResource("import.css").toExternalForm();
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** Wide enough for the longest field name and "Spalte C: Kommune (Einsatzort)"; four fit in a line. */
    private static final double TILE_WIDTH = 250;

    /**
     * How the dialog of one import looks.
     *
     * @param paneId   the id of the dialog pane
     * @param idPrefix the prefix of every control's id
     */
    public record Look(String title, String paneId, String idPrefix, double width, double height) {
    }

    /** What the user chose to import from a list. */
    public record Request<F extends Enum<F> & ImportField>(ImportFile file, ColumnMapping<F> mapping,
            ImportMode mode) {
    }

    /** Reads another sheet of the workbook in the background; calls back on the FX thread. */
    @FunctionalInterface
    public interface SheetLoader {
        void load(String sheet, Consumer<ImportFile> loaded, Runnable failed);
    }

    /** A line of text above the tables of a difference preview. */
    public record Line(String id, String text, Style style) {

        public enum Style {
            BOLD, PLAIN, MUTED, WARNING
        }
    }

    /** One table of a difference preview, shown in its own tab. */
    public record Table<T>(String id, String tabId, String title, List<T> rows, List<ColumnDef<T>> columns) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Look look;
    private final Button apply;

    private ImportPreviewDialog(Window owner, Look look) {
        this.look = look;
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(look.title());
        dialog.setResizable(true);
        dialog.getDialogPane().setId(look.paneId());
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, CANCEL);
        apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
        apply.setId(id("Apply"));
        apply.getStyleClass().add("accent");
        ((Button) dialog.getDialogPane().lookupButton(CANCEL)).setId(id("Cancel"));
    }

    private String id(String part) {
        return look.idPrefix() + part;
    }

    private boolean showAndApply() {
        DialogService.sizeAsWorkingWindow(dialog, look.width(), look.height());
        return dialog.showAndWait().filter(b -> b == APPLY).isPresent();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    // ------------------------------------------------------------------ rows of a list

    /**
     * Shows the rows of a list and waits; what to import, or empty when the user cancelled.
     *
     * @param fields  the fields in the order the mapping shows them
     * @param columns the feature's columns of a row, after "Zeile" and "Prüfung"
     */
    public static <F extends Enum<F> & ImportField, R extends CheckedRow> Optional<Request<F>> askRows(Window owner,
            Look look, ImportPreviewModel<F, R> model, List<F> fields, List<ColumnDef<R>> columns,
            SheetLoader sheets) {
        return askRows(owner, look, model, fields, columns, sheets, null);
    }

    /** {@link #askRows} with a feature's own part above the counts (notes on the file, actions); null for none. */
    public static <F extends Enum<F> & ImportField, R extends CheckedRow> Optional<Request<F>> askRows(Window owner,
            Look look, ImportPreviewModel<F, R> model, List<F> fields, List<ColumnDef<R>> columns,
            SheetLoader sheets, Node extra) {
        ImportPreviewDialog d = new ImportPreviewDialog(owner, look);
        d.dialog.headerTextProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("importui.header", model.fileProperty().get().describe()), model.fileProperty()));
        d.apply.textProperty().bind(model.applyText());
        d.apply.disableProperty().bind(model.canApplyBinding().not());
        d.dialog.getDialogPane().setContent(d.rowsContent(model, fields, columns, sheets, extra));
        if (!d.showAndApply()) {
            return Optional.empty();
        }
        return Optional.of(new Request<>(model.fileProperty().get(), model.mapping(), model.mode()));
    }

    private <F extends Enum<F> & ImportField, R extends CheckedRow> Node rowsContent(ImportPreviewModel<F, R> model,
            List<F> fields, List<ColumnDef<R>> columns, SheetLoader sheets, Node extra) {
        VBox box = new VBox(10);
        box.setId(id("Content"));
        box.disableProperty().bind(model.busyProperty());
        if (model.fileProperty().get().sheetNames().size() > 1) {
            box.getChildren().add(sheetChoice(model, sheets));
        }
        if (!fields.isEmpty()) {
            box.getChildren().add(mapping(model, fields));
        }

        Label missing = new Label();
        missing.setId(id("Missing"));
        missing.getStyleClass().add("validation-message");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.textProperty().bind(model.missingText());
        missing.managedProperty().bind(missing.textProperty().isNotEmpty());
        missing.visibleProperty().bind(missing.managedProperty());

        Label counts = new Label();
        counts.setId(id("Counts"));
        counts.getStyleClass().add("text-bold");
        counts.textProperty().bind(model.countsText());
        CheckBox onlyErrors = new CheckBox(I18n.text("importui.onlyErrors"));
        onlyErrors.setId(id("OnlyErrors"));
        onlyErrors.selectedProperty().bindBidirectional(model.onlyErrorsProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox countLine = new HBox(12, counts, gap, onlyErrors);
        countLine.setAlignment(Pos.CENTER_LEFT);

        TableView<R> table = rowTable(model, columns);
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox allOrNothing = new CheckBox(I18n.text("importui.allOrNothing"));
        allOrNothing.setId(id("AllOrNothing"));
        allOrNothing.selectedProperty().bindBidirectional(model.allOrNothingProperty());
        Label hint = new Label();
        hint.setId(id("Hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(model.hintText());
        VBox mode = new VBox(4, allOrNothing, hint);

        box.getChildren().add(missing);
        if (extra != null) {
            box.getChildren().add(extra);
        }
        box.getChildren().addAll(countLine, table, mode);
        return box;
    }

    private Node sheetChoice(ImportPreviewModel<?, ?> model, SheetLoader sheets) {
        ComboBox<String> sheet = new ComboBox<>();
        sheet.setId(id("Sheet"));
        sheet.getItems().setAll(model.fileProperty().get().sheetNames());
        sheet.setValue(model.fileProperty().get().sheetName());
        sheet.valueProperty().addListener((obs, old, now) -> {
            ImportFile current = model.fileProperty().get();
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
        Label label = new Label(I18n.text("importui.sheet"));
        label.setLabelFor(sheet);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, label, sheet);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** One small block per field (its name over the column choice), flowing into as many lines as the width needs. */
    private <F extends Enum<F> & ImportField> Node mapping(ImportPreviewModel<F, ?> model, List<F> fields) {
        TilePane tiles = new TilePane(14, 8);
        tiles.setId(id("Mapping"));
        tiles.setPrefColumns(4);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setTileAlignment(Pos.TOP_LEFT);
        for (F field : fields) {
            ComboBox<Choice<Integer>> choice = new ComboBox<>(model.columnChoices());
            choice.setId(id("Map-") + field.name());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().bindBidirectional(model.choiceProperty(field));
            choice.setVisibleRowCount(14);
            Label label = new Label(field.label());
            label.setLabelFor(choice);
            label.setMnemonicParsing(false);
            tiles.getChildren().add(new VBox(3, label, choice));
        }
        Label hint = new Label(I18n.text("importui.mapping.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox inner = new VBox(8, hint, tiles);
        TitledPane pane = new TitledPane(I18n.text("importui.mapping"), inner);
        pane.setId(id("MappingPane"));
        pane.setCollapsible(true);
        pane.setExpanded(true);
        pane.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the choices
        return pane;
    }

    private <R extends CheckedRow> TableView<R> rowTable(ImportPreviewModel<?, R> model, List<ColumnDef<R>> columns) {
        TableView<R> table = new TableView<>();
        table.setId(id("Table"));
        table.getStyleClass().addAll("striped", "import-table");
        List<ColumnDef<R>> all = new ArrayList<>();
        all.add(ColumnDef.<R>of("row", I18n.text("importui.col.row"), ColumnType.INTEGER, 5, CheckedRow::row));
        all.add(ColumnDef.<R>of("check", I18n.text("importui.col.check"), ColumnType.TEXT, 46,
                ImportPreviewDialog::checkText));
        all.addAll(columns);
        TableColumns.addAll(table, all);
        @SuppressWarnings("unchecked")
        TableColumn<R, Object> check = (TableColumn<R, Object>) table.getColumns().get(1);
        check.setCellFactory(c -> new CheckCell<>(check));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(INVALID, !empty && item != null && !item.valid());
            }
        });
        table.setItems(model.shownRows());
        table.setPlaceholder(new Label(I18n.text("importui.table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** "ok", or the row's problems one per line. */
    public static String checkText(CheckedRow row) {
        if (row.valid()) {
            return I18n.text("importui.ok");
        }
        return String.join("\n", row.problems().stream().map(RowProblem::text).toList());
    }

    /**
     * The "Prüfung" cell: a green "ok", or the errors in red, each on its own line, wrapped at
     * the column's width (a {@link Text} with a wrapping width, so that the row grows with it).
     */
    private static final class CheckCell<R extends CheckedRow> extends TableCell<R, Object> {

        private final Text text = new Text();

        CheckCell(TableColumn<R, Object> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("import-check");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            R row = empty || getTableRow() == null ? null : getTableRow().getItem();
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

    // ------------------------------------------------------------------ differences

    /**
     * Shows what a file would change and waits; true when the user chose "Übernehmen".
     *
     * @param header what the file is, under "Vorschau – noch ist nichts geändert."
     * @param lines  counts, notes and warnings above the tables
     * @param tables one tab each; the first with rows is shown
     */
    public static boolean askDifferences(Window owner, Look look, String header, List<Line> lines,
            List<Table<?>> tables) {
        return differences(owner, look, header, lines, tables).showAndApply();
    }

    static ImportPreviewDialog differences(Window owner, Look look, String header, List<Line> lines,
            List<Table<?>> tables) {
        ImportPreviewDialog d = new ImportPreviewDialog(owner, look);
        d.dialog.setHeaderText(I18n.text("importui.header", header));
        VBox box = new VBox(8);
        box.setId(d.id("Content"));
        for (Line line : lines) {
            box.getChildren().add(label(line));
        }
        TabPane tabs = new TabPane();
        for (Table<?> t : tables) {
            tabs.getTabs().add(tab(t));
        }
        tabs.setId(d.id("Tabs"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // open the first tab that has something to show
        tabs.getTabs().stream().filter(t -> !((TableView<?>) t.getContent()).getItems().isEmpty()).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.getChildren().add(tabs);
        d.dialog.getDialogPane().setContent(box);
        return d;
    }

    private static Label label(Line line) {
        Label label = new Label(line.text());
        if (line.id() != null) {
            label.setId(line.id());
        }
        label.setWrapText(true);
        switch (line.style()) {
            case BOLD -> label.getStyleClass().add("text-bold");
            case MUTED -> label.getStyleClass().add("text-muted");
            case WARNING -> label.getStyleClass().add("warning");
            default -> { }
        }
        if (line.style() != Line.Style.MUTED) {
            label.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines keep their room in the box
        }
        return label;
    }

    private static <T> Tab tab(Table<T> t) {
        TableView<T> table = new TableView<>();
        table.setId(t.id());
        TableColumns.addAll(table, t.columns());
        table.getItems().setAll(t.rows());
        table.setPlaceholder(new Label(I18n.text("importui.differences.empty")));
        table.getStyleClass().add("striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tab tab = new Tab(t.title(), table);
        tab.setId(t.tabId());
        return tab;
    }
}
