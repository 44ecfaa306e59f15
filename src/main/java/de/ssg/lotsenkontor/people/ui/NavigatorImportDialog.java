package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog.Request;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What the shared preview dialog shows of a navigator list: the fields in the order the mapping
 * offers them and the columns of a checked row. The import button takes the valid rows, or —
 * with "Nur übernehmen, wenn alle Zeilen gültig sind" — all rows and is disabled while any has
 * errors. "Abbrechen" changes nothing.
 */
final class NavigatorImportDialog {

    static final ButtonType APPLY = ImportPreviewDialog.APPLY;
    static final ImportPreviewDialog.Look LOOK = new ImportPreviewDialog.Look(I18n.text("navimportui.title"),
            "navigatorImportPreview", "navImport", 1200, 860);
    /** The fields in the order the mapping shows them: names and place, then contact and status. */
    static final List<NavigatorField> FIELDS = List.of(
            NavigatorField.FIRST_NAME, NavigatorField.LAST_NAME, NavigatorField.FULL_NAME,
            NavigatorField.MUNICIPALITY, NavigatorField.AGS, NavigatorField.FURTHER_MUNICIPALITIES,
            NavigatorField.EMAIL, NavigatorField.PHONE, NavigatorField.DEPARTMENT,
            NavigatorField.STATUS, NavigatorField.SINCE, NavigatorField.UNTIL);

    private NavigatorImportDialog() {
    }

    /** Shows the preview and waits; what to import, or empty when the user cancelled. */
    static Optional<Request<NavigatorField>> ask(Window owner, NavigatorImportViewModel model,
            ImportPreviewDialog.SheetLoader sheets) {
        return ImportPreviewDialog.askRows(owner, LOOK, model, FIELDS, columns(), sheets);
    }

    /** A checked row's values, after its number and check. */
    static List<ColumnDef<NavigatorImportRow>> columns() {
        return List.of(
                ColumnDef.<NavigatorImportRow>of("firstName", I18n.text("people.field.firstName"), ColumnType.TEXT, 12,
                        NavigatorImportRow::firstName),
                ColumnDef.<NavigatorImportRow>of("lastName", I18n.text("people.field.lastName"), ColumnType.TEXT, 12,
                        NavigatorImportRow::lastName),
                ColumnDef.<NavigatorImportRow>of("municipality", I18n.text("people.field.municipality"),
                        ColumnType.TEXT, 24, NavigatorImportRow::municipalityLabel),
                ColumnDef.<NavigatorImportRow>of("ags", I18n.text("navimportui.col.ags"), ColumnType.TEXT, 9,
                        r -> r.municipality() == null ? null : r.municipality().ags()),
                ColumnDef.<NavigatorImportRow>of("department", I18n.text("people.field.department"), ColumnType.TEXT,
                        12, NavigatorImportRow::department),
                ColumnDef.<NavigatorImportRow>of("email", I18n.text("people.field.email"), ColumnType.TEXT, 22,
                        NavigatorImportRow::email),
                ColumnDef.<NavigatorImportRow>of("phone", I18n.text("people.field.phone"), ColumnType.TEXT, 13,
                        NavigatorImportRow::phone),
                ColumnDef.<NavigatorImportRow>of("status", I18n.text("people.field.status"), ColumnType.TEXT, 14,
                        r -> I18n.of("people.status", r.status())),
                ColumnDef.<NavigatorImportRow>of("since", I18n.text("people.field.since"), ColumnType.DATE, 10,
                        NavigatorImportRow::since),
                ColumnDef.<NavigatorImportRow>of("until", I18n.text("people.field.until"), ColumnType.DATE, 10,
                        NavigatorImportRow::until),
                ColumnDef.<NavigatorImportRow>of("further", I18n.text("people.field.furtherMunicipalities"),
                        ColumnType.TEXT, 18, NavigatorImportRow::furtherLabel));
    }
}
