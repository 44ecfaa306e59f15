package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.TableColumns;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The preview of a directory import: what the file is, the counts, warnings, and one table per
 * kind of difference (new, renamed, changed with old → new, no longer existing with what still
 * refers to them, districts and associations). "Übernehmen" applies, "Abbrechen" changes nothing.
 */
public final class DirectoryImportDialog {

    static final ButtonType APPLY = new ButtonType(I18n.text("directoryui.preview.apply"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(I18n.text("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    /** One changed field of one municipality: a line of the "Geändert" table. */
    record ChangeRow(String ags, String name, String field, String oldValue, String newValue) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public DirectoryImportDialog(Window owner, DirectoryPreview preview) {
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(I18n.text("directoryui.preview.title"));
        dialog.setHeaderText(I18n.text("directoryui.preview.header", DirectoryTexts.source(preview)));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("directoryPreview");
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, CANCEL);
        Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
        apply.setId("directoryApply");
        apply.getStyleClass().add("accent");
        ((Button) dialog.getDialogPane().lookupButton(CANCEL)).setId("directoryCancel");
        dialog.getDialogPane().setContent(content(preview));
        DialogService.sizeAsWorkingWindow(dialog, 980, 640);
    }

    /** Shows the preview and waits; true when the user chose "Übernehmen". */
    public static boolean ask(Window owner, DirectoryPreview preview) {
        return new DirectoryImportDialog(owner, preview).dialog.showAndWait().filter(b -> b == APPLY).isPresent();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private static Node content(DirectoryPreview p) {
        Label counts = new Label(DirectoryTexts.counts(p));
        counts.setId("directoryCounts");
        counts.getStyleClass().add("text-bold");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines keep their room in the box
        Label stand = new Label(I18n.text("directoryui.preview.currentStand", DirectoryTexts.stand(p.current())));
        stand.getStyleClass().add("text-muted");
        VBox box = new VBox(8, counts, stand);
        if (p.unincorporated() > 0) {
            box.getChildren().add(muted(I18n.text("directoryui.preview.unincorporated", p.unincorporated())));
        }
        if (!p.toResolve().isEmpty()) {
            Label resolve = new Label(I18n.text("directoryui.preview.toResolve", p.toResolve().size()));
            resolve.setId("directoryToResolve");
            resolve.getStyleClass().add("warning");
            resolve.setWrapText(true);
            resolve.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(resolve);
        }
        for (String warning : p.warnings()) {
            Label w = new Label("⚠ " + warning);
            w.getStyleClass().add("warning");
            w.setWrapText(true);
            w.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(w);
        }
        if (!p.hasChanges()) {
            Label none = new Label(I18n.text("directoryui.preview.noChanges"));
            none.setId("directoryNoChanges");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        TabPane tabs = new TabPane(
                tab("directoryNew", "directoryui.tab.new", p.added().size(), table("directoryNewTable", p.added(), List.of(
                        ColumnDef.<Added>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Added::ags),
                        ColumnDef.<Added>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 30, Added::name),
                        ColumnDef.<Added>of("type", I18n.text("municipality.field.type"), ColumnType.TEXT, 14,
                                a -> I18n.of("municipality.type", a.type())),
                        ColumnDef.<Added>of("district", I18n.text("municipality.field.district"), ColumnType.TEXT, 26,
                                Added::districtName),
                        ColumnDef.<Added>of("population", I18n.text("municipality.field.population"), ColumnType.INTEGER,
                                10, Added::population)))),
                tab("directoryRenamed", "directoryui.tab.renamed", p.renamed().size(), table("directoryRenamedTable",
                        p.renamed(), List.of(
                        ColumnDef.<Renamed>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Renamed::ags),
                        ColumnDef.<Renamed>of("old", I18n.text("directoryui.column.oldName"), ColumnType.TEXT, 34,
                                Renamed::oldName),
                        ColumnDef.<Renamed>of("new", I18n.text("directoryui.column.newName"), ColumnType.TEXT, 34,
                                Renamed::newName)))),
                tab("directoryChanged", "directoryui.tab.changed", p.changed().size(), table("directoryChangedTable",
                        changeRows(p.changed()), List.of(
                        ColumnDef.<ChangeRow>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, ChangeRow::ags),
                        ColumnDef.<ChangeRow>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 28,
                                ChangeRow::name),
                        ColumnDef.<ChangeRow>of("field", I18n.text("directoryui.column.field"), ColumnType.TEXT, 22,
                                ChangeRow::field),
                        ColumnDef.<ChangeRow>of("old", I18n.text("directoryui.column.old"), ColumnType.TEXT, 22,
                                ChangeRow::oldValue),
                        ColumnDef.<ChangeRow>of("new", I18n.text("directoryui.column.new"), ColumnType.TEXT, 22,
                                ChangeRow::newValue)))),
                tab("directoryVanished", "directoryui.tab.vanished", p.vanished().size(), table("directoryVanishedTable",
                        p.vanished(), List.of(
                        ColumnDef.<Vanished>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Vanished::ags),
                        ColumnDef.<Vanished>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 28,
                                Vanished::name),
                        ColumnDef.<Vanished>of("district", I18n.text("municipality.field.district"), ColumnType.TEXT, 22,
                                Vanished::districtName),
                        ColumnDef.<Vanished>of("refs", I18n.text("directoryui.column.references"), ColumnType.TEXT, 44,
                                v -> v.needsResolution() ? DirectoryTexts.references(v.references())
                                        : I18n.text("directoryui.vanished.nothingAttached"))))),
                tab("directoryUnits", "directoryui.tab.units", p.units().size(), table("directoryUnitsTable",
                        p.units(), List.of(
                        ColumnDef.<UnitChange>of("what", I18n.text("directoryui.column.change"), ColumnType.TEXT, 70,
                                DirectoryTexts::unit)))));
        tabs.setId("directoryTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // open the first tab that has something to show
        tabs.getTabs().stream().filter(t -> !((TableView<?>) t.getContent()).getItems().isEmpty()).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.getChildren().add(tabs);
        return box;
    }

    static List<ChangeRow> changeRows(List<Changed> changed) {
        List<ChangeRow> rows = new ArrayList<>();
        for (Changed c : changed) {
            for (FieldChange f : c.changes()) {
                rows.add(new ChangeRow(c.ags(), c.name(), DirectoryTexts.field(f.field()),
                        DirectoryTexts.value(f.field(), f.oldValue()), DirectoryTexts.value(f.field(), f.newValue())));
            }
        }
        return rows;
    }

    private static Tab tab(String id, String titleKey, int count, TableView<?> table) {
        Tab tab = new Tab(I18n.text(titleKey, count), table);
        tab.setId(id);
        return tab;
    }

    private static <R> TableView<R> table(String id, List<R> rows, List<ColumnDef<R>> columns) {
        TableView<R> table = new TableView<>();
        table.setId(id);
        TableColumns.addAll(table, columns);
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(I18n.text("directoryui.table.empty")));
        table.getStyleClass().add("striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
