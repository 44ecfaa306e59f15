package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The German texts every import shows the same way, on screen and on the command line. */
public final class ImportTexts {

    private ImportTexts() {
    }

    /** "24 Zeilen gelesen: 22 gültig, 2 mit Fehlern." */
    public static String counts(ImportPreview<?, ?> p) {
        return I18n.text("importing.summary.counts", p.read(), p.valid(), p.invalid());
    }

    /** The first {@code max} problems, each on a new line after a bullet, and how many more there are. */
    public static String problemList(List<RowProblem> problems, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(max, problems.size()); i++) {
            s.append("\n• ").append(problems.get(i).text());
        }
        if (problems.size() > max) {
            s.append('\n').append(I18n.text("importing.error.more", problems.size() - max));
        }
        return s.toString();
    }

    /** "Zuordnung: Vorname ← Spalte A („Vorname“), …" */
    public static <F extends Enum<F> & ImportField> String mapping(ImportFile file, ColumnMapping<F> mapping) {
        List<String> items = new ArrayList<>();
        for (Map.Entry<F, Integer> e : mapping.asMap().entrySet()) {
            items.add(I18n.text("importing.summary.mappingItem", e.getKey().label(), file.columnLabel(e.getValue())));
        }
        return I18n.text("importing.summary.mapping",
                items.isEmpty() ? I18n.text("importing.summary.mappingNone") : String.join(", ", items));
    }

    /** "„Frieda“ und „Fiktiv“": phrases joined with the German "und". */
    public static String and(List<String> phrases) {
        return String.join(I18n.text("importing.and"), phrases);
    }
}
