package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.importing.ImportResult;

/** The German texts of a navigator import that are its own; the shared ones are in {@code importing.ImportTexts}. */
public final class NavigatorImportTexts {

    private NavigatorImportTexts() {
    }

    /** "22 Navigatoren übernommen, 2 Zeilen übersprungen." */
    public static String result(ImportResult<?, ?> r) {
        return I18n.text("navimport.summary.result", r.imported(), r.skipped());
    }
}
