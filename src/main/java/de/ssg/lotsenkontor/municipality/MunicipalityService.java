package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.LockMode;
import org.hibernate.Session;

/** Reads and changes municipalities; every method is one transaction. */
public class MunicipalityService {

    private final Database database;
    private final Clock clock;

    public MunicipalityService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    // Plain SQL: the table is the first thing the user sees, and this works before Hibernate is up.
    private static final String ROW_QUERY = """
            SELECT m.id, m.ags, m.name, m.municipality_type, d.district_key, d.name, a.name, m.population,
                   m.area_km2, m.participation_status, m.participation_since, m.dissolved_on
            FROM municipality m
            JOIN district d ON d.id = m.district_id
            LEFT JOIN admin_association a ON a.id = m.association_id""";

    /** All municipalities with their district, association and participation, ordered by name. */
    public List<MunicipalityRow> list() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY + " ORDER BY m.name");
                    ResultSet rs = q.executeQuery()) {
                List<MunicipalityRow> rows = new ArrayList<>(512);
                while (rs.next()) {
                    rows.add(toRow(rs));
                }
                return rows;
            }
        });
    }

    /** One line of the table, e.g. to refresh it after a save. */
    public MunicipalityRow row(long id) {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY + " WHERE m.id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException(I18n.text("municipality.the"));
                    }
                    return toRow(rs);
                }
            }
        });
    }

    private static MunicipalityRow toRow(ResultSet rs) throws SQLException {
        return new MunicipalityRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                MunicipalityType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, Integer.class), rs.getBigDecimal(9), ParticipationStatus.valueOf(rs.getString(10)),
                rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class));
    }

    /** Rows and district choices for the table, read together. */
    public MunicipalityTable table() {
        return new MunicipalityTable(list(), districts());
    }

    public List<DistrictOption> districts() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT district_key, name FROM district ORDER BY district_key");
                    ResultSet rs = q.executeQuery()) {
                List<DistrictOption> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DistrictOption(rs.getString(1), rs.getString(2)));
                }
                return out;
            }
        });
    }

    /**
     * Every municipality as a choice for forms and filters of other features (navigators,
     * projects, sessions), ordered by name.
     */
    public List<MunicipalityOption> options() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT m.id, m.ags, m.name, d.district_key, d.name, m.association_id, a.name, m.dissolved_on
                    FROM municipality m
                    JOIN district d ON d.id = m.district_id
                    LEFT JOIN admin_association a ON a.id = m.association_id
                    ORDER BY m.name, m.ags""");
                    ResultSet rs = q.executeQuery()) {
                List<MunicipalityOption> out = new ArrayList<>(512);
                while (rs.next()) {
                    out.add(new MunicipalityOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, Long.class), rs.getString(7),
                            rs.getObject(8, LocalDate.class)));
                }
                return out;
            }
        });
    }

    public MunicipalityDetails details(long id) {
        return database.read(session -> details(session, find(session, id)));
    }

    /**
     * Saves a status change and the primary contact. Refuses invalid input with a
     * {@link ValidationException} and a change based on an outdated version with a
     * {@link ConcurrentChangeException}; in both cases nothing is written.
     */
    public MunicipalityDetails save(MunicipalityChange change) {
        return database.inTransaction(session -> {
            Municipality m = find(session, change.id());
            MunicipalityDetails current = details(session, m);
            if (m.getVersion() != change.expectedVersion()) {
                throw new ConcurrentChangeException(I18n.text("municipality.named", m.getName()));
            }
            ValidationException.throwIfAny(change.validate(current, LocalDate.now(clock)));
            // The form edits the municipality as a whole: any save moves its version on, at once.
            session.lock(m, LockMode.PESSIMISTIC_FORCE_INCREMENT);

            if (change.changesStatus(current)) {
                session.persist(new Participation(m, change.status(), change.statusDate(), Checks.clean(change.note()),
                        Instant.now(clock)));
                m.setParticipation(change.status(), change.statusDate());
            }
            saveContact(session, m, change.contact() == null ? ContactData.EMPTY : change.contact().cleaned());
            session.flush();
            session.refresh(m);
            return details(session, m);
        });
    }

    private void saveContact(Session session, Municipality m, ContactData contact) {
        ContactPerson primary = primaryContact(session, m);
        if (contact.isEmpty()) {
            if (primary != null) {
                session.remove(primary);
            }
            return;
        }
        if (primary == null) {
            primary = new ContactPerson(m, contact.name());
            primary.setPrimary(true);
            session.persist(primary);
        }
        primary.setName(contact.name());
        primary.setRole(contact.role());
        primary.setEmail(contact.email());
        primary.setPhone(contact.phone());
    }

    private static Municipality find(Session session, long id) {
        Municipality m = session.find(Municipality.class, id);
        if (m == null) {
            throw new NotFoundException(I18n.text("municipality.the"));
        }
        return m;
    }

    private static ContactPerson primaryContact(Session session, Municipality m) {
        return session.createSelectionQuery(
                "from ContactPerson c where c.municipality = :m order by c.primary desc, c.id", ContactPerson.class)
                .setParameter("m", m)
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static MunicipalityDetails details(Session session, Municipality m) {
        List<ParticipationEntry> history = session.createSelectionQuery(
                "from Participation p where p.municipality = :m order by p.validFrom, p.id", Participation.class)
                .setParameter("m", m)
                .getResultList().stream()
                .map(p -> new ParticipationEntry(p.getStatus(), p.getValidFrom(), p.getNote(), p.getRecordedAt()))
                .toList();
        ContactPerson c = primaryContact(session, m);
        ContactData contact = c == null ? ContactData.EMPTY
                : new ContactData(c.getName(), c.getRole(), c.getEmail(), c.getPhone());
        return new MunicipalityDetails(m.getId(), m.getVersion(), m.getAgs(), m.getName(), m.getType(),
                m.getDistrict().getName(), m.getAssociation() == null ? null : m.getAssociation().getName(),
                m.getPopulation(), m.getAreaKm2(), m.getPostcode(), m.getParticipationStatus(),
                m.getParticipationSince(), m.getDissolvedOn(), contact, history);
    }
}
