package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.people.CoachingRecords.Side;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads and changes the Digital-Navigatoren; every method is one transaction. A navigator with
 * history is never deleted: deactivation (status INAKTIV with an end date) keeps them in reports.
 */
public class NavigatorService {

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
    private final MunicipalityService municipalities;
    private final CoachService coaches;
    private final Clock clock;

    public NavigatorService(Database database, MunicipalityService municipalities, CoachService coaches, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.coaches = coaches;
        this.clock = clock;
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
        return database.read(session -> details(session, find(session, id)));
    }

    /**
     * Creates a navigator ({@code change.id()} null) or saves changes to one. Refuses invalid
     * input (including further municipalities outside the association and a second navigator of
     * the same name in the same municipality) with a {@link ValidationException}, and a change
     * based on an outdated version with a {@link ConcurrentChangeException}; in both cases nothing
     * is written. Status INAKTIV with an end date ends the navigator's assignment on that day.
     */
    public NavigatorDetails save(NavigatorChange change) {
        return database.inTransaction(session -> {
            Navigator navigator = change.isNew() ? null
                    : findCurrent(session, change.id(), change.expectedVersion());
            Map<Long, Municipality> places = municipalities(session, change);
            List<Violation> violations = change.validate(id -> {
                Municipality m = places.get(id);
                return m == null ? null : option(m);
            });
            if (violations.isEmpty()) {
                duplicateOf(session, change).ifPresent(violations::add);
            }
            ValidationException.throwIfAny(violations);

            boolean ends = change.status() == NavigatorStatus.INAKTIV && (navigator == null
                    || navigator.getStatus() != NavigatorStatus.INAKTIV
                    || !Objects.equals(navigator.getUntil(), change.until()));
            Municipality main = places.get(change.municipalityId());
            boolean create = navigator == null;
            if (create) {
                navigator = new Navigator(Checks.clean(change.firstName()), Checks.clean(change.lastName()), main,
                        change.status(), change.since());
            } else {
                navigator.setFirstName(Checks.clean(change.firstName()));
                navigator.setLastName(Checks.clean(change.lastName()));
                navigator.setMunicipality(main);
                navigator.setStatus(change.status());
                navigator.setSince(change.since());
            }
            navigator.setUntil(change.until());
            navigator.setDepartment(Checks.clean(change.department()));
            navigator.setEmail(Checks.clean(change.email()));
            navigator.setPhone(Checks.clean(change.phone()));
            Set<Municipality> further = new LinkedHashSet<>();
            change.furtherMunicipalityIds().forEach(id -> further.add(places.get(id)));
            // only real changes touch the collection, so an unchanged set does not move the version
            navigator.getFurtherMunicipalities().retainAll(further);
            navigator.getFurtherMunicipalities().addAll(further);
            if (create) {
                session.persist(navigator);
            }
            session.flush();
            if (ends && navigator.getId() != null) {
                long id = navigator.getId();
                session.doReturningWork(c -> CoachingRecords.endRunningAssignments(c, Side.NAVIGATOR, id,
                        change.until()));
            }
            return details(session, navigator);
        });
    }

    /**
     * Deactivates a navigator: status INAKTIV, working until {@code lastDay}. They stay in every
     * report; an assignment running beyond that day ends on it.
     */
    public NavigatorDetails deactivate(long id, int expectedVersion, LocalDate lastDay) {
        return database.inTransaction(session -> {
            Navigator navigator = findCurrent(session, id, expectedVersion);
            List<Violation> violations = new ArrayList<>();
            Checks.required(violations, "people.field.until", lastDay);
            if (lastDay != null && lastDay.isBefore(navigator.getSince())) {
                violations.add(new Violation("people.field.until", "common.validation.notBefore",
                        Formats.date(navigator.getSince())));
            }
            ValidationException.throwIfAny(violations);
            navigator.setStatus(NavigatorStatus.INAKTIV);
            navigator.setUntil(lastDay);
            session.flush();
            session.doReturningWork(c -> CoachingRecords.endRunningAssignments(c, Side.NAVIGATOR, id, lastDay));
            return details(session, navigator);
        });
    }

    /**
     * Deletes a navigator who has left no trace (no assignment, session, attendance or project),
     * e.g. one entered by mistake; anyone else is refused with a message saying what they have.
     */
    public void delete(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            Navigator navigator = findCurrent(session, id, expectedVersion);
            PersonHistory history = session.doReturningWork(c -> CoachingRecords.navigatorHistory(c, id));
            if (!history.isEmpty()) {
                throw new DomainException("people.error.navigatorHasHistory", navigator.getFullName(),
                        history.describe());
            }
            session.remove(navigator);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Navigator find(Session session, long id) {
        Navigator navigator = session.find(Navigator.class, id);
        if (navigator == null) {
            throw new NotFoundException(I18n.text("people.navigator.the"));
        }
        return navigator;
    }

    /** The navigator, if nobody changed it since the form read {@code expectedVersion}. */
    private static Navigator findCurrent(Session session, long id, int expectedVersion) {
        Navigator navigator = find(session, id);
        if (navigator.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("people.navigator.named", navigator.getFullName()));
        }
        return navigator;
    }

    /** The municipalities the change refers to, as stored; unknown ids are left out (and reported). */
    private static Map<Long, Municipality> municipalities(Session session, NavigatorChange change) {
        Map<Long, Municipality> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(change.furtherMunicipalityIds());
        if (change.municipalityId() != null) {
            ids.add(change.municipalityId());
        }
        for (Long id : ids) {
            Municipality m = session.find(Municipality.class, id);
            if (m != null) {
                out.put(id, m);
            }
        }
        return out;
    }

    /** Another navigator of the same first and last name (ignoring case) in the same municipality. */
    private static Optional<Violation> duplicateOf(Session session, NavigatorChange change) {
        String hql = "from Navigator n join fetch n.municipality where lower(n.firstName) = :first"
                + " and lower(n.lastName) = :last and n.municipality.id = :municipality"
                + (change.isNew() ? "" : " and n.id <> :id");
        var query = session.createSelectionQuery(hql, Navigator.class)
                .setParameter("first", change.firstName().trim().toLowerCase(Locale.GERMAN))
                .setParameter("last", change.lastName().trim().toLowerCase(Locale.GERMAN))
                .setParameter("municipality", change.municipalityId());
        if (!change.isNew()) {
            query.setParameter("id", change.id());
        }
        return query.setMaxResults(1).getResultList().stream().findFirst()
                .map(existing -> new Violation("people.field.name", "people.validation.duplicateNavigator",
                        existing.getFullName(), existing.getMunicipality().getName(),
                        I18n.of("people.status", existing.getStatus()), Formats.date(existing.getSince())));
    }

    private NavigatorDetails details(Session session, Navigator n) {
        LocalDate today = today();
        long id = n.getId();
        record Records(List<CoachingPeriod> periods, PersonHistory history) {
        }
        Records records = session.doReturningWork(c -> new Records(
                CoachingRecords.periods(c, Side.NAVIGATOR, id), CoachingRecords.navigatorHistory(c, id)));
        CoachingPeriod current = records.periods().stream().filter(p -> p.isActiveOn(today)).findFirst()
                .orElse(null);
        List<MunicipalityOption> further = n.getFurtherMunicipalities().stream()
                .map(NavigatorService::option)
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

    private record Further(long id, String name) {
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
}
