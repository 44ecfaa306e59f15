package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The German texts of a navigator import, the same on screen and on the command line. */
public final class NavigatorImportTexts {

    private NavigatorImportTexts() {
    }

    /** "24 Zeilen gelesen: 22 gültig, 2 mit Fehlern." */
    public static String counts(NavigatorImportPreview p) {
        return I18n.text("navimport.summary.counts", p.read(), p.valid(), p.invalid());
    }

    /** "22 Navigatoren übernommen, 2 Zeilen übersprungen." */
    public static String result(NavigatorImportResult r) {
        return I18n.text("navimport.summary.result", r.imported(), r.skipped());
    }

    /** The first {@code max} problems, each on a new line after a bullet, and how many more there are. */
    public static String problemList(List<RowProblem> problems, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(max, problems.size()); i++) {
            s.append("\n• ").append(problems.get(i).text());
        }
        if (problems.size() > max) {
            s.append('\n').append(I18n.text("navimport.error.more", problems.size() - max));
        }
        return s.toString();
    }

    /** "Zuordnung: Vorname ← Spalte A („Vorname“), …" */
    public static String mapping(NavigatorFile file, ColumnMapping mapping) {
        List<String> items = new ArrayList<>();
        for (Map.Entry<NavigatorField, Integer> e : mapping.asMap().entrySet()) {
            items.add(I18n.text("navimport.summary.mappingItem", e.getKey().label(), file.columnLabel(e.getValue())));
        }
        return I18n.text("navimport.summary.mapping",
                items.isEmpty() ? I18n.text("navimport.summary.mappingNone") : String.join(", ", items));
    }
}
