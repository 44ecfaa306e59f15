package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.importing.ColumnMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.AGS;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.DEPARTMENT;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.EMAIL;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.FIRST_NAME;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.FULL_NAME;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.FURTHER_MUNICIPALITIES;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.LAST_NAME;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.MUNICIPALITY;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.PHONE;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.SINCE;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.STATUS;
import static de.ssg.lotsenkontor.people.navigatorimport.NavigatorField.UNTIL;
import static org.assertj.core.api.Assertions.assertThat;

/** The mapping proposed from the header titles different people write. */
class ColumnMappingTest {

    private static Map<NavigatorField, Integer> propose(String... headers) {
        return NavigatorColumns.propose(List.of(headers)).asMap();
    }

    @Test
    void germanTitlesAsTheFormNamesThem() {
        assertThat(propose("Vorname", "Nachname", "Kommune", "Fachbereich", "E-Mail", "Telefon", "Status", "Tätig seit",
                "Tätig bis", "Weitere Kommunen")).isEqualTo(Map.of(FIRST_NAME, 0, LAST_NAME, 1, MUNICIPALITY, 2,
                DEPARTMENT, 3, EMAIL, 4, PHONE, 5, STATUS, 6, SINCE, 7, UNTIL, 8, FURTHER_MUNICIPALITIES, 9));
    }

    @Test
    void nameAndFirstNameInOneColumnAndShortTitles() {
        assertThat(propose("Name, Vorname", "Gemeinde", "Amt", "Mail", "Tel.", "Beginn"))
                .isEqualTo(Map.of(FULL_NAME, 0, MUNICIPALITY, 1, DEPARTMENT, 2, EMAIL, 3, PHONE, 4, SINCE, 5));
    }

    @Test
    void englishishTitles() {
        assertThat(propose("First Name", "Last Name", "City", "Department", "Email", "Phone", "Status", "Start Date"))
                .isEqualTo(Map.of(FIRST_NAME, 0, LAST_NAME, 1, MUNICIPALITY, 2, DEPARTMENT, 3, EMAIL, 4, PHONE, 5,
                        STATUS, 6, SINCE, 7));
    }

    @Test
    void extraColumnsAreLeftOutAndTheOrderDoesNotMatter() {
        assertThat(propose("Lfd. Nr.", "E-Mail-Adresse", "Landkreis", "Stadt", "Bemerkung", "Vorname", "Abteilung",
                "Nachname", "Gemeindeschlüssel", "Telefon (dienstlich)", "Start"))
                .isEqualTo(Map.of(EMAIL, 1, MUNICIPALITY, 3, FIRST_NAME, 5, DEPARTMENT, 6, LAST_NAME, 7, AGS, 8,
                        PHONE, 9, SINCE, 10));
    }

    @Test
    void aColumnNamedJustNameIsTheLastNameBesideAFirstNameColumnElseTheWholeName() {
        assertThat(propose("Name", "Vorname", "AGS")).isEqualTo(Map.of(LAST_NAME, 0, FIRST_NAME, 1, AGS, 2));
        assertThat(propose("Name", "Kommune")).isEqualTo(Map.of(FULL_NAME, 0, MUNICIPALITY, 1));
    }

    @Test
    void aTitleThatOnlyBeginsWithAKnownOneCountsAfterExactTitles() {
        // "E-Mail (privat)" comes first but the exact "E-Mail" wins
        assertThat(propose("E-Mail (privat)", "E-Mail", "Kommune (Einsatzort)", "Vorname", "Nachname"))
                .isEqualTo(Map.of(EMAIL, 1, MUNICIPALITY, 2, FIRST_NAME, 3, LAST_NAME, 4));
    }

    @Test
    void saysWhatIsMissingAndAColumnServesOneField() {
        ColumnMapping<NavigatorField> m = NavigatorColumns.propose(List.of("Vorname", "Mail", "Ort"));
        assertThat(NavigatorColumns.missing(m)).containsExactly(
                "Name (Spalten „Vorname“ und „Nachname“ oder eine Spalte „Name, Vorname“)");
        assertThat(NavigatorColumns.missing(NavigatorColumns.propose(List.of("Vorname", "Nachname", "Bemerkung"))))
                .containsExactly("Kommune (Spalte „Kommune“ oder „AGS“)");

        ColumnMapping<NavigatorField> changed = m.with(LAST_NAME, 2);
        assertThat(changed.asMap()).isEqualTo(Map.of(FIRST_NAME, 0, EMAIL, 1, LAST_NAME, 2));
        assertThat(NavigatorColumns.missing(changed)).containsExactly("Kommune (Spalte „Kommune“ oder „AGS“)");
        assertThat(changed.with(EMAIL, null).asMap()).isEqualTo(Map.of(FIRST_NAME, 0, LAST_NAME, 2));
        assertThat(changed.fieldOf(2)).isEqualTo(LAST_NAME);
        assertThat(changed.fieldOf(5)).isNull();
    }
}
