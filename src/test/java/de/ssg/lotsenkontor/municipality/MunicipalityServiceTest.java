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

    @TempDir
    Path folder;

    private Database db;
    private MunicipalityService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        service = new MunicipalityService(db, Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                ZoneId.of("Europe/Berlin")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsAllMunicipalitiesWithDistrictAndAssociation() {
        var rows = service.list();
        assertThat(rows).hasSize(418);
        MunicipalityRow altenberg = rows.stream().filter(r -> r.name().startsWith("Altenberg")).findFirst().orElseThrow();
        assertThat(altenberg.districtName()).isEqualTo("Sächsische Schweiz-Osterzgebirge");
        assertThat(altenberg.associationName()).isNotBlank();
        assertThat(altenberg.status()).isEqualTo(ParticipationStatus.NICHT_BETEILIGT);
        assertThat(service.districts()).hasSize(13);
    }

    @Test
    void aStatusChangeIsDatedKeptInTheHistoryAndSurvivesReopening() {
        long id = idOf("14521010");
        MunicipalityDetails before = service.details(id);
        MunicipalityDetails after = service.save(new MunicipalityChange(id, before.version(),
                ParticipationStatus.INTERESSIERT, LocalDate.of(2026, 3, 1), "Erstgespräch mit dem Bürgermeister",
                new ContactData("Erika Beispiel", "Hauptamt", "erika.beispiel@amtsberg.example", "03725 555-100")));
        service.save(new MunicipalityChange(id, after.version(), ParticipationStatus.AKTIV, LocalDate.of(2026, 6, 15),
                null, after.primaryContact()));

        db.close();
        db = TestDatabases.open(folder);
        service = new MunicipalityService(db, Clock.systemDefaultZone());
        MunicipalityDetails reread = service.details(id);
        assertThat(reread.status()).isEqualTo(ParticipationStatus.AKTIV);
        assertThat(reread.statusSince()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(reread.history()).extracting(ParticipationEntry::status)
                .containsExactly(ParticipationStatus.INTERESSIERT, ParticipationStatus.AKTIV);
        assertThat(reread.history().get(0).note()).isEqualTo("Erstgespräch mit dem Bürgermeister");
        assertThat(reread.primaryContact().email()).isEqualTo("erika.beispiel@amtsberg.example");
        assertThat(service.row(id).status()).isEqualTo(ParticipationStatus.AKTIV);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamedAndNothingIsWritten() {
        long id = idOf("14521010");
        MunicipalityDetails d = service.details(id);
        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, d.version(), ParticipationStatus.AKTIV,
                TODAY.plusDays(1), null, new ContactData(null, null, "keine-adresse", null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Gültig ab: darf nicht in der Zukunft liegen")
                .hasMessageContaining("E-Mail: ist keine gültige E-Mail-Adresse")
                .hasMessageContaining("Ansprechperson: fehlt");
        MunicipalityDetails unchanged = service.details(id);
        assertThat(unchanged.status()).isEqualTo(ParticipationStatus.NICHT_BETEILIGT);
        assertThat(unchanged.history()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(d.version());
    }

    @Test
    void aNewStatusMayNotBeDatedBeforeTheLastChange() {
        long id = idOf("14521010");
        MunicipalityDetails d = service.save(new MunicipalityChange(id, service.details(id).version(),
                ParticipationStatus.AKTIV, LocalDate.of(2026, 5, 1), null, ContactData.EMPTY));
        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, d.version(), ParticipationStatus.PAUSIERT,
                LocalDate.of(2026, 4, 1), null, ContactData.EMPTY)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("01.05.2026");
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsReportedNotOverwritten() {
        long id = idOf("14521010");
        MunicipalityDetails mine = service.details(id);
        MunicipalityDetails theirs = service.details(id);
        service.save(new MunicipalityChange(id, theirs.version(), ParticipationStatus.INTERESSIERT,
                LocalDate.of(2026, 2, 1), "von Kollegin", new ContactData("Kollegin", null, null, null)));

        assertThatThrownBy(() -> service.save(new MunicipalityChange(id, mine.version(), ParticipationStatus.AKTIV,
                LocalDate.of(2026, 3, 1), "von mir", new ContactData("Ich", null, null, null))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Amtsberg")
                .hasMessageContaining("nicht gespeichert");
        MunicipalityDetails now = service.details(id);
        assertThat(now.status()).isEqualTo(ParticipationStatus.INTERESSIERT);
        assertThat(now.primaryContact().name()).isEqualTo("Kollegin");
    }

    @Test
    void clearingTheContactRemovesIt() {
        long id = idOf("14521010");
        MunicipalityDetails d = service.save(new MunicipalityChange(id, service.details(id).version(),
                ParticipationStatus.NICHT_BETEILIGT, null, null, new ContactData("A. Beispiel", null, null, null)));
        assertThat(d.primaryContact().name()).isEqualTo("A. Beispiel");
        MunicipalityDetails cleared = service.save(new MunicipalityChange(id, d.version(),
                ParticipationStatus.NICHT_BETEILIGT, null, null, new ContactData(" ", "", null, null)));
        assertThat(cleared.primaryContact().isEmpty()).isTrue();
        assertThat(cleared.history()).as("no status change, no history entry").isEmpty();
    }

    private long idOf(String ags) {
        return service.list().stream().filter(r -> r.ags().equals(ags)).findFirst().orElseThrow().id();
    }
}
