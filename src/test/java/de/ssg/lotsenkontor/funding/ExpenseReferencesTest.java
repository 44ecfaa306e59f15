package de.ssg.lotsenkontor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.events.EventChange;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a coach or an event never changes funding's tables: a receipt linked to either
 * refuses the deletion (through the ports people and events declare), and the link stays.
 */
class ExpenseReferencesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path folder;

    @Test
    void aCoachOrEventWithALinkedReceiptIsNotDeletedAndTheReceiptKeepsItsLinks() {
        try (FundingFixture f = new FundingFixture(folder, TODAY)) {
            ReferenceData.loadIfEmpty(f.db);
            MunicipalityQueries municipalities = new MunicipalityQueries(f.db);
            CoachQueries coachQueries = new CoachQueries(f.db, municipalities, f.clock);
            NavigatorQueries navigatorQueries = new NavigatorQueries(f.db, municipalities, coachQueries, f.clock);
            ExpenseReferences references = new ExpenseReferences();
            CoachService coaches = new CoachService(f.db, coachQueries, PersonDeactivationListener.NONE, references);
            EventService events = new EventService(f.db, new EventQueries(f.db), navigatorQueries,
                    new NavigatorService(f.db, navigatorQueries, PersonDeactivationListener.NONE), references,
                    f.clock);
            CoachDetails anna = coaches.save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 20,
                    LocalDate.of(2024, 1, 1), null, Set.of()));
            CoachDetails bernd = coaches.save(new CoachChange(null, 0, "Bernd", "Ohnebeleg", null, null, 20,
                    LocalDate.of(2024, 1, 1), null, Set.of()));
            long event = events.save(new EventChange(null, 0, EventType.WORKSHOP, "Workshop Dresden", null,
                    TODAY.minusDays(10), null, null, null, "Dresden", false, null, List.of(), null, null)).id();
            long spare = events.save(new EventChange(null, 0, EventType.WORKSHOP, "Workshop ohne Beleg", null,
                    TODAY.minusDays(9), null, null, null, "Leipzig", false, null, List.of(), null, null)).id();
            ContractRow c = f.contract("SMWA-1", 2025, 2026, "1100000.00");
            ExpenseRow receipt = f.service.saveExpense(new ExpenseInput(null, 0, c.id(), "R-1", TODAY.minusDays(5),
                    "Bahn", "Fahrt zum Workshop", f.category("REISE"), new BigDecimal("49.00"), null, anna.id(), event,
                    null, null, null));

            assertThatThrownBy(() -> coaches.delete(anna.id(), anna.version())).isInstanceOf(DomainException.class)
                    .hasMessageContaining("Anna Lotsenfeld kann nicht gelöscht werden")
                    .hasMessageContaining("1 verknüpfte Ausgabe");
            int eventVersion = events.details(event).version();
            assertThatThrownBy(() -> events.delete(event, eventVersion)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("„Workshop Dresden“ kann nicht gelöscht werden")
                    .hasMessageContaining("1 verknüpfte Ausgabe");

            ExpenseRow after = f.queries.expense(receipt.id());
            assertThat(after.coachId()).isEqualTo(anna.id());
            assertThat(after.eventId()).isEqualTo(event);
            assertThat(coachQueries.details(anna.id())).isNotNull();
            assertThat(events.details(event).title()).isEqualTo("Workshop Dresden");

            // without a receipt both are deleted as before
            coaches.delete(bernd.id(), bernd.version());
            events.delete(spare, events.details(spare).version());
            assertThat(coachQueries.list()).extracting(r -> r.lastName()).containsExactly("Lotsenfeld");
        }
    }
}
