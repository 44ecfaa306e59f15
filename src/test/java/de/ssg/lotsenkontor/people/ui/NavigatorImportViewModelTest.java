package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportContext;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview's state without a window: mapping choices, re-checking, counts and the import button. */
class NavigatorImportViewModelTest {

    private static final NavigatorImportContext CONTEXT = new NavigatorImportContext(List.of(
            new MunicipalityOption(1, "14625250", "Kamenz / Kamjenc, Stadt", "14625", "Bautzen", null, null, null),
            new MunicipalityOption(2, "14626110", "Görlitz, Stadt, Hochschulstadt", "14626", "Görlitz", null, null,
                    null)), Map.of(), LocalDate.of(2026, 11, 26));

    private static ImportFile file(String sheet, List<String> headers, String[]... rows) {
        List<SheetRow> out = new ArrayList<>();
        int number = 2;
        for (String[] row : rows) {
            List<SheetCell> cells = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null) {
                    cells.add(new SheetCell(c, SheetCell.Kind.TEXT, row[c]));
                }
            }
            out.add(SheetRow.of(number++, cells));
        }
        return new ImportFile(Path.of("liste.xlsx"), "liste.xlsx", ImportFile.Format.XLSX, sheet,
                List.of("Bautzen", "Görlitz"), null, null, 1, headers, out);
    }

    private static final ImportFile LIST = file("Bautzen", List.of("Vorname", "Nachname", "Ort", "Mail"),
            new String[] {"Frieda", "Fiktiv", "Kamenz", "frieda@kamenz.example"},
            new String[] {"Paul", "Probe", "Görlitz", "paul@"},
            new String[] {"Bruno", "Beispiel", "Görlitz", null});

    @Test
    void proposesTheMappingAndCountsTheRows() {
        NavigatorImportViewModel model = new NavigatorImportViewModel(LIST, CONTEXT);

        assertThat(model.choiceProperty(NavigatorField.FIRST_NAME).get().label()).isEqualTo("Spalte A: Vorname");
        assertThat(model.choiceProperty(NavigatorField.MUNICIPALITY).get().label()).isEqualTo("Spalte C: Ort");
        assertThat(model.choiceProperty(NavigatorField.AGS).get().label()).isEqualTo("— nicht übernehmen —");
        assertThat(model.columnChoices()).extracting(c -> c.label()).containsExactly("— nicht übernehmen —",
                "Spalte A: Vorname", "Spalte B: Nachname", "Spalte C: Ort", "Spalte D: Mail");
        assertThat(model.countsText().get()).isEqualTo("3 Zeilen gelesen: 2 gültig, 1 mit Fehlern.");
        assertThat(model.applyText().get()).isEqualTo("Gültige Zeilen übernehmen (2)");
        assertThat(model.canApplyBinding().get()).isTrue();
        assertThat(model.mode()).isEqualTo(ImportMode.VALID_ROWS);
    }

    @Test
    void changingAChoiceChecksAgainAtOnce() {
        NavigatorImportViewModel model = new NavigatorImportViewModel(LIST, CONTEXT);

        model.choiceProperty(NavigatorField.EMAIL).set(model.columnChoices().get(0)); // not taken
        assertThat(model.countsText().get()).isEqualTo("3 Zeilen gelesen: 3 gültig, 0 mit Fehlern.");
        assertThat(model.mapping().has(NavigatorField.EMAIL)).isFalse();

        model.choiceProperty(NavigatorField.MUNICIPALITY).set(model.columnChoices().get(0));
        assertThat(model.missingText().get()).isEqualTo("Es fehlt eine Spalte für: Kommune (Spalte „Kommune“ oder"
                + " „AGS“). Bitte ordnen Sie oben unter „Spalten zuordnen“ die passende Spalte der Datei zu.");
        assertThat(model.canApplyBinding().get()).isFalse();

        // a column serves one field: the place column given to "Fachbereich" is no longer "Kommune"
        model.choiceProperty(NavigatorField.MUNICIPALITY).set(model.columnChoices().get(3));
        model.choiceProperty(NavigatorField.DEPARTMENT).set(model.columnChoices().get(3));
        assertThat(model.choiceProperty(NavigatorField.MUNICIPALITY).get().label()).isEqualTo("— nicht übernehmen —");
    }

    @Test
    void allOrNothingAndOnlyErrors() {
        NavigatorImportViewModel model = new NavigatorImportViewModel(LIST, CONTEXT);

        model.allOrNothingProperty().set(true);
        assertThat(model.applyText().get()).isEqualTo("Alle Zeilen übernehmen (3)");
        assertThat(model.canApplyBinding().get()).isFalse();
        assertThat(model.hintText().get()).startsWith("Es wird nichts übernommen, solange eine Zeile Fehler hat.");
        assertThat(model.mode()).isEqualTo(ImportMode.ALL_OR_NOTHING);

        model.onlyErrorsProperty().set(true);
        assertThat(model.shownRows()).extracting(NavigatorImportRow::row).containsExactly(3);
        model.onlyErrorsProperty().set(false);
        assertThat(model.shownRows()).hasSize(3);
    }

    @Test
    void anotherSheetBringsItsOwnColumnsAndMapping() {
        NavigatorImportViewModel model = new NavigatorImportViewModel(LIST, CONTEXT);
        model.choiceProperty(NavigatorField.EMAIL).set(model.columnChoices().get(0));

        model.setFile(file("Görlitz", List.of("Name, Vorname", "AGS"), new String[] {"Probe, Petra", "14626110"}));

        assertThat(model.choiceProperty(NavigatorField.FULL_NAME).get().label()).isEqualTo("Spalte A: Name, Vorname");
        assertThat(model.choiceProperty(NavigatorField.AGS).get().label()).isEqualTo("Spalte B: AGS");
        assertThat(model.choiceProperty(NavigatorField.EMAIL).get().label()).isEqualTo("— nicht übernehmen —");
        assertThat(model.countsText().get()).isEqualTo("1 Zeile gelesen: 1 gültig, 0 mit Fehlern.");
        assertThat(model.shownRows().get(0).municipality().name()).isEqualTo("Görlitz, Stadt, Hochschulstadt");
    }
}
