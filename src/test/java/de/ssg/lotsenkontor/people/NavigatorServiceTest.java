package de.ssg.lotsenkontor.people;

import static de.ssg.lotsenkontor.people.PeopleFixture.edit;
import static de.ssg.lotsenkontor.people.PeopleFixture.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.coaching.CoachingSession;
import de.ssg.lotsenkontor.coaching.SessionFormat;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NavigatorServiceTest {

    private static final String AMTSBERG = "14521010";      // no association
    private static final String BAERENSTEIN = "14521060";   // VG Bärenstein-Königswalde
    private static final String KOENIGSWALDE = "14521340";  // VG Bärenstein-Königswalde
    private static final String ZWOENITZ = "14521710";      // VG Zwönitz

    @TempDir
    Path folder;

    private PeopleFixture f;

    @BeforeEach
    void open() {
        f = new PeopleFixture(folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createsANavigatorWhoAlsoServesAMunicipalityOfTheSameAssociation() {
        NavigatorDetails created = f.navigators.save(new NavigatorChange(null, 0, " Nora ", "Beispiel",
                f.municipality(BAERENSTEIN), List.of(f.municipality(KOENIGSWALDE)), "Hauptamt",
                "nora.beispiel@baerenstein.example", "037347 123-45", NavigatorStatus.IN_QUALIFIZIERUNG,
                LocalDate.of(2025, 3, 1), null));

        NavigatorDetails read = f.navigatorQueries.details(created.id());
        assertThat(read.fullName()).isEqualTo("Nora Beispiel");
        assertThat(read.municipality().name()).isEqualTo("Bärenstein");
        assertThat(read.furtherMunicipalities()).extracting(MunicipalityOption::name).containsExactly("Königswalde");
        assertThat(read.status()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);
        assertThat(read.currentAssignment()).isNull();
        NavigatorRow row = f.navigatorQueries.row(created.id());
        assertThat(row.districtName()).isEqualTo("Erzgebirgskreis");
        assertThat(row.associationName()).isEqualTo("Bärenstein-Königswalde");
        assertThat(row.furtherMunicipalityNames()).isEqualTo("Königswalde");
        assertThat(row.serves(f.municipality(KOENIGSWALDE))).isTrue();
        assertThat(row.department()).isEqualTo("Hauptamt");
    }

    @Test
    void aFurtherMunicipalityOutsideTheAssociationIsRefused() {
        assertThatThrownBy(() -> f.navigators.save(f.newNavigator("Nora", "Beispiel", BAERENSTEIN, KOENIGSWALDE,
                ZWOENITZ)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Weitere Kommunen: Zwönitz, Stadt gehört nicht zu „Bärenstein-Königswalde“; weitere"
                        + " Kommunen müssen zur selben Verwaltungsgemeinschaft gehören wie die Kommune");
        assertThatThrownBy(() -> f.navigators.save(f.newNavigator("Nora", "Beispiel", AMTSBERG, KOENIGSWALDE)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Weitere Kommunen: nicht möglich, weil Amtsberg keiner Verwaltungsgemeinschaft und"
                        + " keinem Verwaltungsverband angehört");
        assertThat(f.count("navigator")).isZero();
        assertThat(f.count("navigator_municipality")).isZero();
    }

    @Test
    void everyBrokenRuleIsRefusedWithTheFieldNamedAndNothingIsWritten() {
        assertThatThrownBy(() -> f.navigators.save(new NavigatorChange(null, 0, "", " ", null, List.of(), null,
                "nora@", "12", null, null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(messages(e)).containsExactly(
                        "Vorname: ist ein Pflichtfeld",
                        "Nachname: ist ein Pflichtfeld",
                        "Kommune: ist ein Pflichtfeld",
                        "E-Mail: ist keine gültige E-Mail-Adresse",
                        "Telefon: ist keine gültige Telefonnummer (erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern)",
                        "Status: ist ein Pflichtfeld",
                        "Tätig seit: ist ein Pflichtfeld"));
        NavigatorChange base = f.newNavigator("Nora", "Beispiel", AMTSBERG);
        assertThatThrownBy(() -> f.navigators.save(withStatus(base, NavigatorStatus.INAKTIV, LocalDate.of(2025, 2, 1))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Tätig bis: darf nicht vor 01.03.2025 liegen");
        assertThatThrownBy(() -> f.navigators.save(withStatus(base, NavigatorStatus.INAKTIV, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Tätig bis: muss angegeben werden, wenn der Status „inaktiv“ ist");
        assertThatThrownBy(() -> f.navigators.save(withStatus(base, NavigatorStatus.AKTIV, LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Status: muss „inaktiv“ sein, wenn „Tätig bis“ ausgefüllt ist (oder „Tätig bis“ leeren)");
        assertThatThrownBy(() -> f.navigators.save(new NavigatorChange(null, 0, "Nora", "Beispiel", 999_999L,
                List.of(), null, null, null, NavigatorStatus.AKTIV, LocalDate.of(2025, 1, 1), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Kommune: ist keine bekannte Kommune");
        assertThat(f.count("navigator")).isZero();
    }

    @Test
    void aSecondNavigatorOfTheSameNameInTheSameMunicipalityIsRefusedNamingTheFirst() {
        f.createNavigator("Nora", "Beispiel", AMTSBERG);

        assertThatThrownBy(() -> f.navigators.save(f.newNavigator(" nora", "BEISPIEL ", AMTSBERG)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Name: In Amtsberg ist bereits „Nora Beispiel“ als Digital-Navigator erfasst (aktiv, seit"
                        + " 01.03.2025). Bitte den vorhandenen Eintrag bearbeiten.");
        // the same name elsewhere is someone else
        f.createNavigator("Nora", "Beispiel", ZWOENITZ);
        // and renaming into a duplicate is refused too
        NavigatorDetails otto = f.createNavigator("Otto", "Muster", AMTSBERG);
        NavigatorChange rename = edit(otto);
        assertThatThrownBy(() -> f.navigators.save(new NavigatorChange(rename.id(), rename.expectedVersion(), "Nora",
                "Beispiel", rename.municipalityId(), List.of(), null, null, null, NavigatorStatus.AKTIV,
                rename.since(), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("„Nora Beispiel“");
        assertThat(f.count("navigator")).isEqualTo(3);
    }

    @Test
    void editsANavigatorAndMovesTheVersionOn() {
        NavigatorDetails nora = f.createNavigator("Nora", "Beispiel", BAERENSTEIN);
        NavigatorChange e = edit(nora);
        NavigatorDetails saved = f.navigators.save(new NavigatorChange(e.id(), e.expectedVersion(), "Nora",
                "Beispiel", e.municipalityId(), List.of(f.municipality(KOENIGSWALDE)), "Ordnungsamt",
                "nora@baerenstein.example", null, NavigatorStatus.AKTIV, e.since(), null));
        assertThat(saved.version()).isGreaterThan(nora.version());
        assertThat(saved.department()).isEqualTo("Ordnungsamt");
        assertThat(saved.furtherMunicipalities()).extracting(MunicipalityOption::name).containsExactly("Königswalde");
        // moving to another association takes the further municipality along only if it fits
        assertThatThrownBy(() -> f.navigators.save(new NavigatorChange(e.id(), saved.version(), "Nora", "Beispiel",
                f.municipality(ZWOENITZ), List.of(f.municipality(KOENIGSWALDE)), null, null, null,
                NavigatorStatus.AKTIV, e.since(), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Weitere Kommunen: Königswalde gehört nicht zu „Zwönitz“");
    }

    @Test
    void deactivationKeepsTheNavigatorAndEndsTheCoaching() {
        long anna = f.createCoach("Anna", "Lotsenfeld", 30).id();
        NavigatorDetails nora = f.createNavigator("Nora", "Beispiel", AMTSBERG);
        f.coaching.assign(anna, nora.id(), LocalDate.of(2025, 4, 1), null);
        NavigatorDetails before = f.navigatorQueries.details(nora.id());
        assertThat(before.currentAssignment().coachName()).isEqualTo("Anna Lotsenfeld");
        assertThat(f.navigatorQueries.row(nora.id()).coachName()).isEqualTo("Anna Lotsenfeld");

        NavigatorDetails after = f.navigators.deactivate(nora.id(), before.version(), LocalDate.of(2026, 10, 31));

        assertThat(after.status()).isEqualTo(NavigatorStatus.INAKTIV);
        assertThat(after.until()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(after.currentAssignment()).isNull();
        assertThat(after.assignments()).singleElement()
                .satisfies(p -> assertThat(p.until()).isEqualTo(LocalDate.of(2026, 10, 31)));
        NavigatorRow row = f.navigatorQueries.row(nora.id());
        assertThat(row.status()).isEqualTo(NavigatorStatus.INAKTIV);
        assertThat(row.coachName()).isNull();
        assertThat(f.coachQueries.row(anna).currentNavigators()).isZero();
        assertThat(f.navigatorQueries.list()).hasSize(1);
    }

    @Test
    void deactivationBeforeTheStartIsRefused() {
        NavigatorDetails nora = f.createNavigator("Nora", "Beispiel", AMTSBERG);
        assertThatThrownBy(() -> f.navigators.deactivate(nora.id(), nora.version(), LocalDate.of(2025, 2, 28)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Tätig bis: darf nicht vor 01.03.2025 liegen");
        assertThat(f.navigatorQueries.details(nora.id()).status()).isEqualTo(NavigatorStatus.AKTIV);
    }

    @Test
    void anAssignmentThatStartsAfterTheLastDayBlocksDeactivationWithAClearMessage() {
        long anna = f.createCoach("Anna", "Lotsenfeld", 30).id();
        NavigatorDetails nora = f.createNavigator("Nora", "Beispiel", AMTSBERG);
        f.coaching.assign(anna, nora.id(), LocalDate.of(2027, 1, 1), null);
        assertThatThrownBy(() -> f.navigators.deactivate(nora.id(), nora.version(), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Die Betreuung von Nora Beispiel durch Anna Lotsenfeld beginnt erst am 01.01.2027 und kann"
                        + " daher nicht zum 31.12.2026 beendet werden. Bitte ändern Sie zuerst diese Betreuung im"
                        + " Bereich „Betreuung“.");
        assertThat(f.navigatorQueries.details(nora.id()).status()).isEqualTo(NavigatorStatus.AKTIV);
    }

    @Test
    void aNavigatorWithoutHistoryMayBeDeletedOneWithHistoryNever() {
        NavigatorDetails typo = f.navigators.save(f.newNavigator("Nroa", "Beispiel", BAERENSTEIN, KOENIGSWALDE));
        f.navigators.delete(typo.id(), typo.version());
        assertThat(f.count("navigator")).isZero();
        assertThat(f.count("navigator_municipality")).isZero();

        long anna = f.createCoach("Anna", "Lotsenfeld", 30).id();
        NavigatorDetails nora = f.createNavigator("Nora", "Beispiel", AMTSBERG);
        f.coaching.assign(anna, nora.id(), LocalDate.of(2025, 4, 1), null);
        f.db.inTransactionDo(s -> s.persist(new CoachingSession(s.find(Coach.class, anna),
                java.util.List.of(s.find(Navigator.class, nora.id())), s.find(Municipality.class, nora.municipality().id()),
                LocalDate.of(2025, 5, 1), new BigDecimal("1.50"), SessionFormat.ONLINE, "Onlinezugangsgesetz")));

        assertThatThrownBy(() -> f.navigators.delete(nora.id(), nora.version()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Nora Beispiel kann nicht gelöscht werden, weil es schon Einträge gibt (1 Betreuung,"
                        + " 1 Coaching-Termin). Deaktivieren Sie den Navigator stattdessen.");
        assertThat(f.count("navigator")).isEqualTo(1);
    }

    @Test
    void aConcurrentChangeIsReportedNotOverwritten() {
        NavigatorDetails read = f.createNavigator("Nora", "Beispiel", AMTSBERG);
        NavigatorChange mine = edit(read);
        f.navigators.save(new NavigatorChange(mine.id(), mine.expectedVersion(), "Nora", "Beispiel",
                mine.municipalityId(), List.of(), "Bürgeramt", null, null, NavigatorStatus.AKTIV, mine.since(), null));

        assertThatThrownBy(() -> f.navigators.save(new NavigatorChange(mine.id(), mine.expectedVersion(), "Nora",
                "Beispiel", mine.municipalityId(), List.of(), "Hauptamt", null, null, NavigatorStatus.AKTIV,
                mine.since(), null)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Der Digital-Navigator Nora Beispiel wurde inzwischen von jemand anderem"
                        + " geändert.");
        assertThatThrownBy(() -> f.navigators.deactivate(read.id(), read.version(), PeopleFixture.TODAY))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.navigatorQueries.details(read.id()).department()).isEqualTo("Bürgeramt");
    }

    @Test
    void theTableShowsTheCurrentCoachAndTheChoicesOfFiltersAndForm() {
        long anna = f.createCoach("Anna", "Lotsenfeld", 30).id();
        long nora = f.createNavigator("Nora", "Beispiel", AMTSBERG).id();
        f.createNavigator("Ömer", "Aydın", ZWOENITZ);
        f.createNavigator("Otto", "Zander", BAERENSTEIN);
        f.createNavigator("Ulla", "Özdemir", KOENIGSWALDE);
        f.coaching.assign(anna, nora, LocalDate.of(2025, 4, 1), null);

        NavigatorTable table = f.navigatorQueries.table();
        // German order: Ö sorts with O, not after Z
        assertThat(table.rows()).extracting(NavigatorRow::lastName)
                .containsExactly("Aydın", "Beispiel", "Özdemir", "Zander");
        assertThat(table.rows().get(1).coachName()).isEqualTo("Anna Lotsenfeld");
        assertThat(table.rows().get(0).coachName()).isNull();
        assertThat(table.districts()).hasSize(13);
        assertThat(table.municipalities()).hasSize(418);
        assertThat(table.coaches()).extracting(CoachOption::currentNavigators).containsExactly(1);
    }

    private static NavigatorChange withStatus(NavigatorChange c, NavigatorStatus status, LocalDate until) {
        return new NavigatorChange(c.id(), c.expectedVersion(), c.firstName(), c.lastName(), c.municipalityId(),
                c.furtherMunicipalityIds(), c.department(), c.email(), c.phone(), status, c.since(), until);
    }
}
