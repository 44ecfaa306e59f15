package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.municipality.District;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * What the coach screens, exports and figures read of the Digital-Lotsen: plain SQL into row
 * records (standard SQL), details through Hibernate into a record. Writes live in {@link CoachService}.
 */
public class CoachQueries {

    private static final String ROW_QUERY = """
            SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.capacity, c.active_from, c.active_until,
                   (SELECT COUNT(*) FROM coaching_assignment ca WHERE ca.coach_id = c.id
                       AND ca.valid_from <= ? AND (ca.valid_until IS NULL OR ca.valid_until >= ?))
            FROM coach c""";
    private static final String FOCUS_QUERY = """
            SELECT f.coach_id, d.name, d.district_key FROM coach_focus_district f
            JOIN district d ON d.id = f.district_id""";

    private final Database database;
    private final MunicipalityQueries municipalities;
    private final Clock clock;

    public CoachQueries(Database database, MunicipalityQueries municipalities, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** How many coaches there are (all, including former ones). */
    public long count() {
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM coach");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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
        return database.read(session -> details(session, CoachService.find(session, id)));
    }

    /** The details of a coach inside a transaction the caller holds (e.g. right after a write). */
    CoachDetails details(Session session, Coach coach) {
        LocalDate today = today();
        List<String> focus = coach.getFocusDistricts().stream().map(District::getKey).sorted().toList();
        long id = coach.getId();
        record Records(List<CoachingPeriod> current, PersonHistory history) {
        }
        Records records = session.doReturningWork(c -> new Records(
                PersonRecords.activePeriodsOfCoach(c, id, today), PersonRecords.coachHistory(c, id)));
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

    private record Focus(String name, String key) {
    }
}
