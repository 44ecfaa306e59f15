package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.LockMode;
import org.hibernate.Session;

/**
 * Changes municipalities through Hibernate; every method is one transaction. Reads live in
 * {@link MunicipalityQueries}.
 */
public class MunicipalityService {

    private final Database database;
    private final Clock clock;

    public MunicipalityService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records a new participation status (dated, with a note). Refuses invalid input with a
     * {@link ValidationException} and a change based on an outdated version with a
     * {@link ConcurrentChangeException}; in both cases nothing is written.
     */
    public MunicipalityDetails save(MunicipalityChange change) {
        return database.inTransaction(session -> {
            Municipality m = MunicipalityQueries.find(session, change.id());
            MunicipalityDetails current = MunicipalityQueries.details(session, m);
            checkVersion(m, change.expectedVersion());
            ValidationException.throwIfAny(change.validate(current, LocalDate.now(clock)));
            if (change.changesStatus(current)) {
                recordParticipation(session, m, change.status(), change.statusDate(), Checks.clean(change.note()),
                        Instant.now(clock));
            }
            return flushAndRead(session, m);
        });
    }

    /**
     * Records a new participation status inside a transaction the caller already holds (demo data,
     * imports): adds the history entry and makes it the municipality's current status. Callers add
     * the entries of one municipality in chronological order.
     */
    public static Participation recordParticipation(Session session, Municipality m, ParticipationStatus status,
            LocalDate validFrom, String note, Instant recordedAt) {
        Participation entry = new Participation(m, status, validFrom, note, recordedAt);
        session.persist(entry);
        m.setParticipation(status, validFrom);
        return entry;
    }

    /** Adds or changes a contact person; one primary contact at most. */
    public MunicipalityDetails saveContact(ContactChange change) {
        return database.inTransaction(session -> {
            Municipality m = MunicipalityQueries.find(session, change.municipalityId());
            ValidationException.throwIfAny(change.validate());
            ContactData data = change.data().cleaned();
            ContactPerson contact;
            if (change.contactId() == null) {
                contact = new ContactPerson(m, data.name());
                session.persist(contact);
            } else {
                contact = session.find(ContactPerson.class, change.contactId());
                if (contact == null || !contact.getMunicipality().getId().equals(m.getId())) {
                    throw new NotFoundException(I18n.text("municipality.theContact"));
                }
                if (contact.getVersion() != change.expectedVersion()) {
                    throw new ConcurrentChangeException(I18n.text("municipality.namedContact", contact.getName()));
                }
            }
            contact.setName(data.name());
            contact.setRole(data.role());
            contact.setEmail(data.email());
            contact.setPhone(data.phone());
            if (change.primary()) {
                for (ContactPerson other : MunicipalityQueries.contactsOf(session, m)) {
                    if (other != contact && other.isPrimary()) {
                        other.setPrimary(false);
                    }
                }
            }
            contact.setPrimary(change.primary());
            return flushAndRead(session, m);
        });
    }

    /** Removes a contact person (after the user confirmed). */
    public MunicipalityDetails removeContact(long municipalityId, long contactId, int expectedVersion) {
        return database.inTransaction(session -> {
            Municipality m = MunicipalityQueries.find(session, municipalityId);
            ContactPerson contact = session.find(ContactPerson.class, contactId);
            if (contact != null && contact.getMunicipality().getId().equals(m.getId())) {
                if (contact.getVersion() != expectedVersion) {
                    throw new ConcurrentChangeException(I18n.text("municipality.namedContact", contact.getName()));
                }
                session.remove(contact);
            }
            return flushAndRead(session, m);
        });
    }

    private static void checkVersion(Municipality m, int expectedVersion) {
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("municipality.named", m.getName()));
        }
    }

    /** Any save moves the municipality's version on at once, so a parallel save of the same view fails. */
    private static MunicipalityDetails flushAndRead(Session session, Municipality m) {
        session.lock(m, LockMode.PESSIMISTIC_FORCE_INCREMENT);
        session.flush();
        session.refresh(m);
        return MunicipalityQueries.details(session, m);
    }
}
