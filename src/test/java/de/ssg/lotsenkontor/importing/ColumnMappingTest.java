package de.ssg.lotsenkontor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The generic mapping: proposed from titles with synonyms, changeable, remembered per source. */
class ColumnMappingTest {

    /** The fields of an imaginary bank statement import. */
    enum BankField implements ImportField {
        DATE("buchungstag", "datum", "buchungsdatum", "valuta"),
        AMOUNT("betrag", "umsatz", "betrag eur"),
        PAYEE("empfanger", "zahlungsempfanger", "auftraggeber empfanger", "name"),
        PURPOSE("verwendungszweck", "buchungstext");

        private final List<String> titles;

        BankField(String... titles) {
            this.titles = List.of(titles);
        }

        @Override
        public String label() {
            return name();
        }

        @Override
        public List<String> titles() {
            return titles;
        }
    }

    private static final List<String> HEADERS = List.of("Buchungstag", "Valuta", "Auftraggeber/Empfänger",
            "Verwendungszweck", "Betrag (EUR)", "Saldo");

    @Test
    void proposesFromTitlesExactBeforePrefixAndEachColumnOnce() {
        ColumnMapping<BankField> m = ColumnMapping.propose(BankField.class, HEADERS);
        assertThat(m.asMap()).isEqualTo(Map.of(BankField.DATE, 0, BankField.PAYEE, 2, BankField.PURPOSE, 3,
                BankField.AMOUNT, 4));
        assertThat(ColumnMapping.recognizes(BankField.class, "Betrag (EUR)")).isTrue();
        assertThat(ColumnMapping.recognizes(BankField.class, "Saldo")).isFalse();

        ColumnMapping<BankField> changed = m.with(BankField.DATE, 1);
        assertThat(changed.column(BankField.DATE)).isEqualTo(1);
        assertThat(changed.with(BankField.PAYEE, 1).has(BankField.DATE)).isFalse(); // a column serves one field
        assertThat(changed.with(BankField.PURPOSE, null).has(BankField.PURPOSE)).isFalse();
    }

    @Test
    void aMappingRememberedPerSourceIsFoundAgainByTitleInAnotherColumnOrder() throws Exception {
        Preferences node = Preferences.userRoot().node("lotsenkontor-test/mapping-" + System.nanoTime());
        try {
            MappingStore store = new PreferencesMappingStore(node);
            ColumnMapping<BankField> chosen = ColumnMapping.propose(BankField.class, HEADERS)
                    .with(BankField.DATE, 1) // the user takes "Valuta" as the date
                    .with(BankField.PAYEE, null);
            store.save("Sparkasse Bautzen", chosen.titles(HEADERS));
            assertThat(store.load("Volksbank")).isEmpty();

            // the next statement of the same bank has its columns in another order
            List<String> next = List.of("Saldo", "Betrag (EUR)", "Verwendungszweck", "Valuta", "Buchungstag",
                    "Auftraggeber/Empfänger");
            Map<String, String> kept = store.load("Sparkasse Bautzen").orElseThrow();
            ColumnMapping<BankField> again = ColumnMapping.remembered(ColumnMapping.propose(BankField.class, next), next,
                    kept);
            assertThat(again.asMap()).isEqualTo(Map.of(BankField.DATE, 3, BankField.AMOUNT, 1, BankField.PURPOSE, 2));
        } finally {
            node.removeNode();
        }
    }

    @Test
    void sourcesWithAnyNameFitThePreferences() {
        assertThat(PreferencesMappingStore.nodeName("DATEV")).isEqualTo("DATEV");
        String odd = PreferencesMappingStore.nodeName("Sparkasse Oberlausitz/Niederschlesien – Girokonto 1234567890");
        assertThat(odd).doesNotContain("/").hasSizeLessThan(Preferences.MAX_NAME_LENGTH);
        assertThat(MappingStore.NONE.load("x")).isEmpty();
    }
}
