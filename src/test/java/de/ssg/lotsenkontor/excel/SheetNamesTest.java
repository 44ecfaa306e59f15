package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void replacesCharactersExcelRefuses() {
        assertThat(SheetNames.sanitize("Kosten: 2023/2024 [brutto]?*\\x", "T")).isEqualTo("Kosten 2023-2024 (brutto)-x");
        assertThat(SheetNames.sanitize("a\tb\nc", "T")).isEqualTo("a b c");
    }

    @Test
    void cutsToThirtyOneCharactersAndStripsApostrophesAtTheEnds() {
        assertThat(SheetNames.sanitize("x".repeat(40), "T")).hasSize(31);
        assertThat(SheetNames.sanitize("'Zahlen'", "T")).isEqualTo("Zahlen");
        assertThat(SheetNames.sanitize("Lotsen' Termine", "T")).isEqualTo("Lotsen' Termine");
        assertThat(SheetNames.sanitize("  ", "Tabelle")).isEqualTo("Tabelle");
        assertThat(SheetNames.sanitize(null, "Tabelle")).isEqualTo("Tabelle");
        assertThat(SheetNames.sanitize("history", "T")).isEqualTo("history (1)");
    }

    @Test
    void makesNamesUniqueWithoutRegardToCase() {
        SheetNames names = new SheetNames("Tabelle");
        assertThat(names.unique("Kommunen")).isEqualTo("Kommunen");
        assertThat(names.unique("KOMMUNEN")).isEqualTo("KOMMUNEN (2)");
        assertThat(names.unique("Kommunen")).isEqualTo("Kommunen (3)");
        String longName = "Ausgaben nach Kategorie und Jahr 2023";
        assertThat(names.unique(longName)).isEqualTo("Ausgaben nach Kategorie und Jah");
        assertThat(names.unique(longName)).isEqualTo("Ausgaben nach Kategorie und (2)").hasSizeLessThanOrEqualTo(31);
        assertThat(names.unique("")).isEqualTo("Tabelle");
        assertThat(names.unique("?")).isEqualTo("Tabelle (2)");
    }
}
