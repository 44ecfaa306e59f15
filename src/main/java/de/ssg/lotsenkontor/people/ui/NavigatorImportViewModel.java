package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorColumns;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportCheck;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportContext;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import de.ssg.lotsenkontor.ui.ImportPreviewModel;

/**
 * State of the navigator import preview: the shared preview model with the navigator's fields,
 * its proposal from the header and its check against the database state read when the file was
 * opened; the service checks again when applying.
 */
public class NavigatorImportViewModel extends ImportPreviewModel<NavigatorField, NavigatorImportRow> {

    public NavigatorImportViewModel(ImportFile file, NavigatorImportContext context) {
        super(file, NavigatorField.class, f -> NavigatorColumns.propose(f.headers()),
                (f, mapping) -> NavigatorImportCheck.check(f, mapping, context));
    }
}
