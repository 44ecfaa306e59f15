package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * What the municipality feature reads for tables, forms and figures: plain SQL (the table is the
 * first thing the user sees, and works before Hibernate is up) or HQL projections into row
 * records, in standard SQL. Writes live in {@link MunicipalityService}.
 */
public class MunicipalityQueries {

    private final Database database;

    public MunicipalityQueries(Database database) {
        this.database = database;
    }

    /** The figures the programme overview shows of this feature. */
    public record Figures(long districts, long municipalities, long participating) {
    }

    /** Districts, existing municipalities and those taking part (active or paused). */
    public Figures figures() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT (SELECT COUNT(*) FROM district),
                           (SELECT COUNT(*) FROM municipality WHERE dissolved_on IS NULL),
                           (SELECT COUNT(*) FROM municipality WHERE dissolved_on IS NULL
                                AND participation_status IN ('AKTIV', 'PAUSIERT'))""");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
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
        return new MunicipalityTable(list(), districts(), directoryStand().orElse(null));
    }

    /** The edition of the official municipality directory the data in use comes from (the one applied last). */
    public Optional<DirectoryStand> directoryStand() {
        return database.withConnection(DirectoryStand::current);
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
        return database.withConnection(MunicipalityQueries::options);
    }

    /**
     * {@link #options()} on a connection the caller holds, e.g. inside the transaction of an
     * import that checks its rows against the municipalities as they are at that moment.
     */
    public static List<MunicipalityOption> options(Connection c) throws SQLException {
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
    }

    public MunicipalityDetails details(long id) {
        return database.read(session -> details(session, find(session, id)));
    }

    /** Per district: municipalities, how many take part, and the population they cover. */
    public List<DistrictSummaryRow> districtSummary() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT d.district_key, d.name, d.district_type, COUNT(m.id),
                           SUM(CASE WHEN m.participation_status IN ('AKTIV', 'PAUSIERT') THEN 1 ELSE 0 END),
                           SUM(CASE WHEN m.participation_status = 'INTERESSIERT' THEN 1 ELSE 0 END),
                           COALESCE(SUM(m.population), 0),
                           COALESCE(SUM(CASE WHEN m.participation_status IN ('AKTIV', 'PAUSIERT')
                                             THEN m.population ELSE 0 END), 0)
                    FROM district d
                    LEFT JOIN municipality m ON m.district_id = d.id AND m.dissolved_on IS NULL
                    GROUP BY d.id, d.district_key, d.name, d.district_type
                    ORDER BY d.district_key""");
                    ResultSet rs = q.executeQuery()) {
                List<DistrictSummaryRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DistrictSummaryRow(rs.getString(1), rs.getString(2),
                            DistrictType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getLong(7), rs.getLong(8)));
                }
                return out;
            }
        });
    }

    /** The details of a municipality inside a transaction the caller holds (e.g. right after a write). */
    static MunicipalityDetails details(Session session, Municipality m) {
        List<ParticipationEntry> history = session.createSelectionQuery(
                "from Participation p where p.municipality = :m order by p.validFrom, p.id", Participation.class)
                .setParameter("m", m)
                .getResultList().stream()
                .map(p -> new ParticipationEntry(p.getStatus(), p.getValidFrom(), p.getNote(), p.getRecordedAt()))
                .toList();
        List<ContactRow> contacts = contactsOf(session, m).stream()
                .map(c -> new ContactRow(c.getId(), c.getVersion(),
                        new ContactData(c.getName(), c.getRole(), c.getEmail(), c.getPhone()), c.isPrimary()))
                .toList();
        AdminAssociation a = m.getAssociation();
        List<MemberRow> members = a == null ? List.of() : session.createSelectionQuery(
                "from Municipality o where o.association = :a and o.id <> :id order by o.name", Municipality.class)
                .setParameter("a", a)
                .setParameter("id", m.getId())
                .getResultList().stream()
                .map(o -> new MemberRow(o.getId(), o.getName(), o.getParticipationStatus()))
                .toList();
        return new MunicipalityDetails(m.getId(), m.getVersion(), m.getAgs(), m.getName(), m.getType(),
                m.getDistrict().getName(), a == null ? null : a.getName(), a == null ? null : a.getType(), members,
                m.getPopulation(), m.getAreaKm2(), m.getPostcode(), m.getParticipationStatus(),
                m.getParticipationSince(), m.getDissolvedOn(), contacts, history);
    }

    static List<ContactPerson> contactsOf(Session session, Municipality m) {
        return session.createSelectionQuery(
                "from ContactPerson c where c.municipality = :m order by c.primary desc, c.name, c.id",
                ContactPerson.class)
                .setParameter("m", m)
                .getResultList();
    }

    static Municipality find(Session session, long id) {
        Municipality m = session.find(Municipality.class, id);
        if (m == null) {
            throw new NotFoundException(I18n.text("municipality.the"));
        }
        return m;
    }
}
