package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * What the navigator screens, exports and figures read of the Digital-Navigatoren: plain SQL into
 * row records (standard SQL), details through Hibernate into a record. Writes live in
 * {@link NavigatorService}.
 */
public class NavigatorQueries {

    // Plain SQL: one pass over up to tens of thousands of rows, without building entities.
    private static final String ROW_QUERY = """
            SELECT n.id, n.first_name, n.last_name, m.id, m.name, m.ags, d.district_key, d.name, a.name,
                   n.department, n.email, n.phone, n.status, n.since, n.until, c.id, c.first_name, c.last_name
            FROM navigator n
            JOIN municipality m ON m.id = n.municipality_id
            JOIN district d ON d.id = m.district_id
            LEFT JOIN admin_association a ON a.id = m.association_id
            LEFT JOIN coaching_assignment ca ON ca.navigator_id = n.id
                 AND ca.valid_from <= ? AND (ca.valid_until IS NULL OR ca.valid_until >= ?)
            LEFT JOIN coach c ON c.id = ca.coach_id""";
    private static final String FURTHER_QUERY = """
            SELECT nm.navigator_id, m.id, m.name
            FROM navigator_municipality nm JOIN municipality m ON m.id = nm.municipality_id""";


    private final Database database;
    private final MunicipalityQueries municipalities;
    private final CoachQueries coaches;
    private final Clock clock;

    public NavigatorQueries(Database database, MunicipalityQueries municipalities, CoachQueries coaches, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.coaches = coaches;
        this.clock = clock;
    }

    /** One navigator who works in or for a municipality; {@code coach} is null when nobody coaches them now. */
    public record MunicipalityNavigator(long id, String name, NavigatorStatus status, String coach,
            boolean worksThere) {
    }

    /** The navigators who work in or for a municipality, with the coach who looks after them today. */
    public List<MunicipalityNavigator> inMunicipality(long municipalityId) {
        Date today = Date.valueOf(today());
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT n.id, n.first_name, n.last_name, n.status, co.first_name, co.last_name,
                           n.municipality_id = ? AS works_there
                    FROM navigator n
                    LEFT JOIN coaching_assignment a ON a.navigator_id = n.id AND a.valid_from <= ?
                         AND (a.valid_until IS NULL OR a.valid_until >= ?)
                    LEFT JOIN coach co ON co.id = a.coach_id
                    WHERE n.municipality_id = ?
                       OR n.id IN (SELECT nm.navigator_id FROM navigator_municipality nm WHERE nm.municipality_id = ?)
                    ORDER BY works_there DESC, n.last_name, n.first_name""")) {
                q.setLong(1, municipalityId);
                q.setDate(2, today);
                q.setDate(3, today);
                q.setLong(4, municipalityId);
                q.setLong(5, municipalityId);
                List<MunicipalityNavigator> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String coach = rs.getString(5) == null ? null : rs.getString(5) + " " + rs.getString(6);
                        out.add(new MunicipalityNavigator(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                                NavigatorStatus.valueOf(rs.getString(4)), coach, rs.getBoolean(7)));
                    }
                }
                return out;
            }
        });
    }

    /** How many navigators there are (all, including former ones). */
    public long count() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM navigator");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Rows and the choices of filters and form, read together. */
    public NavigatorTable table() {
        return new NavigatorTable(list(), municipalities.districts(), coaches.options(), municipalities.options());
    }

    /** All navigators with municipality, district, association and today's coach, ordered by name. */
    public List<NavigatorRow> list() {
        LocalDate today = today();
        return database.withConnection(c -> {
            Map<Long, List<Further>> further = further(c, null);
            Map<Long, NavigatorRow> rows = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY)) {
                q.setObject(1, today);
                q.setObject(2, today);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        // at most one active assignment per navigator; should there be two, show one row
                        rows.putIfAbsent(rs.getLong(1), toRow(rs, further));
                    }
                }
            }
            return ByName.sort(new ArrayList<>(rows.values()), NavigatorRow::lastName, NavigatorRow::firstName);
        });
    }

    /** One line of the table, e.g. to refresh it after a save. */
    public NavigatorRow row(long id) {
        LocalDate today = today();
        return database.withConnection(c -> {
            Map<Long, List<Further>> further = further(c, id);
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY + " WHERE n.id = ?")) {
                q.setObject(1, today);
                q.setObject(2, today);
                q.setLong(3, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException(I18n.text("people.navigator.the"));
                    }
                    return toRow(rs, further);
                }
            }
        });
    }

    public NavigatorDetails details(long id) {
        return database.read(session -> details(session, NavigatorService.find(session, id)));
    }

    /** The details of a navigator inside a transaction the caller holds (e.g. right after a write). */
    NavigatorDetails details(Session session, Navigator n) {
        LocalDate today = today();
        long id = n.getId();
        record Records(List<CoachingPeriod> periods, PersonHistory history) {
        }
        Records records = session.doReturningWork(c -> new Records(
                PersonRecords.periods(c, PersonRecords.Side.NAVIGATOR, id), PersonRecords.navigatorHistory(c, id)));
        CoachingPeriod current = records.periods().stream().filter(p -> p.isActiveOn(today)).findFirst()
                .orElse(null);
        List<MunicipalityOption> further = n.getFurtherMunicipalities().stream()
                .map(NavigatorQueries::option)
                .sorted(Comparator.comparing(MunicipalityOption::name))
                .toList();
        return new NavigatorDetails(id, n.getVersion(), n.getFirstName(), n.getLastName(),
                option(n.getMunicipality()), further, n.getDepartment(), n.getEmail(), n.getPhone(), n.getStatus(),
                n.getSince(), n.getUntil(), current, records.periods(), records.history());
    }

    static MunicipalityOption option(Municipality m) {
        return new MunicipalityOption(m.getId(), m.getAgs(), m.getName(), m.getDistrict().getKey(),
                m.getDistrict().getName(), m.getAssociation() == null ? null : m.getAssociation().getId(),
                m.getAssociation() == null ? null : m.getAssociation().getName(), m.getDissolvedOn());
    }

    private static NavigatorRow toRow(ResultSet rs, Map<Long, List<Further>> furtherByNavigator) throws SQLException {
        long id = rs.getLong(1);
        List<Further> further = furtherByNavigator.getOrDefault(id, List.of());
        Long coachId = rs.getObject(16, Long.class);
        return new NavigatorRow(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9),
                further.stream().map(Further::id).toList(),
                String.join(", ", further.stream().map(Further::name).toList()),
                rs.getString(10), rs.getString(11), rs.getString(12), NavigatorStatus.valueOf(rs.getString(13)),
                rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class), coachId,
                coachId == null ? null : rs.getString(17) + " " + rs.getString(18));
    }

    /** Further municipalities per navigator (of one navigator when {@code navigatorId} is given), by name. */
    private static Map<Long, List<Further>> further(Connection c, Long navigatorId) throws SQLException {
        Map<Long, List<Further>> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(FURTHER_QUERY
                + (navigatorId == null ? "" : " WHERE nm.navigator_id = ?") + " ORDER BY m.name")) {
            if (navigatorId != null) {
                q.setLong(1, navigatorId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Further(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private record Further(long id, String name) {
    }
}
