package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.District;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.people.CoachingRecords.Side;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads and changes the Digital-Lotsen (coaches); every method is one transaction. A coach with
 * history is never deleted, only deactivated by an "active until" date.
 */
public class CoachService {

    private static final String ROW_QUERY = """
            SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.capacity, c.active_from, c.active_until,
                   (SELECT COUNT(*) FROM coaching_assignment ca WHERE ca.coach_id = c.id
                       AND ca.valid_from <= ? AND (ca.valid_until IS NULL OR ca.valid_until >= ?))
            FROM coach c""";
    private static final String FOCUS_QUERY = """
            SELECT f.coach_id, d.name, d.district_key FROM coach_focus_district f
            JOIN district d ON d.id = f.district_id""";

    private final Database database;
    private final MunicipalityService municipalities;
    private final Clock clock;

    public CoachService(Database database, MunicipalityService municipalities, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Rows and district choices for the table and form, read together. */
    public CoachTable table() {
        return new CoachTable(list(), municipalities.districts());
    }

    /** All coaches with how many navigators they coach today, ordered by name. */
    public List<CoachRow> list() {
        LocalDate today = today();
        return database.withConnection(c -> {
            Map<Long, List<Focus>> focus = focusDistricts(c, null);
            List<CoachRow> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY)) {
                q.setObject(1, today);
                q.setObject(2, today);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(toRow(rs, focus, today));
                    }
                }
            }
            return ByName.sort(rows, CoachRow::lastName, CoachRow::firstName);
        });
    }

    /** One line of the table, e.g. to refresh it after a save. */
    public CoachRow row(long id) {
        LocalDate today = today();
        return database.withConnection(c -> {
            Map<Long, List<Focus>> focus = focusDistricts(c, id);
            try (PreparedStatement q = c.prepareStatement(ROW_QUERY + " WHERE c.id = ?")) {
                q.setObject(1, today);
                q.setObject(2, today);
                q.setLong(3, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException(I18n.text("people.coach.the"));
                    }
                    return toRow(rs, focus, today);
                }
            }
        });
    }

    /** Coaches as choices, ordered by name: for filters and for assigning a coach. */
    public List<CoachOption> options() {
        return list().stream().map(CoachRow::option).toList();
    }

    public CoachDetails details(long id) {
        return database.read(session -> details(session, find(session, id)));
    }

    /**
     * Creates a coach ({@code change.id()} null) or saves changes to one. Refuses invalid input
     * with a {@link ValidationException} and a change based on an outdated version with a
     * {@link ConcurrentChangeException}; in both cases nothing is written. Setting an "active
     * until" date ends the coach's assignments that run beyond it.
     */
    public CoachDetails save(CoachChange change) {
        return database.inTransaction(session -> {
            Coach coach = change.isNew() ? null : findCurrent(session, change.id(), change.expectedVersion());
            List<Violation> violations = change.validate();
            Set<District> districts = districts(session, change.focusDistrictKeys(), violations);
            ValidationException.throwIfAny(violations);

            boolean ends = change.activeUntil() != null
                    && (coach == null || !Objects.equals(coach.getActiveUntil(), change.activeUntil()));
            boolean create = coach == null;
            if (create) {
                coach = new Coach(Checks.clean(change.firstName()), Checks.clean(change.lastName()), change.capacity(),
                        change.activeFrom());
            } else {
                coach.setFirstName(Checks.clean(change.firstName()));
                coach.setLastName(Checks.clean(change.lastName()));
                coach.setCapacity(change.capacity());
                coach.setActiveFrom(change.activeFrom());
            }
            coach.setEmail(Checks.clean(change.email()));
            coach.setPhone(Checks.clean(change.phone()));
            coach.setActiveUntil(change.activeUntil());
            // only real changes touch the collection, so an unchanged set does not move the version
            coach.getFocusDistricts().retainAll(districts);
            coach.getFocusDistricts().addAll(districts);
            if (create) {
                session.persist(coach);
            }
            session.flush();
            if (ends) {
                long id = coach.getId();
                session.doReturningWork(c -> CoachingRecords.endRunningAssignments(c, Side.COACH, id,
                        change.activeUntil()));
            }
            return details(session, coach);
        });
    }

    /**
     * Deactivates a coach: "active until" {@code lastDay}. The coach stays in every report; the
     * assignments running beyond that day end on it.
     */
    public CoachDetails deactivate(long id, int expectedVersion, LocalDate lastDay) {
        return database.inTransaction(session -> {
            Coach coach = findCurrent(session, id, expectedVersion);
            List<Violation> violations = new ArrayList<>();
            Checks.required(violations, "people.field.activeUntil", lastDay);
            if (lastDay != null && lastDay.isBefore(coach.getActiveFrom())) {
                violations.add(new Violation("people.field.activeUntil", "common.validation.notBefore",
                        Formats.date(coach.getActiveFrom())));
            }
            ValidationException.throwIfAny(violations);
            coach.setActiveUntil(lastDay);
            session.flush();
            session.doReturningWork(c -> CoachingRecords.endRunningAssignments(c, Side.COACH, id, lastDay));
            return details(session, coach);
        });
    }

    /**
     * Deletes a coach who has left no trace (no assignment, session, event or project); anyone
     * else is refused with a message saying what they have.
     */
    public void delete(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            Coach coach = findCurrent(session, id, expectedVersion);
            PersonHistory history = session.doReturningWork(c -> CoachingRecords.coachHistory(c, id));
            if (!history.isEmpty()) {
                throw new DomainException("people.error.coachHasHistory", coach.getFullName(), history.describe());
            }
            session.remove(coach);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Coach find(Session session, long id) {
        Coach coach = session.find(Coach.class, id);
        if (coach == null) {
            throw new NotFoundException(I18n.text("people.coach.the"));
        }
        return coach;
    }

    /** The coach, if nobody changed it since the form read {@code expectedVersion}. */
    private static Coach findCurrent(Session session, long id, int expectedVersion) {
        Coach coach = find(session, id);
        if (coach.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("people.coach.named", coach.getFullName()));
        }
        return coach;
    }

    private static Set<District> districts(Session session, Set<String> keys, List<Violation> violations) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<District> found = session.createSelectionQuery("from District d where d.key in :keys", District.class)
                .setParameter("keys", keys)
                .getResultList();
        if (found.size() != keys.size()) {
            violations.add(new Violation("people.field.focusDistricts", "people.validation.unknownDistrict"));
        }
        return new HashSet<>(found);
    }

    private CoachDetails details(Session session, Coach coach) {
        LocalDate today = today();
        List<String> focus = coach.getFocusDistricts().stream().map(District::getKey).sorted().toList();
        long id = coach.getId();
        record Records(List<CoachingPeriod> current, PersonHistory history) {
        }
        Records records = session.doReturningWork(c -> new Records(
                CoachingRecords.activePeriodsOfCoach(c, id, today), CoachingRecords.coachHistory(c, id)));
        return new CoachDetails(id, coach.getVersion(), coach.getFirstName(), coach.getLastName(), coach.getEmail(),
                coach.getPhone(), coach.getCapacity(), coach.getActiveFrom(), coach.getActiveUntil(), focus,
                records.current(), records.history());
    }

    private static CoachRow toRow(ResultSet rs, Map<Long, List<Focus>> focus, LocalDate today) throws SQLException {
        long id = rs.getLong(1);
        LocalDate from = rs.getObject(7, LocalDate.class);
        LocalDate until = rs.getObject(8, LocalDate.class);
        List<Focus> districts = focus.getOrDefault(id, List.of());
        return new CoachRow(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getInt(9), from, until, CoachState.of(from, until, today),
                String.join(", ", districts.stream().map(Focus::name).toList()),
                districts.stream().map(Focus::key).collect(Collectors.toSet()));
    }

    private record Focus(String name, String key) {
    }

    /** Focus district names per coach (of one coach when {@code coachId} is given), alphabetically. */
    private static Map<Long, List<Focus>> focusDistricts(Connection c, Long coachId) throws SQLException {
        Collator collator = Collator.getInstance(Formats.GERMAN);
        Map<Long, List<Focus>> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(FOCUS_QUERY + (coachId == null ? "" : " WHERE f.coach_id = ?"))) {
            if (coachId != null) {
                q.setLong(1, coachId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Focus(rs.getString(2), rs.getString(3)));
                }
            }
        }
        out.values().forEach(names -> names.sort((a, b) -> collator.compare(a.name(), b.name())));
        return out;
    }
}
