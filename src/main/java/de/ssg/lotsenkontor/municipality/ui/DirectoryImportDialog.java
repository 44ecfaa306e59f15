package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Added;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Changed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Renamed;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog.Line;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog.Table;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;

/**
 * What the shared preview dialog shows of a directory import: what the file is, the counts,
 * warnings, and one table per kind of difference (new, renamed, changed with old → new, no
 * longer existing with what still refers to them, districts and associations). "Übernehmen"
 * applies, "Abbrechen" changes nothing.
 */
public final class DirectoryImportDialog {

    static final ImportPreviewDialog.Look LOOK = new ImportPreviewDialog.Look(I18n.text("directoryui.preview.title"),
            "directoryPreview", "directory", 980, 640);

    /** One changed field of one municipality: a line of the "Geändert" table. */
    record ChangeRow(String ags, String name, String field, String oldValue, String newValue) {
    }

    private DirectoryImportDialog() {
    }

    /** Shows the preview and waits; true when the user chose "Übernehmen". */
    public static boolean ask(Window owner, DirectoryPreview preview) {
        return ImportPreviewDialog.askDifferences(owner, LOOK, DirectoryTexts.source(preview), lines(preview),
                tables(preview));
    }

    static List<Line> lines(DirectoryPreview p) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("directoryCounts", DirectoryTexts.counts(p), Line.Style.BOLD));
        lines.add(new Line(null, I18n.text("directoryui.preview.currentStand", DirectoryTexts.stand(p.current())),
                Line.Style.MUTED));
        if (p.unincorporated() > 0) {
            lines.add(new Line(null, I18n.text("directoryui.preview.unincorporated", p.unincorporated()),
                    Line.Style.MUTED));
        }
        if (!p.toResolve().isEmpty()) {
            lines.add(new Line("directoryToResolve", I18n.text("directoryui.preview.toResolve", p.toResolve().size()),
                    Line.Style.WARNING));
        }
        for (String warning : p.warnings()) {
            lines.add(new Line(null, "⚠ " + warning, Line.Style.WARNING));
        }
        if (!p.hasChanges()) {
            lines.add(new Line("directoryNoChanges", I18n.text("directoryui.preview.noChanges"), Line.Style.PLAIN));
        }
        return lines;
    }

    static List<Table<?>> tables(DirectoryPreview p) {
        return List.of(
                new Table<>("directoryNewTable", "directoryNew", I18n.text("directoryui.tab.new", p.added().size()),
                        p.added(), List.of(
                        ColumnDef.<Added>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Added::ags),
                        ColumnDef.<Added>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 30, Added::name),
                        ColumnDef.<Added>of("type", I18n.text("municipality.field.type"), ColumnType.TEXT, 14,
                                a -> I18n.of("municipality.type", a.type())),
                        ColumnDef.<Added>of("district", I18n.text("municipality.field.district"), ColumnType.TEXT, 26,
                                Added::districtName),
                        ColumnDef.<Added>of("population", I18n.text("municipality.field.population"), ColumnType.INTEGER,
                                10, Added::population))),
                new Table<>("directoryRenamedTable", "directoryRenamed",
                        I18n.text("directoryui.tab.renamed", p.renamed().size()), p.renamed(), List.of(
                        ColumnDef.<Renamed>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Renamed::ags),
                        ColumnDef.<Renamed>of("old", I18n.text("directoryui.column.oldName"), ColumnType.TEXT, 34,
                                Renamed::oldName),
                        ColumnDef.<Renamed>of("new", I18n.text("directoryui.column.newName"), ColumnType.TEXT, 34,
                                Renamed::newName))),
                new Table<>("directoryChangedTable", "directoryChanged",
                        I18n.text("directoryui.tab.changed", p.changed().size()), changeRows(p.changed()), List.of(
                        ColumnDef.<ChangeRow>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, ChangeRow::ags),
                        ColumnDef.<ChangeRow>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 28,
                                ChangeRow::name),
                        ColumnDef.<ChangeRow>of("field", I18n.text("directoryui.column.field"), ColumnType.TEXT, 22,
                                ChangeRow::field),
                        ColumnDef.<ChangeRow>of("old", I18n.text("directoryui.column.old"), ColumnType.TEXT, 22,
                                ChangeRow::oldValue),
                        ColumnDef.<ChangeRow>of("new", I18n.text("directoryui.column.new"), ColumnType.TEXT, 22,
                                ChangeRow::newValue))),
                new Table<>("directoryVanishedTable", "directoryVanished",
                        I18n.text("directoryui.tab.vanished", p.vanished().size()), p.vanished(), List.of(
                        ColumnDef.<Vanished>of("ags", I18n.text("municipality.field.ags"), ColumnType.TEXT, 10, Vanished::ags),
                        ColumnDef.<Vanished>of("name", I18n.text("municipality.field.name"), ColumnType.TEXT, 28,
                                Vanished::name),
                        ColumnDef.<Vanished>of("district", I18n.text("municipality.field.district"), ColumnType.TEXT, 22,
                                Vanished::districtName),
                        ColumnDef.<Vanished>of("refs", I18n.text("directoryui.column.references"), ColumnType.TEXT, 44,
                                v -> v.needsResolution() ? DirectoryTexts.references(v.references())
                                        : I18n.text("directoryui.vanished.nothingAttached")))),
                new Table<>("directoryUnitsTable", "directoryUnits",
                        I18n.text("directoryui.tab.units", p.units().size()), p.units(), List.of(
                        ColumnDef.<UnitChange>of("what", I18n.text("directoryui.column.change"), ColumnType.TEXT, 70,
                                DirectoryTexts::unit))));
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
}
