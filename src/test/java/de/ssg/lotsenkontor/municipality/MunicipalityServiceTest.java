package de.ssg.lotsenkontor.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private Database db;
    private MunicipalityService service;
    private MunicipalityQueries queries;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        service = new MunicipalityService(db, Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN));
        queries = new MunicipalityQueries(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsAllMunicipalitiesWithDistrictAndAssociation() {
        var rows = queries.list();
        assertThat(rows).hasSize(418);
        MunicipalityRow altenberg = rows.stream().filter(r -> r.name().startsWith("Altenberg")).findFirst().orElseThrow();
        assertThat(altenberg.districtName()).isEqualTo("Sächsische Schweiz-Osterzgebirge");
        assertThat(altenberg.associationName()).isNotBlank();
        assertThat(altenberg.status()).isEqualTo(ParticipationStatus.NICHT_BETEILIGT);
        assertThat(queries.districts()).hasSize(13);
    }

    @Test
    void aStatusChangeIsDatedKeptInTheHistoryAndSurvivesReopening() {
        long id = idOf("14521010");
        MunicipalityDetails after = service.save(new MunicipalityChange(id, queries.details(id).version(),
                ParticipationStatus.INTERESSIERT, LocalDate.of(2026, 3, 1), "Erstgespräch mit dem Bürgermeister"));
        service.save(new MunicipalityChange(id, after.version(), ParticipationStatus.AKTIV, LocalDate.of(2026, 6, 15),
                null));

        db.close();
        db = TestDatabases.open(folder);
        service = new MunicipalityService(db, Clock.systemDefaultZone());
        queries = new MunicipalityQueries(db);
        MunicipalityDetails reread = queries.details(id);
        assertThat(reread.status()).isEqualTo(ParticipationStatus.AKTIV);
        assertThat(reread.statusSince()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(reread.history()).extracting(ParticipationEntry::status)
                .containsExactly(ParticipationStatus.INTERESSIERT, ParticipationStatus.AKTIV);
        assertThat(reread.history().get(0).note()).isEqualTo("Erstgespräch mit dem Bürgermeister");
        assertThat(queries.row(id).status()).isEqualTo(ParticipationStatus.AKTIV);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamedAndNothingIsWritten() {
        long id = idOf("14521010");
        MunicipalityDetails d = queries.details(id);
        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, d.version(), ParticipationStatus.AKTIV,
                TODAY.plusDays(1), "x".repeat(1001))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Gültig ab: darf nicht in der Zukunft liegen")
                .hasMessageContaining("Notiz: ist zu lang (höchstens 1.000 Zeichen)");
        MunicipalityDetails unchanged = queries.details(id);
        assertThat(unchanged.status()).isEqualTo(ParticipationStatus.NICHT_BETEILIGT);
        assertThat(unchanged.history()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(d.version());
    }

    @Test
    void aNewStatusMayNotBeDatedBeforeTheLastChange() {
        long id = idOf("14521010");
        MunicipalityDetails d = service.save(new MunicipalityChange(id, queries.details(id).version(),
                ParticipationStatus.AKTIV, LocalDate.of(2026, 5, 1), null));
        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, d.version(), ParticipationStatus.PAUSIERT,
                LocalDate.of(2026, 4, 1), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("01.05.2026");
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsReportedNotOverwritten() {
        long id = idOf("14521010");
        MunicipalityDetails mine = queries.details(id);
        MunicipalityDetails theirs = queries.details(id);
        service.save(new MunicipalityChange(id, theirs.version(), ParticipationStatus.INTERESSIERT,
                LocalDate.of(2026, 2, 1), "von Kollegin"));

        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, mine.version(), ParticipationStatus.AKTIV,
                LocalDate.of(2026, 3, 1), "von mir")))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Amtsberg")
                .hasMessageContaining("nicht gespeichert");
        MunicipalityDetails now = queries.details(id);
        assertThat(now.status()).isEqualTo(ParticipationStatus.INTERESSIERT);
        assertThat(now.history()).hasSize(1);
    }

    @Test
    void severalContactPersonsWithOnePrimary() {
        long id = idOf("14521010");
        MunicipalityDetails d = service.saveContact(new ContactChange(id, null, 0,
                new ContactData("Erika Beispiel", "Hauptamt", "erika.beispiel@amtsberg.example", "03725 555-100"),
                true));
        d = service.saveContact(new ContactChange(id, null, 0,
                new ContactData(" Otto Muster ", "Bürgermeister", null, null), true));
        assertThat(d.contacts()).hasSize(2);
        assertThat(d.contacts().get(0).data().name()).as("primary first, trimmed").isEqualTo("Otto Muster");
        assertThat(d.contacts().stream().filter(ContactRow::primary)).hasSize(1);

        ContactRow erika = d.contacts().get(1);
        d = service.saveContact(new ContactChange(id, erika.id(), erika.version(),
                new ContactData("Erika Beispiel", "Digitalisierung", erika.data().email(), null), false));
        assertThat(d.contacts().get(1).data().role()).isEqualTo("Digitalisierung");

        ContactRow stale = erika;
        assertThatThrownBy(() -> service.saveContact(new ContactChange(id, stale.id(), stale.version(),
                new ContactData("Erika B.", null, null, null), false)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Erika Beispiel");

        ContactRow current = d.contacts().get(1);
        d = service.removeContact(id, current.id(), current.version());
        assertThat(d.contacts()).extracting(c -> c.data().name()).containsExactly("Otto Muster");
    }

    @Test
    void aContactNeedsANameAndAValidAddress() {
        long id = idOf("14521010");
        assertThatThrownBy(() -> service.saveContact(new ContactChange(id, null, 0,
                new ContactData(" ", null, "kaputt", "ruf an"), false)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Ansprechperson: ist ein Pflichtfeld")
                .hasMessageContaining("E-Mail: ist keine gültige E-Mail-Adresse")
                .hasMessageContaining("Telefon: ist keine gültige Telefonnummer");
        assertThat(queries.details(id).contacts()).isEmpty();
    }

    @Test
    void detailsShowTheAssociationAndItsOtherMembers() {
        MunicipalityDetails altenberg = queries.details(idOf("14628010"));
        assertThat(altenberg.associationName()).isNotBlank();
        assertThat(altenberg.associationType()).isNotNull();
        assertThat(altenberg.associationMembers()).isNotEmpty()
                .noneMatch(m -> m.name().startsWith("Altenberg"));
        MunicipalityDetails amtsberg = queries.details(idOf("14521010"));
        assertThat(amtsberg.associationName()).isNull();
        assertThat(amtsberg.associationMembers()).isEmpty();
    }

    @Test
    void districtSummaryCountsParticipation() {
        long id = idOf("14521010");
        service.save(new MunicipalityChange(id, queries.details(id).version(), ParticipationStatus.AKTIV,
                LocalDate.of(2026, 1, 1), null));
        var summary = queries.districtSummary();
        assertThat(summary).hasSize(13);
        assertThat(summary.stream().mapToInt(DistrictSummaryRow::municipalities).sum()).isEqualTo(418);
        DistrictSummaryRow erz = summary.stream().filter(r -> r.key().equals("14521")).findFirst().orElseThrow();
        assertThat(erz.municipalities()).isEqualTo(59);
        assertThat(erz.participating()).isEqualTo(1);
        assertThat(erz.participatingShare()).isEqualTo(1.0 / 59);
        assertThat(erz.participatingPopulation()).isEqualTo(3600);
    }

    private long idOf(String ags) {
        return queries.list().stream().filter(r -> r.ags().equals(ags)).findFirst().orElseThrow().id();
    }
}
